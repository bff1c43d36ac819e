package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.List;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.examples.standards.ExampleSecurityParties;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/**
 * A tier whose fine is a multiple of an amount (E06401: 1..3 × 违法所得) builds only what depends
 * on the amount per case: the fine, its range and bounds, the sanction list and the decision.
 * Everything else (factors, the other sanctions, the tier code, the basis text) is prepared once,
 * and building the facts allocates nothing beyond the record. The bytes are counted by the JVM
 * for this thread, so the figure is an upper bound whatever the JIT compiler removes.
 */
class ComputedFineAllocationTest {
  private static final int CASES = 20_000;
  /** Decision 40, list 48, fine 32, range 24, two bounds 80, facts 24, with room to spare. */
  private static final long MOST_BYTES_PER_CASE = 300;
  /** The fines' list (24) and the operator's optional (16), were neither removed by the JIT. */
  private static final long MOST_BYTES_PER_FINE_READ = 48;

  @Test
  void aComputedFineAllocatesOnlyWhatDependsOnTheAmount() {
    BigDecimal income = new BigDecimal("12345.67");
    Decision expected = decide(income);
    assertEquals("E06401A020", expected.tierCode());
    for (int i = 0; i < CASES; i++) {
      decide(income);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    Decision last = null;
    for (int i = 0; i < CASES; i++) {
      last = decide(income);
    }
    long perCase = (threads.getThreadAllocatedBytes(thread) - before) / CASES;
    assertEquals(expected, last);
    assertTrue(perCase <= MOST_BYTES_PER_CASE, perCase + " bytes allocated per case");
  }

  /**
   * Reading the fines of a computed decision costs no index per decision: the tier's shape is
   * worked out once, so the read allocates at most the list and the optional it hands out (and
   * nothing once the JIT compiler sees that they do not escape).
   */
  @Test
  void readingTheFinesOfAComputedDecisionBuildsNoIndex() {
    BigDecimal income = new BigDecimal("12345.67");
    Decision expected = decide(income);
    BigDecimal largest = new BigDecimal("37037.01");
    assertEquals(largest, read(expected));
    for (int i = 0; i < CASES; i++) {
      read(decide(income));
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CASES; i++) {
      decide(income);
    }
    long decisionOnly = threads.getThreadAllocatedBytes(thread) - before;
    before = threads.getThreadAllocatedBytes(thread);
    BigDecimal last = null;
    for (int i = 0; i < CASES; i++) {
      last = read(decide(income));
    }
    long withRead = threads.getThreadAllocatedBytes(thread) - before;
    assertEquals(largest, last);
    long readPerCase = (withRead - decisionOnly) / CASES;
    assertTrue(readPerCase <= MOST_BYTES_PER_FINE_READ,
        readPerCase + " bytes allocated per fine read beyond the decision");
  }

  /** What a client reads: the operator's fine, and the greatest of all fines. */
  private static BigDecimal read(Decision decision) {
    Sanction.Fine operator = decision.fineFor(ExampleSecurityParties.OPERATOR).orElseThrow();
    List<Sanction.Fine> fines = decision.fines();
    assertEquals(2, fines.size());
    assertTrue(fines.get(0) == operator, "the operator's fine is the first");
    return operator.range().max().max(fines.get(1).range().max());
  }

  private static Decision decide(BigDecimal income) {
    return E06401Violation.E06401.evaluate(new E06401Violation.Facts(income, false, false));
  }
}
