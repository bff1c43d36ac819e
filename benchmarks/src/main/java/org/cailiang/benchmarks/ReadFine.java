package org.cailiang.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * Reads a fine out of a decision as a client does: the largest amount of the first fine, through
 * the typed accessor {@code decision.fines()} (kept by the decision after its first use). The one
 * place the benchmarks read a result.
 */
final class ReadFine {
  private ReadFine() {}

  /** The upper bound of the decision's first fine, or {@code null} when it has none. */
  @CompilerControl(CompilerControl.Mode.INLINE)
  static BigDecimal largest(Decision decision) {
    List<Sanction.Fine> fines = decision.fines();
    return fines.isEmpty() ? null : fines.get(0).range().max();
  }
}
