package org.cailiang.benchmarks;

import java.math.BigDecimal;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;

/**
 * Reads a fine out of a decision as a client does today: the largest amount of the first fine.
 * The one place the benchmarks read a result, so that it is switched to the typed accessors
 * ({@code decision.fines()}, {@code decision.fineFor(party)}) once the runtime has them.
 */
final class ReadFine {
  private ReadFine() {}

  /** The upper bound of the decision's first fine, or {@code null} when it has none. */
  static BigDecimal largest(Decision decision) {
    for (Sanction sanction : decision.sanctions()) {
      if (sanction instanceof Sanction.Fine fine) {
        return fine.range().max();
      }
    }
    return null;
  }
}
