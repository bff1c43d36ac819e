package org.cailiang.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.Chinese;

/**
 * Moves fine ranges as an adjustment says, exactly (BigDecimal, to the fen). A range without a
 * minimum starts at zero; a range without a maximum has no upper part to move within, so 从轻
 * and 从重 leave it as it is. 减轻 goes below the statutory minimum (法定处罚幅度的最低限), not
 * the tier's: from its share up to one fen (one day) below it; where the statute states no
 * minimum there is nothing to compute, and the officer is told instead. Detention days move by
 * the same shares, in whole days inside the exact range (a bound rounds towards the other), and
 * never below one day: a detention of no day is none, and a lighter kind is not modelled.
 */
final class FineMoves {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FEN = new BigDecimal("0.01");

  private FineMoves() {}

  /** The range 从轻 ({@code LOWER}) or 从重 ({@code UPPER}) gives within the tier's range. */
  static MoneyRange move(MoneyRange range, GeneralRules.Adjustment adjustment) {
    BigDecimal min = range.min() == null ? BigDecimal.ZERO : range.min();
    BigDecimal share = adjustment.percent();
    if (range.max() == null) {
      return range;
    }
    // The share of the span rounded down to the fen: the moved range never leaves the exact one
    // (从轻's upper bound rounds down, 从重's lower bound up), as computed fines do (§12).
    BigDecimal part = part(range.max().subtract(min), share, RoundingMode.DOWN);
    return adjustment.mode() == GeneralRules.Adjustment.Mode.LOWER
        ? new MoneyRange(min, min.add(part))
        : new MoneyRange(range.max().subtract(part), range.max());
  }

  /**
   * The range 减轻 ({@code FLOOR}) gives below a statutory minimum: from its share up to one fen
   * below it; empty when that leaves nothing (a share of 100%).
   */
  static Optional<MoneyRange> reduce(BigDecimal statutoryMinimum, GeneralRules.Adjustment floor) {
    BigDecimal low = part(statutoryMinimum, floor.percent(), RoundingMode.CEILING);
    BigDecimal high = statutoryMinimum.subtract(FEN);
    return low.compareTo(high) > 0 ? Optional.empty() : Optional.of(new MoneyRange(low, high));
  }

