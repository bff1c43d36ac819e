package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

/**
 * Oversized amounts and counts are rejected before any arithmetic on them, with a message that
 * shows a shortened value: a runaway input costs neither time nor memory.
 */
class OversizedAmountTest {
  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()));
  private static final int SHORT = 200;

  private static InvalidFactsException rejected(Object income, Object count) {
    return assertThrows(InvalidFactsException.class,
        () -> new FactReader("C1", SPECS, Map.of("income", income, "count", count)));
  }

  @Test
  void aMillionDigitAmountIsRejectedWithAShortMessage() {
    InvalidFactsException e = rejected("9".repeat(1_000_000), 1L);
    assertEquals(1, e.messages().size());
    String problem = e.messages().get(0);
    assertTrue(problem.length() < SHORT, problem.length() + " characters");
    assertTrue(problem.startsWith("事实 income（违法所得）的值无效：9999"), problem);
    assertTrue(problem.contains("1000000 个字符"), problem);
  }

  @Test
  void aMillionDigitTypedAmountIsRejectedWithAShortMessage() {
    InvalidFactsException e = rejected(new BigDecimal(BigInteger.ONE.shiftLeft(3_321_929)), 1L);
    String problem = e.messages().get(0);
    assertTrue(problem.length() < SHORT, problem.length() + " characters");
    assertTrue(problem.contains("超出可接受的金额"), problem);
  }

  @Test
  void aHugeExponentIsInvalidFactsNotOutOfMemory() {
    InvalidFactsException e = rejected(new BigDecimal("1E+2100000000"), 1L);
    String problem = e.messages().get(0);
    assertTrue(problem.length() < SHORT, problem.length() + " characters");
    assertTrue(problem.contains("超出可接受的金额") && problem.contains("1E+2100000000"), problem);
  }

  @Test
  void aTinyExponentIsRejectedAsFinerThanAFen() {
    InvalidFactsException e = rejected(new BigDecimal("1E-2100000000"), 1L);
    String problem = e.messages().get(0);
    assertTrue(problem.length() < SHORT, problem.length() + " characters");
    assertTrue(problem.contains("精度不能小于分"), problem);
  }

  @Test
  void aTypedAmountCheckedByGeneratedCodeIsShortToo() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> FactChecks.amount(new BigDecimal("1E+2100000000"), "C1", "income", "违法所得"));
    assertTrue(e.getMessage().length() < SHORT, e.getMessage());
  }

  @Test
  void aMillionDigitCountIsRejectedWithAShortMessage() {
    InvalidFactsException e = rejected(1L, "7".repeat(1_000_000));
    String problem = e.messages().get(0);
    assertTrue(problem.length() < SHORT, problem.length() + " characters");
    assertTrue(problem.startsWith("事实 count（人数）的值无效：7777"), problem);
  }

  @Test
  void ordinaryAmountsStillRead() {
    FactReader reader = new FactReader("C1", SPECS, Map.of("income", "1.5万元", "count", "3"));
    assertEquals(0, new BigDecimal("15000").compareTo(reader.amount(0)));
    assertEquals(3L, reader.integer(1));
    FactReader exact = new FactReader(
        "C1", SPECS, Map.of("income", new BigDecimal("10000000000000.00"), "count", 0L));
    assertEquals(0, exact.amount(0).compareTo(FactChecks.MAX_AMOUNT));
  }
}
