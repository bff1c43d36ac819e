package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 以上 and 以下 include the bound; a range is never negative, empty or reversed. */
class MoneyRangeTest {

  @Test
  void containsBothBoundsAndNothingOutside() {
    MoneyRange range = MoneyRange.of(500, 1000);
    assertFalse(range.contains(new BigDecimal("499.99")));
    assertTrue(range.contains(new BigDecimal("500.00")));
    assertTrue(range.contains(new BigDecimal("1000")));
    assertFalse(range.contains(new BigDecimal("1000.01")));
  }

  @Test
  void anOpenBoundContainsEverythingOnItsSide() {
    assertTrue(MoneyRange.atLeast(10_000).contains(new BigDecimal("10000")));
    assertTrue(MoneyRange.atLeast(10_000).contains(new BigDecimal("1000000000")));
    assertFalse(MoneyRange.atLeast(10_000).contains(new BigDecimal("9999.99")));
    assertTrue(MoneyRange.atMost(500).contains(new BigDecimal("500")));
    assertFalse(MoneyRange.atMost(500).contains(new BigDecimal("500.01")));
  }

  @Test
  void containsNeedsAnAmount() {
    assertEquals(
        "amount",
        assertThrows(NullPointerException.class, () -> MoneyRange.atMost(1).contains(null))
            .getMessage());
  }

  @Test
  void factoriesSetTheBoundsTheyName() {
    assertEquals(new MoneyRange(BigDecimal.valueOf(5), BigDecimal.valueOf(9)), MoneyRange.of(5, 9));
    assertEquals(new MoneyRange(null, BigDecimal.valueOf(9)), MoneyRange.atMost(9));
    assertEquals(new MoneyRange(BigDecimal.valueOf(5), null), MoneyRange.atLeast(5));
    assertEquals(
        new MoneyRange(BigDecimal.valueOf(7), BigDecimal.valueOf(7)), MoneyRange.exactly(7));
  }

  @Test
  void fixedOnlyWhenBothBoundsAreEqual() {
    assertTrue(MoneyRange.exactly(200).isFixed());
    assertTrue(new MoneyRange(new BigDecimal("200"), new BigDecimal("200.00")).isFixed());
    assertFalse(MoneyRange.of(200, 201).isFixed());
    assertFalse(MoneyRange.atMost(200).isFixed());
    assertFalse(MoneyRange.atLeast(200).isFixed());
  }

  @Test
  void writesRangesAsTheOfficialTextsDo() {
    assertEquals("1万元以上2万元以下", MoneyRange.of(10_000, 20_000).toChinese());
    assertEquals("500元以下", MoneyRange.atMost(500).toChinese());
    assertEquals("1万元以上", MoneyRange.atLeast(10_000).toChinese());
    assertEquals(
        "200元", new MoneyRange(new BigDecimal("200"), new BigDecimal("200.00")).toChinese());
    assertEquals("50元以下", MoneyRange.of(0, 50).toChinese()); // no statute writes 0元以上
    assertEquals("0元以上", MoneyRange.atLeast(0).toChinese());
    assertEquals("1万元以上2万元以下", MoneyRange.of(10_000, 20_000).toString());
  }

  @Test
  void refusesRangesThatCannotBeFines() {
    assertEquals(
        "a money range needs at least one bound",
        assertThrows(IllegalArgumentException.class, () -> new MoneyRange(null, null))
            .getMessage());
    assertEquals(
        "negative amount: -1..5",
        assertThrows(IllegalArgumentException.class, () -> MoneyRange.of(-1, 5)).getMessage());
    assertEquals(
        "negative amount: null..-5",
        assertThrows(IllegalArgumentException.class, () -> MoneyRange.atMost(-5)).getMessage());
    assertEquals(
        "negative amount: -5..null",
        assertThrows(IllegalArgumentException.class, () -> MoneyRange.atLeast(-5)).getMessage());
    assertEquals(
        "minimum 2 exceeds maximum 1",
        assertThrows(IllegalArgumentException.class, () -> MoneyRange.of(2, 1)).getMessage());
  }

  @Test
  void acceptsZeroAndEqualBounds() {
    assertEquals(BigDecimal.ZERO, MoneyRange.of(0, 0).min());
    assertEquals(BigDecimal.ZERO, MoneyRange.atMost(0).max());
    assertEquals(BigDecimal.ONE, MoneyRange.atLeast(1).min());
  }
}
