package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

/** How untyped facts are read: yes and no, counts and amounts of each Java type. */
class FactReaderBehaviourTest {
  private static final FactSpec HARM =
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of());
  private static final FactSpec INCOME =
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of());
  private static final FactSpec TIMES = new FactSpec("times", "次数", FactSpec.Type.INT, List.of());

  private static FactReader read(FactSpec spec, Object value) {
    return new FactReader("C05843", List.of(spec), Map.of(spec.id(), value));
  }

  private static List<String> problems(FactSpec spec, Object value) {
    return assertThrows(InvalidFactsException.class, () -> read(spec, value)).messages();
  }

  @Test
  void noIsReadAsFalse() {
    for (Object no : List.of(false, "false", "FALSE", " 否 ", "否")) {
      assertFalse(read(HARM, no).bool(0), String.valueOf(no));
    }
  }

  @Test
  void yesIsReadAsTrue() {
    for (Object yes : List.of(true, "true", "True", "是")) {
      assertTrue(read(HARM, yes).bool(0), String.valueOf(yes));
    }
  }

  @Test
  void anythingElseIsNeitherYesNorNo() {
    assertEquals(List.of("事实 harm（造成危害后果）的值无效：有，可取：true（是）、false（否）"), problems(HARM, "有"));
    assertEquals(List.of("事实 harm（造成危害后果）的值无效：1，可取：true（是）、false（否）"), problems(HARM, 1));
  }

  @Test
  void wholeNumbersOfEveryIntegerTypeAreAmounts() {
    for (Object whole : List.<Object>of(1500L, 1500, (short) 1500, BigInteger.valueOf(1500))) {
      assertEquals(
          new BigDecimal("1500"), read(INCOME, whole).amount(0), whole.getClass().getName());
    }
    assertEquals(new BigDecimal("15"), read(INCOME, (byte) 15).amount(0));
    BigDecimal exact = new BigDecimal("1500.50");
    assertEquals(exact, read(INCOME, exact).value(0));
  }

  @Test
  void anAmountInWordsIsNotRead() {
    assertEquals(
        List.of("事实 income（违法所得）的值无效：五百元，可取：不为负数的金额（元），如 5000、1.5万"), problems(INCOME, "五百元"));
  }

  @Test
  void floatingPointIsNotMoney() {
    assertEquals(
        List.of("事实 income（违法所得）的值无效：0.5，可取：不为负数的金额（元），如 5000、1.5万"
            + "（Float 是二进制浮点数，不能精确表示金额：请传 BigDecimal、整数或文本，如 \"12345.67\"）"),
        problems(INCOME, 0.5f));
  }

  @Test
  void countsFromIntegersAndDigits() {
    assertEquals(0L, read(TIMES, 0).integer(0));
    assertEquals(0L, read(TIMES, "0").integer(0));
    assertEquals(3L, read(TIMES, " 3 ").integer(0));
    assertEquals(4L, read(TIMES, (short) 4).integer(0));
    assertEquals(5L, read(TIMES, (byte) 5).integer(0));
    assertEquals(6L, read(TIMES, 6L).value(0));
    // Full-width digits, as amounts take them (１２ typed beside Chinese text).
    assertEquals(12L, read(TIMES, "１２").integer(0));
    // Hostile check: the typed API takes any long, text of 19 digits was refused.
    assertEquals(Long.MAX_VALUE, read(TIMES, "9223372036854775807").integer(0));
    assertEquals(1_000_000_000_000_000_000L, read(TIMES, "1000000000000000000").integer(0));
    assertEquals(List.of("事实 times（次数）的值无效：9223372036854775808，可取：不为负数的整数"),
        problems(TIMES, "9223372036854775808"));
  }

  @Test
  void aCountIsNeitherNegativeNorAWord() {
    assertEquals(List.of("事实 times（次数）不能为负数：-1"), problems(TIMES, -1));
    assertEquals(List.of("事实 times（次数）不能为负数：-1"), problems(TIMES, "－１"));
    assertEquals(List.of("事实 times（次数）的值无效：三，可取：不为负数的整数"), problems(TIMES, "三"));
    assertEquals(
        List.of("事实 times（次数）的值无效：1.5，可取：不为负数的整数"), problems(TIMES, new BigDecimal("1.5")));
  }

  @Test
  void aNullFactMapIsAProblemNotACrash() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class, () -> new FactReader("C05843", List.of(HARM), null));
    assertEquals(List.of("事实表为 null"), e.messages());
  }

  @Test
  void aNegativeAmountIsNamed() {
    assertEquals(List.of("事实 income（违法所得）不能为负数：-3"), problems(INCOME, -3));
  }
}
