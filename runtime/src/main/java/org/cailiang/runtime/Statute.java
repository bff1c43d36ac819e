package org.cailiang.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a violation's penalty article (its {@code statute}) allows in one case: the sanctions of
 * the clauses whose condition holds, multiples taken of the case's amount. 减轻处罚 is punishment
 * below the statutory minimum, not below the tier's, so the general part computes it from this.
 *
 * @param declared whether the violation declares its statute at all
 * @param allowed the sanctions the statute allows in the case, alternatives as written
 */
public record Statute(boolean declared, List<Sanction> allowed) {
  /** A violation without a {@code statute}: no statutory minimum is known. */
  public static final Statute UNDECLARED = new Statute(false, List.of());

  /**
   * Copies the list.
   *
   * @param declared whether the violation declares its statute at all
   * @param allowed the sanctions the statute allows in the case, alternatives as written
   */
  public Statute {
    allowed = List.copyOf(allowed);
  }

  /**
   * {@return a declared statute allowing these sanctions in the case}
   *
   * @param allowed the sanctions of the clauses that hold, as lowered for the case
   */
  public static Statute of(List<Sanction> allowed) {
    return new Statute(true, allowed);
  }

  /**
   * The lowest fine the statute allows for all these parties in the case. Empty when it allows
   * them no fine, or one without a minimum (五百元以下): then there is nothing to go below.
   */
  Optional<BigDecimal> fineMinimum(List<Party> parties) {
    BigDecimal lowest = null;
    for (Sanction sanction : FineMoves.flat(allowed)) {
      if (sanction instanceof Sanction.Fine fine && covers(fine.parties(), parties)) {
        BigDecimal min = fine.range().min();
        if (min == null || min.signum() <= 0) {
          return Optional.empty();
        }
        lowest = lowest == null || min.compareTo(lowest) < 0 ? min : lowest;
      }
    }
    return Optional.ofNullable(lowest);
  }

  /** The fewest days of detention the statute allows the party; empty when none is stated. */
  OptionalInt detentionMinimum(Party party) {
    int lowest = Integer.MAX_VALUE;
    for (Sanction sanction : FineMoves.flat(allowed)) {
      if (sanction instanceof Sanction.Detention detention
          && detention.party().id().equals(party.id())) {
        if (detention.minDays() <= 0) {
          return OptionalInt.empty();
        }
        lowest = Math.min(lowest, detention.minDays());
      }
    }
    return lowest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lowest);
  }

  private static boolean covers(List<Party> allowed, List<Party> parties) {
    for (Party party : parties) {
      if (allowed.stream().noneMatch(a -> a.id().equals(party.id()))) {
        return false;
      }
    }
    return true;
  }
}
