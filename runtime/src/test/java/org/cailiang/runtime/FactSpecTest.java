package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller is told a fact may be, and how facts are quoted in messages. */
class FactSpecTest {
  private record Value(String id, String label) implements Labelled {}

  private static final Value UNIT = new Value("unit", "单位设置");
  private static final Value INDIVIDUAL = new Value("individual", "个人设置");
  private static final FactSpec SETTER =
      new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, List.of(UNIT, INDIVIDUAL));
  private static final FactSpec HARM =
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of());
  private static final FactSpec INCOME =
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of());
  private static final FactSpec TIMES = new FactSpec("times", "次数", FactSpec.Type.INT, List.of());

  @Test
  void allowedValuesOfEachType() {
    assertEquals("unit（单位设置）、individual（个人设置）", SETTER.allowedValues());
    assertEquals("true（是）、false（否）", HARM.allowedValues());
    assertEquals("不为负数的金额（元），如 5000、1.5万", INCOME.allowedValues());
    assertEquals("不为负数的整数", TIMES.allowedValues());
    assertEquals(
        "only（唯一）",
        new FactSpec("f", "事实", FactSpec.Type.ENUM, List.of(new Value("only", "唯一")))
            .allowedValues());
  }

  @Test
  void typesHaveChineseNames() {
    assertEquals("枚举", FactSpec.Type.ENUM.label());
    assertEquals("是否", FactSpec.Type.BOOL.label());
    assertEquals("金额（元）", FactSpec.Type.AMOUNT.label());
    assertEquals("整数", FactSpec.Type.INT.label());
  }

  @Test
  void describesFactsByTheirOfficialLabels() {
    assertEquals(
        "设置主体 = 单位设置，造成危害后果 = 是，违法所得 = 1500.50元，次数 = 3",
        FactSpec.describe(
            List.of(SETTER, HARM, INCOME, TIMES), UNIT, true, new BigDecimal("1500.50"), 3L));
    assertEquals("造成危害后果 = 否", FactSpec.describe(List.of(HARM), false));
    assertEquals("违法所得 = 20000元", FactSpec.describe(List.of(INCOME), new BigDecimal("2E+4")));
    assertEquals("（无事实）", FactSpec.describe(List.of()));
  }

  @Test
  void keepsItsOwnCopyOfTheValues() {
    List<Labelled> values = new ArrayList<>(List.of(UNIT));
    FactSpec spec = new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, values);
    values.add(INDIVIDUAL);
    assertEquals(List.of(UNIT), spec.values());
  }

  @Test
  void idLabelAndTypeAreRequired() {
    assertEquals(
        "id",
        assertThrows(
                NullPointerException.class,
                () -> new FactSpec(null, "设置主体", FactSpec.Type.BOOL, List.of()))
            .getMessage());
    assertEquals(
        "label",
        assertThrows(
                NullPointerException.class,
                () -> new FactSpec("harm", null, FactSpec.Type.BOOL, List.of()))
            .getMessage());
    assertEquals(
        "type",
        assertThrows(NullPointerException.class, () -> new FactSpec("harm", "危害", null, List.of()))
            .getMessage());
  }
}
