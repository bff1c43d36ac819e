package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Decision;
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

  private static Decision decide(BigDecimal income) {
    return E06401Violation.E06401.evaluate(new E06401Violation.Facts(income, false, false));
  }
}
