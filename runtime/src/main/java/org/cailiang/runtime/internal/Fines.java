package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/** Fines computed from an amount fact, such as 违法所得1倍以上3倍以下. */
public final class Fines {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Fines() {}

  /**
   * A fine of {@code minFactor} to {@code maxFactor} times {@code amount}, computed exactly and
   * rounded by the rule of {@link Amounts#lowerBound} and {@link Amounts#upperBound}; when no
   * whole fen lies between the exact bounds, they are kept unrounded.
   *
   * @param minFactor the least multiple, or {@code null} when the text gives only an upper one
   * @param maxFactor the greatest multiple, or {@code null} when the text gives only a lower one
   * @param amountLabel the label of the amount fact, e.g. {@code 违法所得}
   * @param percent whether the factors were written as percentages (they are plain factors
   *     here: 30% is {@code 0.3}); only the wording depends on it
   */
  public static Sanction.Fine multiple(
      List<Party> parties,
      boolean each,
      BigDecimal minFactor,
      BigDecimal maxFactor,
      BigDecimal amount,
      String amountLabel,
      boolean percent,
      boolean optional) {
    return new Multiple(parties, each, minFactor, maxFactor, amountLabel, percent, optional)
        .fine(amount);
  }

  /**
   * A fine of a multiple of an amount fact with everything that does not depend on the amount
   * prepared once: generated code keeps one per tier in a constant, so deciding a case only
   * multiplies and rounds. The result equals {@link #multiple}'s for the same arguments.
   */
  public static final class Multiple {
    private final List<Party> parties;
    private final boolean each;
    private final BigDecimal minFactor;
    private final BigDecimal maxFactor;
    private final String basis;
    private final boolean optional;

    /** The arguments are those of {@link Fines#multiple}, less the amount. */
    public Multiple(
        List<Party> parties,
        boolean each,
        BigDecimal minFactor,
        BigDecimal maxFactor,
        String amountLabel,
        boolean percent,
        boolean optional) {
      this.parties = List.copyOf(parties);
      this.each = each;
      this.minFactor = minFactor;
      this.maxFactor = maxFactor;
      this.basis = amountLabel + factors(minFactor, maxFactor, percent);
      this.optional = optional;
    }

    /** The fine for {@code amount}, in yuan. */
    public Sanction.Fine fine(BigDecimal amount) {
      // A product of two compact decimals is computed in long arithmetic by BigDecimal itself
      // (and in BigInteger only when it would overflow); setScale returns the product unchanged
      // when it is already to the fen, so a usual amount costs one decimal per bound.
      BigDecimal exactMin = minFactor == null ? null : amount.multiply(minFactor);
      BigDecimal exactMax = maxFactor == null ? null : amount.multiply(maxFactor);
      BigDecimal min = exactMin == null ? null : Amounts.lowerBound(exactMin);
      BigDecimal max = exactMax == null ? null : Amounts.upperBound(exactMax);
      if (min != null && max != null && min.compareTo(max) > 0) {
        // No whole fen lies in the range (0.01元 × 30%..50%): rounding either way would leave
        // the statutory range or turn the fine into 0元, so the exact bounds are kept.
        min = exactMin;
        max = exactMax;
      }
      return new Sanction.Fine(parties, each, new MoneyRange(min, max), basis, optional);
    }
  }

  /** {@code 1倍以上3倍以下}, {@code 百分之三十以上百分之五十以下}, {@code 2倍}. */
  static String factors(BigDecimal minFactor, BigDecimal maxFactor, boolean percent) {
    if (minFactor != null && maxFactor != null && minFactor.compareTo(maxFactor) == 0) {
      return factor(minFactor, percent);
    }
    StringBuilder text = new StringBuilder();
    if (minFactor != null) {
      text.append(factor(minFactor, percent)).append("以上");
    }
    if (maxFactor != null) {
      text.append(factor(maxFactor, percent)).append("以下");
    }
    return text.toString();
  }

  private static String factor(BigDecimal factor, boolean percent) {
    return percent ? "百分之" + Chinese.numerals(factor.multiply(HUNDRED)) : Amounts.plain(factor) + "倍";
  }
}
