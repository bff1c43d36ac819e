package org.cailiang.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;

/**
 * E06401 (fine = 1..3, 3..6 or 6..10 × 违法所得) decided by hand, returning a decision equal to
 * the generated code's: the tests by hand, the constant parts prepared once, the fine multiplied
 * and rounded to the fen. It is the floor for a computed fine returned as a {@code Decision}.
 */
final class HandWrittenE06401 {
  private static final BigDecimal FIFTY_THOUSAND = BigDecimal.valueOf(50_000);

  /** A tier with a computed fine, third of its sanctions; the others are kept as they are. */
  private record Computed(Decision template, Sanction.Fine fine, BigDecimal minFactor,
      BigDecimal maxFactor) {
    Decision decide(BigDecimal income) {
      Sanction.Fine computed = new Sanction.Fine(fine.parties(), false, new MoneyRange(
          income.multiply(minFactor).setScale(2, RoundingMode.CEILING),
          income.multiply(maxFactor).setScale(2, RoundingMode.FLOOR)), fine.basis(), fine.optional());
      List<Sanction> s = template.sanctions();
      List<Sanction> sanctions = s.size() == 4
          ? List.of(s.get(0), s.get(1), computed, s.get(3))
          : List.of(s.get(0), s.get(1), computed, s.get(3), s.get(4), s.get(5));
      return new Decision(template.standardId(), template.violationCode(), template.violationTitle(),
          template.tierCode(), template.circumstance(), sanctions, template.citations(),
          template.officialText(), false);
    }
  }

  private final Decision a010;
  private final Computed a020;
  private final Computed a030;
  private final Decision a040;
  private final Computed a050;
  private final Decision a060;

  /**
   * @param decisions the generated decisions of the tiers, by suffix, from which the constant
   *     parts are taken (A020, A030 and A050 for an income of 1 yuan)
   */
  HandWrittenE06401(Map<String, Decision> decisions) {
    a010 = decisions.get("A010");
    a020 = computed(decisions.get("A020"), "1", "3");
    a030 = computed(decisions.get("A030"), "3", "6");
    a040 = decisions.get("A040");
    a050 = computed(decisions.get("A050"), "6", "10");
    a060 = decisions.get("A060");
  }

  private static Computed computed(Decision template, String min, String max) {
    Sanction.Fine fine = (Sanction.Fine) template.sanctions().get(2);
    if (fine.basis() == null || template.sanctions().size() != 4 && template.sanctions().size() != 6) {
      throw new IllegalStateException("E06401 has changed: " + template);
    }
    return new Computed(template, fine, new BigDecimal(min), new BigDecimal(max));
  }

  Decision decide(BigDecimal income, boolean minor, boolean serious) {
    if (minor) {
      return a010;
    }
    if (serious) {
      return income.signum() == 0 ? a060 : a050.decide(income);
    }
    if (income.signum() == 0) {
      return a040;
    }
    return income.compareTo(FIFTY_THOUSAND) < 0 ? a020.decide(income) : a030.decide(income);
  }

  /** The operator's greatest fine in fen, from the income in fen: no object at all. */
  static long largestFineFen(long incomeFen, boolean minor, boolean serious) {
    if (minor || incomeFen == 0) {
      return serious ? 100_000_000L : minor ? 0 : 30_000_000L;
    }
    if (serious) {
      return incomeFen * 10;
    }
    return incomeFen < 5_000_000L ? incomeFen * 3 : incomeFen * 6;
  }
}
