package org.cailiang.dsl.cases;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.Sanction;

/**
 * Compares the sanctions a case expects with those decided. A fine written in yuan matches a
 * fine computed from an amount fact when parties and range agree, so that a case can assert the
 * amount computed for its facts ({@code fine individual 16000..24000} for {@code 2..3 times
 * income} and income 8000).
 */
final class ExpectedSanctions {
  private ExpectedSanctions() {}

  /** Exactly these sanctions, in this order. */
  static boolean exactly(List<Sanction> expected, List<Sanction> decided) {
    if (expected.size() != decided.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!same(expected.get(i), decided.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The expected sanctions that the decision does not have (each decided one used once). */
  static List<Sanction> lacking(List<Sanction> expected, List<Sanction> decided) {
    List<Sanction> left = new ArrayList<>(decided);
    List<Sanction> lacking = new ArrayList<>();
    for (Sanction sanction : expected) {
      Sanction match = left.stream().filter(d -> same(sanction, d)).findFirst().orElse(null);
      if (match == null) {
        lacking.add(sanction);
      } else {
        left.remove(match);
      }
    }
    return lacking;
  }

  private static boolean same(Sanction expected, Sanction decided) {
    if (expected instanceof Sanction.Fine written && written.basis() == null
        && decided instanceof Sanction.Fine computed) {
      return written.parties().equals(computed.parties()) && written.each() == computed.each()
          && sameAmount(orZero(written.range().min()), orZero(computed.range().min()))
          && sameAmount(written.range().max(), computed.range().max())
          && written.optional() == computed.optional();
    }
    return expected.equals(decided);
  }

  /** "N元以下" has no lower bound, which is 0: {@code ..2500} and a range moved down to 0..2500. */
  private static java.math.BigDecimal orZero(java.math.BigDecimal min) {
    return min == null ? java.math.BigDecimal.ZERO : min;
  }

  /** Equal amounts whatever their scale (1.6万 is 16000); a missing bound only equals another. */
  private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
