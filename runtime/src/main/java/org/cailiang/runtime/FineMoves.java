package org.cailiang.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Moves fine ranges as an adjustment says, exactly (BigDecimal, to the fen). A range without a
 * minimum starts at zero; a range without a maximum has no upper part to move within, so 从轻
 * and 从重 leave it as it is.
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

  /** Every fine of the sanctions, moved; alternatives too; everything else as it is. */
  static List<Sanction> fines(List<Sanction> sanctions, UnaryOperator<MoneyRange> move) {
    List<Sanction> moved = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      moved.add(fine(sanction, move));
    }
    return moved;
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

  private static Sanction fine(Sanction sanction, UnaryOperator<MoneyRange> move) {
    if (sanction instanceof Sanction.Fine fine) {
      return new Sanction.Fine(fine.parties(), fine.each(), move.apply(fine.range()),
          fine.basis() == null ? null : fine.basis() + "，经调整", fine.optional());
    }
    if (sanction instanceof Sanction.Alternative alternative) {
      return new Sanction.Alternative(fines(alternative.options(), move), alternative.optional());
    }
    return sanction;
  }

  private static BigDecimal part(BigDecimal amount, BigDecimal percent) {
    BigDecimal value = amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
