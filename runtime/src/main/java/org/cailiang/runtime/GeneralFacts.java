package org.cailiang.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the officer states about a case beyond the violation's facts.
 *
 * @param circumstances the ids of the general circumstances that hold
 * @param actDate the day of the act (持续的，终了之日), for the limitation period
 * @param discoveryDate the day the act was discovered (发现之日), for the limitation period
 * @param proposedFine the fine the officer intends, if decided: procedure flags then are exact
 */
public record GeneralFacts(
    Set<String> circumstances,
    Optional<LocalDate> actDate,
    Optional<LocalDate> discoveryDate,
    Optional<BigDecimal> proposedFine) {
  /** No circumstance, no dates, no proposed fine. */
  public static final GeneralFacts NONE =
      new GeneralFacts(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Copies the set; requires the optionals.
   *
   * @param circumstances the ids of the general circumstances that hold
   * @param actDate the day of the act (持续的，终了之日), for the limitation period
   * @param discoveryDate the day the act was discovered (发现之日), for the limitation period
   * @param proposedFine the fine the officer intends, if decided: procedure flags then are exact
   * @throws IllegalArgumentException when the proposed fine is negative or finer than a fen
   */
  public GeneralFacts {
    circumstances = Set.copyOf(circumstances);
    Objects.requireNonNull(actDate, "actDate");
    Objects.requireNonNull(discoveryDate, "discoveryDate");
    Objects.requireNonNull(proposedFine, "proposedFine");
    proposedFine.ifPresent(fine -> {
      // As every amount of a case: yuan to the fen, not negative (FactProblem.Kind.TOO_PRECISE).
      if (fine.signum() < 0 || fine.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException("拟罚款应为不小于零、精确到分的金额，不能是 " + fine.toPlainString());
      }
    });
  }

  /**
   * {@return only circumstances, no dates, no proposed fine}
   *
   * @param circumstances the ids of the general circumstances that hold
   */
  public static GeneralFacts of(Set<String> circumstances) {
    return new GeneralFacts(circumstances, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return these facts with the act and discovery dates, for the limitation period}
   *
   * @param act the day of the act (持续的，终了之日)
   * @param discovery the day the act was discovered (发现之日)
   */
  public GeneralFacts dated(LocalDate act, LocalDate discovery) {
    return new GeneralFacts(circumstances, Optional.of(Objects.requireNonNull(act, "act")),
        Optional.of(Objects.requireNonNull(discovery, "discovery")), proposedFine);
  }

  /**
   * {@return these facts with the fine the officer intends}
   *
   * @param fine the fine in yuan
   */
  public GeneralFacts proposing(BigDecimal fine) {
    return new GeneralFacts(circumstances, actDate, discoveryDate, Optional.of(Objects.requireNonNull(fine, "fine")));
  }
}