  /**
   * Every fine and detention of the sanctions moved, alternatives too, everything else as it is:
   * by {@code low}'s range or {@code high}'s (the same adjustment twice for one effect; 减轻 and
   * 从轻 for 从轻或者减轻, either being lawful: one range where they meet, else an alternative).
   * What 减轻 cannot compute for want of a statutory minimum is added to {@code unresolved}.
   */
  static List<Sanction> apply(List<Sanction> sanctions, GeneralRules.Adjustment low,
      GeneralRules.Adjustment high, Statute statute, List<String> unresolved) {
    boolean reducing = low.mode() == GeneralRules.Adjustment.Mode.FLOOR
        || high.mode() == GeneralRules.Adjustment.Mode.FLOOR;
    if (reducing && !hasAmount(sanctions) && sanctions.stream().anyMatch(FineMoves::warningLike)) {
      // 警告 (通报批评) is the lightest kind and has no amount to go below: 减轻 is not computed.
      note(unresolved, "处罚只有警告或者通报批评，没有可在法定最低限以下减轻的数额");
    }
    List<Sanction> moved = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      moved.add(moved(sanction, low, high, statute, unresolved));
    }
    return moved;
  }

  private static Sanction moved(Sanction sanction, GeneralRules.Adjustment low,
      GeneralRules.Adjustment high, Statute statute, List<String> unresolved) {
    if (sanction instanceof Sanction.Fine fine) {
      MoneyRange lowRange = fineRange(fine, low, statute, unresolved);
      MoneyRange highRange = low == high ? lowRange : fineRange(fine, high, statute, unresolved);
      String basis = fine.basis() == null ? null : Sanction.Fine.ADJUSTED;
      if (lowRange == null && highRange == null) {
        return fine; // 减轻 alone without a minimum: the officer decides (unresolved says so)
      }
      if (lowRange == null || highRange == null || lowRange.equals(highRange)) {
        MoneyRange only = lowRange == null ? highRange : lowRange;
        return new Sanction.Fine(fine.parties(), fine.each(), only, basis, fine.optional());
      }
      if (lowRange.max().add(FEN).compareTo(highRange.min()) >= 0) {
        return new Sanction.Fine(fine.parties(), fine.each(),
            new MoneyRange(lowRange.min(), highRange.max()), basis, fine.optional());
      }
      return new Sanction.Alternative(List.of(
          new Sanction.Fine(fine.parties(), fine.each(), lowRange, basis, false),
          new Sanction.Fine(fine.parties(), fine.each(), highRange, basis, false)),
          fine.optional());
    }
    if (sanction instanceof Sanction.Detention detention) {
      int[] from = detentionDays(detention, low, statute, unresolved);
      int[] to = low == high ? from : detentionDays(detention, high, statute, unresolved);
      if (from == null && to == null) {
        return detention;
      }
      if (from == null || to == null || from[1] + 1 >= to[0]) {
        int[] first = from == null ? to : from;
        int[] last = to == null ? from : to;
        return new Sanction.Detention(detention.party(), first[0], last[1], detention.optional(),
            detention.executed());
      }
      return new Sanction.Alternative(List.of(
          new Sanction.Detention(detention.party(), from[0], from[1], false, detention.executed()),
          new Sanction.Detention(detention.party(), to[0], to[1], false, detention.executed())),
          detention.optional());
    }
    if (sanction instanceof Sanction.Alternative alternative) {
      return new Sanction.Alternative(
          apply(alternative.options(), low, high, statute, unresolved), alternative.optional());
    }
    return sanction;
  }

  /** The fine's range under one adjustment; null when 减轻 has no statutory minimum to go below. */
  private static MoneyRange fineRange(Sanction.Fine fine, GeneralRules.Adjustment adjustment,
      Statute statute, List<String> unresolved) {
    if (adjustment.mode() != GeneralRules.Adjustment.Mode.FLOOR) {
      return move(fine.range(), adjustment);
    }
    Optional<BigDecimal> minimum = statute.fineMinimum(fine.parties());
    if (minimum.isEmpty()) {
      note(unresolved, noMinimum(statute, "对" + Chinese.labels(fine.parties()) + "的罚款"));
      return null;
    }
    if (fine.range().max() != null && fine.range().max().compareTo(minimum.get()) < 0) {
      return fine.range(); // a mitigated tier already below the statute: 减轻 must not raise it
    }
    Optional<MoneyRange> reduced = reduce(minimum.get(), adjustment);
    if (reduced.isEmpty()) {
      note(unresolved, "法定最低罚款" + Amounts.format(minimum.get()) + "的 " + shown(adjustment)
          + " 不低于其下一分，减轻处罚的罚款无从计算");
    }
    return reduced.orElse(null);
  }

  /** The detention's days under one adjustment, as {@code {min, max}}; null as for fines. */
  private static int[] detentionDays(Sanction.Detention detention,
      GeneralRules.Adjustment adjustment, Statute statute, List<String> unresolved) {
    if (adjustment.mode() != GeneralRules.Adjustment.Mode.FLOOR) {
      return days(detention.minDays(), detention.maxDays(), adjustment);
    }
    OptionalInt minimum = statute.detentionMinimum(detention.party());
    if (minimum.isEmpty()) {
      note(unresolved, noMinimum(statute, "对" + detention.party().label() + "的拘留"));
      return null;
    }
    if (detention.maxDays() < minimum.getAsInt()) {
      return new int[] {detention.minDays(), detention.maxDays()};
    }
    int[] reduced = reducedDays(minimum.getAsInt(), adjustment);
    if (reduced == null) {
      note(unresolved, "法定最低拘留为" + minimum.getAsInt() + "日，在其以下、不少于一日的拘留不存在，"
          + "减轻处罚的拘留无从计算");
    }
    return reduced;
  }

  /** The days an adjustment gives within the tier's days, as {@code {min, max}}. */
  static int[] days(int min, int max, GeneralRules.Adjustment adjustment) {
    BigDecimal share = adjustment.percent().divide(HUNDRED);
    BigDecimal span = BigDecimal.valueOf(max - min).multiply(share);
    if (adjustment.mode() == GeneralRules.Adjustment.Mode.LOWER) {
      return new int[] {min, min + span.setScale(0, RoundingMode.FLOOR).intValueExact()};
    }
    return new int[] {max - span.setScale(0, RoundingMode.FLOOR).intValueExact(), max};
  }

  /**
   * The days 减轻 gives below a statutory minimum: from its share (rounded up, at least one day)
   * to one day below it; null when no such day exists.
   */
  static int[] reducedDays(int statutoryMinimum, GeneralRules.Adjustment floor) {
    BigDecimal share = floor.percent().divide(HUNDRED);
    int low = BigDecimal.valueOf(statutoryMinimum).multiply(share)
        .setScale(0, RoundingMode.CEILING).intValueExact();
    int from = Math.max(1, low);
    int to = statutoryMinimum - 1;
    return from > to ? null : new int[] {from, to};
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

  private static String noMinimum(Statute statute, String what) {
    return statute.declared() ? "法定幅度" + what + "没有最低限"
        : "法定幅度未知（违法行为没有声明 statute，或求值时未给出本案的法定幅度），" + what + "的法定最低限不明";
  }

  /** Whether a fine or a detention is among the sanctions, an alternative's options too. */
  private static boolean hasAmount(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine || sanction instanceof Sanction.Detention
          || sanction instanceof Sanction.Alternative a && hasAmount(a.options())) {
        return true;
      }
    }
    return false;
  }

  private static boolean warningLike(Sanction sanction) {
    return sanction instanceof Sanction.Warning || sanction instanceof Sanction.Criticism;
  }

  private static void note(List<String> unresolved, String note) {
    if (!unresolved.contains(note)) {
      unresolved.add(note);
    }
  }

  private static String shown(GeneralRules.Adjustment adjustment) {
    return adjustment.percent().stripTrailingZeros().toPlainString() + "%";
  }

  private static BigDecimal part(BigDecimal amount, BigDecimal percent, RoundingMode rounding) {
    return Amounts.canonical(amount.multiply(percent).divide(HUNDRED, 2, rounding));
  }
}
