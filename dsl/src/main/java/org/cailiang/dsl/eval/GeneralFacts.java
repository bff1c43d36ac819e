package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the officer states about the case beyond the violation's facts.
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
  public GeneralFacts {
    circumstances = Set.copyOf(circumstances);
    Objects.requireNonNull(actDate, "actDate");
    Objects.requireNonNull(discoveryDate, "discoveryDate");
    Objects.requireNonNull(proposedFine, "proposedFine");
  }

  /** The runtime's form of these facts. */
  public org.cailiang.runtime.GeneralFacts toRuntime() {
    return new org.cailiang.runtime.GeneralFacts(circumstances, actDate, discoveryDate, proposedFine);
  }

  /** Only circumstances, no dates, no proposed fine. */
  public static GeneralFacts of(Set<String> circumstances) {
    return new GeneralFacts(circumstances, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
