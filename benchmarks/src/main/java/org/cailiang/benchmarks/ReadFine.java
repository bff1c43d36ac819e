package org.cailiang.benchmarks;

import java.math.BigDecimal;
import java.util.List;
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
    List<Sanction> sanctions = decision.sanctions();
    // By index: an iterator over the immutable list was not always scalar-replaced (32 B a case).
    for (int i = 0; i < sanctions.size(); i++) {
      if (sanctions.get(i) instanceof Sanction.Fine fine) {
        return fine.range().max();
      }
    }
    return null;
  }
}
