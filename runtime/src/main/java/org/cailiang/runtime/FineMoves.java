package org.cailiang.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves fine ranges as an adjustment says, exactly (BigDecimal, to the fen). A range without a
 * minimum starts at zero; a range without a maximum has no upper part to move within, so 从轻
 * and 从重 leave it as it is. Detention days move by the same shares, in whole days inside the
 * exact range (a bound rounds towards the other), and never below one day: a detention of no
 * day is none, and a lighter kind is not modelled.
 */
final class FineMoves {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FineMoves() {}

  /** The range an adjustment gives. */
  static MoneyRange move(MoneyRange range, GeneralRules.Adjustment adjustment) {
    BigDecimal min = range.min() == null ? BigDecimal.ZERO : range.min();
    BigDecimal share = adjustment.percent();
    switch (adjustment.mode()) {
      case FLOOR:
        return new MoneyRange(part(min, share), min);
      case LOWER:
        if (range.max() == null) {
          return range;
        }
        return new MoneyRange(min, min.add(part(range.max().subtract(min), share)));
      default:
        if (range.max() == null) {
          return range;
        }
        return new MoneyRange(
            range.max().subtract(part(range.max().subtract(min), share)), range.max());
    }
  }

  /** From the lower bound of {@code low} to the upper bound of {@code high}: either is lawful. */
  static MoneyRange span(MoneyRange low, MoneyRange high) {
    return new MoneyRange(low.min(), high.max());
  }

  /**
   * Every fine and detention of the sanctions moved, alternatives too, everything else as it is:
   * from the lower bound {@code low} gives to the upper bound {@code high} gives (the same
   * adjustment twice for one effect; 减轻 and 从轻 for 从轻或者减轻, either being lawful).
   */
  static List<Sanction> apply(List<Sanction> sanctions, GeneralRules.Adjustment low,
      GeneralRules.Adjustment high) {
    List<Sanction> moved = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      moved.add(moved(sanction, low, high));
    }
    return moved;
  }

  private static Sanction moved(Sanction sanction, GeneralRules.Adjustment low,
      GeneralRules.Adjustment high) {
    if (sanction instanceof Sanction.Fine fine) {
      MoneyRange range = low == high ? move(fine.range(), low)
          : span(move(fine.range(), low), move(fine.range(), high));
      return new Sanction.Fine(fine.parties(), fine.each(), range,
          fine.basis() == null ? null : Sanction.Fine.ADJUSTED, fine.optional());
    }
    if (sanction instanceof Sanction.Detention detention) {
      int[] from = days(detention.minDays(), detention.maxDays(), low);
      int[] to = days(detention.minDays(), detention.maxDays(), high);
      return new Sanction.Detention(detention.party(), from[0], to[1], detention.optional());
    }
    if (sanction instanceof Sanction.Alternative alternative) {
      return new Sanction.Alternative(apply(alternative.options(), low, high),
          alternative.optional());
    }
    return sanction;
  }

  /** The days an adjustment gives, as {@code {min, max}}. */
  static int[] days(int min, int max, GeneralRules.Adjustment adjustment) {
    BigDecimal share = adjustment.percent().divide(HUNDRED);
    BigDecimal span = BigDecimal.valueOf(max - min).multiply(share);
    switch (adjustment.mode()) {
      case FLOOR:
        int floor = BigDecimal.valueOf(min).multiply(share).setScale(0, RoundingMode.CEILING)
            .intValueExact();
        return new int[] {Math.min(min, Math.max(1, floor)), min};
      case LOWER:
        return new int[] {min, min + span.setScale(0, RoundingMode.FLOOR).intValueExact()};
      default:
        return new int[] {max - span.setScale(0, RoundingMode.FLOOR).intValueExact(), max};
    }
  }

  /** Alternatives opened up: any of their options may be the one imposed. */
  static List<Sanction> flat(List<Sanction> sanctions) {
    List<Sanction> flat = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Alternative alternative) {
        flat.addAll(flat(alternative.options()));
      } else {
        flat.add(sanction);
      }
    }
    return flat;
  }

  private static BigDecimal part(BigDecimal amount, BigDecimal percent) {
    BigDecimal value = amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
