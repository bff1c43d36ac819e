package org.cailiang.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.FactChecks;

/**
 * What the officer states about a case beyond the violation's facts.
 *
 * <p>Circumstances are kept as given, by id or by label: facts that name one circumstance by its
 * id and by its label decide alike but are not equal (the general part they are read against
 * knows both; these facts do not). A proposed fine is kept in one scale, so {@code 300} and
 * {@code 300.00} are equal facts.
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
  /** The message of the exception for null general facts, which every entry point throws. */
  public static final String NULL_MESSAGE = "总则事实（GeneralFacts）为 null：没有总则情节、日期和拟罚款时请传 GeneralFacts.NONE";

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
   * @throws IllegalArgumentException when the proposed fine is not positive, finer than a fen or
   *     beyond any fine
   */
  public GeneralFacts {
    Objects.requireNonNull(circumstances, "总则情节（circumstances）为 null：没有情节时传空集合 Set.of()");
    // Not contains(null): an immutable set throws NullPointerException when asked.
    if (circumstances.stream().anyMatch(Objects::isNull)) {
      throw new NullPointerException("总则情节中有 null：每个情节写其标识或标签，没有情节时传空集合");
    }
    circumstances = Set.copyOf(circumstances);
    Objects.requireNonNull(actDate, "违法行为发生之日（actDate）为 null：没有日期时传 Optional.empty()");
    Objects.requireNonNull(discoveryDate, "发现之日（discoveryDate）为 null：没有日期时传 Optional.empty()");
    Objects.requireNonNull(proposedFine, "拟罚款（proposedFine）为 null：没有拟罚款时传 Optional.empty()");
    proposedFine.ifPresent(fine -> {
      // The rule of every amount of a case (not negative, to the fen, not absurdly large),
      // weighed without expanding a hostile 1E-2100000000 into two billion digits.
      String problem = FactChecks.amountProblem(fine);
      if (problem != null) {
        throw new IllegalArgumentException("拟罚款" + problem);
      }
      // Integrator's review: 0 passed, and 简易程序 read "适用（拟罚款0元）"; a test case's
      // proposed fine must be positive too (dsl CaseGeneralChecks).
      if (fine.signum() == 0) {
        throw new IllegalArgumentException("拟罚款须为正数：罚款0元不是处罚");
      }
    });
    // 300 and 300.00 are one fine: equal facts, whatever the scale it was written with.
    proposedFine = proposedFine.map(Amounts::canonical);
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
    return new GeneralFacts(circumstances, Optional.of(Objects.requireNonNull(act, "违法行为发生之日（act）为 null")),
        Optional.of(Objects.requireNonNull(discovery, "发现之日（discovery）为 null")), proposedFine);
  }

  /**
   * {@return these facts with the act date alone}: what the higher-law notes and the act's
   * version need; the limitation period, which needs the discovery date too, is not weighed
   * (integrator: an act date without a discovery date had no way in).
   *
   * @param act the day of the act (持续的，终了之日)
   */
  public GeneralFacts actOn(LocalDate act) {
    return new GeneralFacts(circumstances, Optional.of(Objects.requireNonNull(act, "违法行为发生之日（act）为 null")),
        Optional.empty(), proposedFine);
  }

  /**
   * {@return these facts with the fine the officer intends}
   *
   * @param fine the fine in yuan
   * @throws IllegalArgumentException when the fine is not positive, finer than a fen or beyond
   *     any fine
   */
  public GeneralFacts proposing(BigDecimal fine) {
    return new GeneralFacts(circumstances, actDate, discoveryDate, Optional.of(Objects.requireNonNull(fine, "拟罚款（fine）为 null")));
  }
}
