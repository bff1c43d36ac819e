package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

class FactReaderTest {
  enum Setter implements Labelled {
    UNIT("unit", "单位设置"),
    INDIVIDUAL("individual", "个人设置");

    private final String id;
    private final String label;

    Setter(String id, String label) {
      this.id = id;
      this.label = label;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, List.of(Setter.values())),
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()),
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()));

  /** The integrator's review: a double was refused as if 12345.67 were no amount. */
  @Test
  void aDoubleAmountIsRefusedSayingWhy() {
    InvalidFactsException refused = assertThrows(InvalidFactsException.class, () -> new FactReader("X1",
        SPECS, Map.of("setter", "unit", "harm", "否", "income", 12345.67d, "count", 3)));
    assertEquals("事实 income（违法所得）的值无效：12345.67，可取：不为负数的金额（元），如 5000、1.5万（Double 是二进制浮点数，不能精确表示金额："
        + "请传 BigDecimal、整数或文本，如 \"12345.67\"）", refused.problems().get(0).message());
    InvalidFactsException count = assertThrows(InvalidFactsException.class, () -> new FactReader("X1",
        SPECS, Map.of("setter", "unit", "harm", "否", "income", 1, "count", 2.5f)));
    assertEquals(-1, count.problems().get(0).message().indexOf("二进制浮点数"), "only an amount's message says it");
  }

  @Test
  void acceptsIdsLabelsConstantsAndTypedValues() {
    for (Object setter : List.of("individual", "个人设置", "INDIVIDUAL", Setter.INDIVIDUAL)) {
      FactReader reader = new FactReader("X1", SPECS, Map.of("setter", setter, "harm", "是", "income", "1.5万", "count", 3));
      assertEquals(Setter.INDIVIDUAL, reader.value(0));
      assertEquals(true, reader.bool(1));
      assertEquals(0, new BigDecimal("15000").compareTo(reader.amount(2)));
      assertEquals(3L, reader.integer(3));
    }
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("setter", "公司");
    facts.put("income", 0.1); // a double is not exact money
    facts.put("count", "-2");
    facts.put("colour", "red");
    InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> new FactReader("X1", SPECS, facts));
    assertEquals(List.of(
        "事实 setter（设置主体）的值无效：公司，可取：unit（单位设置）、individual（个人设置）",
        "缺少事实 harm（造成危害后果），可取：true（是）、false（否）",
        "事实 income（违法所得）的值无效：0.1，可取：不为负数的金额（元），如 5000、1.5万"
            + "（Double 是二进制浮点数，不能精确表示金额：请传 BigDecimal、整数或文本，如 \"12345.67\"）",
        "事实 count（人数）不能为负数：-2",
        "未知事实 colour，本违法行为的事实有：setter, harm, income, count"), e.messages());
  }

  /** Hostile check: a violation without facts said "本违法行为的事实有：" and nothing after it. */
  @Test
  void anUnknownFactOfAViolationWithoutFactsSaysItNeedsNone() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> new FactReader("X1", List.of(), Map.of("s", "否")));
    assertEquals(List.of("未知事实 s，本违法行为没有事实（不需要传入任何事实）"), e.messages());
  }

  @Test
  void rejectsSubFenAndAbsurdAmounts() {
    assertThrows(InvalidFactsException.class,
        () -> FactChecks.amount(new BigDecimal("0.001"), "X1", "income", "违法所得"));
    assertThrows(InvalidFactsException.class,
        () -> FactChecks.amount(new BigDecimal("1e20"), "X1", "income", "违法所得"));
    assertThrows(InvalidFactsException.class,
        () -> FactChecks.amount(new BigDecimal("-1"), "X1", "income", "违法所得"));
    assertEquals(new BigDecimal("12.30"), FactChecks.amount(new BigDecimal("12.30"), "X1", "income", "违法所得"));
  }
}
