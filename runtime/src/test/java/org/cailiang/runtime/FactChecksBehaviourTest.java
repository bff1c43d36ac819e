package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.internal.FactChecks;
import org.junit.jupiter.api.Test;

/** The limits on facts that generated {@code Facts} records check, and their messages. */
class FactChecksBehaviourTest {

  private static List<String> amountProblems(String amount) {
    return assertThrows(
            InvalidFactsException.class,
            () -> FactChecks.amount(new BigDecimal(amount), "C05843", "income", "违法所得"))
        .messages();
  }

  @Test
  void aMissingFactIsNamed() {
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class,
            () -> FactChecks.present(null, "C05843", "harm", "造成危害后果"));
    assertEquals("C05843", e.code());
    assertEquals(List.of("缺少事实 harm（造成危害后果）"), e.messages());
    assertSame("是", FactChecks.present("是", "C05843", "harm", "造成危害后果"));
  }

  @Test
  void aMissingAmountIsNamed() {
    assertEquals(
        List.of("缺少事实 income（违法所得）"),
        assertThrows(
                InvalidFactsException.class,
                () -> FactChecks.amount(null, "C05843", "income", "违法所得"))
            .messages());
  }

  @Test
  void zeroAndWholeFenAreAmounts() {
    BigDecimal zero = new BigDecimal("0.00");
    assertSame(zero, FactChecks.amount(zero, "C05843", "income", "违法所得"));
    BigDecimal fen = new BigDecimal("0.01");
    assertSame(fen, FactChecks.amount(fen, "C05843", "income", "违法所得"));
    BigDecimal trailingZeros = new BigDecimal("12.3000");
    assertSame(trailingZeros, FactChecks.amount(trailingZeros, "C05843", "income", "违法所得"));
  }

  @Test
  void aNegativeAmountIsRefused() {
    assertEquals(List.of("事实 income（违法所得）不能为负数：-0.01"), amountProblems("-0.01"));
  }

  @Test
  void lessThanAFenIsRefused() {
    assertEquals(List.of("事实 income（违法所得）精度不能小于分（0.01元）：0.001"), amountProblems("0.001"));
    assertEquals(List.of("事实 income（违法所得）精度不能小于分（0.01元）：12.345"), amountProblems("12.345"));
  }

  @Test
  void theCapIsAcceptedAndAFenMoreIsNot() {
    BigDecimal cap = FactChecks.MAX_AMOUNT;
    assertSame(cap, FactChecks.amount(cap, "C05843", "income", "违法所得"));
    BigDecimal over = cap.add(new BigDecimal("0.01"));
    assertEquals(
        List.of("事实 income（违法所得）超出可接受的金额（" + cap.toPlainString() + "元）：" + over.toPlainString()),
        amountProblems(over.toPlainString()));
  }

  @Test
  void aCountMayBeZeroButNotNegative() {
    assertEquals(0L, FactChecks.count(0, "C05843", "times", "次数"));
    assertEquals(7L, FactChecks.count(7, "C05843", "times", "次数"));
    InvalidFactsException e =
        assertThrows(
            InvalidFactsException.class, () -> FactChecks.count(-1, "C05843", "times", "次数"));
    assertEquals(List.of("事实 times（次数）不能为负数：-1"), e.messages());
    assertEquals("C05843", e.code());
  }
}
