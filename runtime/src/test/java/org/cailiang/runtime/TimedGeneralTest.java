package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.CaseDecision.Verdict;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.Limitation;
import org.cailiang.runtime.TimedDecision.Ground;
import org.cailiang.runtime.OneTierVersions.Fixed;
import org.cailiang.runtime.OneTierVersions.Version;
import org.junit.jupiter.api.Test;

/**
 * {@link Standards#evaluate(String, Map, LocalDate, LocalDate, GeneralFacts)}: the law in time
 * and the general part together, each version applied decided under its own general part.
 */
class TimedGeneralTest {
  private static final GeneralRules RULES = new GeneralRules("总则",
      List.of(new Circumstance("first", "初次违法", Optional.of(
          new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "第二条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(new Limitation(24, Optional.empty(), "第三十六条")), List.of(),
      Map.of("p", GeneralRules.PartyKind.PERSON));

  private static Standards chain(boolean newUsesGeneral, long newMax) {
    return Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 1000, RULES))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 500, newMax, newUsesGeneral ? RULES : null))));
  }

  private static final LocalDate ACT = LocalDate.parse("2025-06-01");
  /** An act whose two-year limitation ends before today: a discovery is never in the future. */
  private static final LocalDate EARLY_ACT = LocalDate.parse("2024-03-01");
  private static final LocalDate DECISION = LocalDate.parse("2026-03-01");
  private static final GeneralFacts FIRST = GeneralFacts.of(Set.of("first"));

  @Test
  void theVersionAppliedIsDecidedUnderItsGeneralPart() {
    TimedCaseDecision outcome = chain(true, 800).evaluate("X00001", Map.of(), ACT, DECISION, FIRST);
    assertEquals(Ground.NEW_LIGHTER, outcome.timed().ground());
    assertEquals(1, outcome.outcomes().size());
    TimedCaseDecision.Outcome applied = outcome.outcomes().get(0);
    assertSame(outcome.timed().applied().get(0), applied.applied());
    CaseDecision general = applied.general().orElseThrow();
    assertEquals("v2", general.decision().standardId());
    assertEquals(Verdict.PUNISHED, general.verdict());
    assertEquals(MoneyRange.of(500, 650), ((Sanction.Fine) general.sanctions().get(0)).range());
    assertFalse(outcome.needsOfficer());
    // The general part's explanation opens with the tier's sentence, which is said once.
    assertTrue(general.explain().startsWith(applied.applied().decision().explain()), general.explain());
    assertEquals(outcome.timed().explanation() + "\n" + general.explain(), outcome.explain());
    String json = outcome.toJson();
    assertTrue(json.contains("\"ground\": \"NEW_LIGHTER\""), json);
    assertEquals(1, json.split("\"general\": \\{").length - 1, json);
  }

  @Test
  void aVersionWithoutAGeneralPartHasNoOutcomeUnderIt() {
    // v2 fines up to 2000: not lighter, so the old version, which uses the general part, applies.
    TimedCaseDecision old = chain(false, 2000).evaluate("X00001", Map.of(), ACT, DECISION, FIRST);
    assertEquals(Ground.OLD_NOT_LIGHTER, old.timed().ground());
    assertTrue(old.outcomes().get(0).general().isPresent(), "v1 uses the general part");
    TimedCaseDecision now = chain(false, 800).evaluate("X00001", Map.of(), ACT, DECISION, FIRST);
    assertEquals("v2", now.outcomes().get(0).applied().version());
    assertEquals(Optional.empty(), now.outcomes().get(0).general(), "v2 uses none");
    assertFalse(now.toJson().contains("\"general\""));
  }

  @Test
  void aDiscoveryPastTheLimitationIsTimeBarredUnderTheVersionApplied() {
    GeneralFacts late = FIRST.dated(EARLY_ACT, LocalDate.parse("2026-03-02"));
    TimedCaseDecision outcome =
        chain(true, 800).evaluate("X00001", Map.of(), EARLY_ACT, LocalDate.parse("2026-06-01"), late);
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals(Verdict.TIME_BARRED, general.verdict());
    assertEquals(LocalDate.parse("2026-03-01"), general.limitation().orElseThrow().lastDay());
    GeneralFacts inTime = GeneralFacts.of(Set.of()).dated(EARLY_ACT, LocalDate.parse("2026-03-01"));
    assertEquals(Verdict.PUNISHED, chain(true, 800).evaluate("X00001", Map.of(), EARLY_ACT,
        LocalDate.parse("2026-06-01"), inTime).outcomes().get(0).general().orElseThrow().verdict());
  }

  /**
   * The integrator's review: a barred act is closed, not an officer's choice between versions;
   * the explanation and the JSON are eval's (no version, no penalty), also for an act before
   * every version, and a discovery after the decision is refused as eval refuses it.
   */
  @Test
  void aBarredActIsClosedWhateverVersionWouldDecideIt() {
    // 300..1200 against 500..1000: versions that cannot be ordered, both barred.
    Standards standards = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 1000, RULES))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 300, 1200, RULES))));
    GeneralFacts late = GeneralFacts.NONE.dated(EARLY_ACT, LocalDate.parse("2026-03-02"));
    TimedCaseDecision barred = standards.evaluate("X00001", Map.of(), EARLY_ACT,
        LocalDate.parse("2026-06-01"), late);
    assertTrue(barred.timed().needsOfficer(), "the versions alone cannot be ordered");
    assertFalse(barred.needsOfficer(), "but the case is barred");
    assertEquals(Verdict.TIME_BARRED, barred.timeBarred().orElseThrow().verdict());
    assertEquals("X00001B010：违法行为发生于2024-03-01，发现于2026-03-02；追责时效为二年（第三十六条），"
        + "期限的最后一日为2026-03-01，违法行为在该期限内未被发现，不再给予行政处罚，不论何时施行的裁量基准版本。",
        barred.explain());
    String json = barred.toJson();
    assertTrue(json.contains("\"verdict\": \"TIME_BARRED\"") && !json.contains("\"applied\""), json);
    LocalDate before = LocalDate.parse("2020-03-01");
    TimedCaseDecision early = standards.evaluate("X00001", Map.of(), before,
        LocalDate.parse("2026-02-01"), GeneralFacts.NONE.dated(before, LocalDate.parse("2025-10-01")));
    assertEquals(Ground.NOT_COVERED_AT_ACT, early.timed().ground());
    assertEquals(List.of(), early.outcomes());
    assertEquals("v1", early.timeBarred().orElseThrow().decision().standardId(),
        "no version at the act: the earliest one's period");
    assertFalse(early.needsOfficer());
    TimedCaseDecision covered = standards.evaluate("X00001", Map.of(), before,
        LocalDate.parse("2026-02-01"), GeneralFacts.NONE.dated(before, LocalDate.parse("2021-10-01")));
    assertEquals(Optional.empty(), covered.timeBarred(), "discovered in time: the officer judges");
    assertTrue(covered.needsOfficer());
    assertEquals("发现日期 2026-03-02 晚于作出处罚决定日期 2026-02-01：违法行为须在作出处罚决定之前发现",
        assertThrows(InvalidDatesException.class, () -> standards.evaluate("X00001", Map.of(), EARLY_ACT,
            LocalDate.parse("2026-02-01"), late)).getMessage());
  }

  /**
   * Integrator's re-check: the old version punishes, the new one refers, the act discovered after
   * the period: the runtime said TIME_BARRED (nothing for the officer), eval listed the referral.
   * 第三十六条 bars penalties, not a referral: both outcomes, for the officer. With no version at
   * the act (barred under the earliest), the referral at the decision is a note in unresolved.
   */
  @Test
  void aReferralIsNotBarredAndIsLeftToTheOfficer() {
    Standards standards = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 1000, RULES))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new OneTierVersions.Referring("v2", RULES))));
    TimedCaseDecision both = standards.evaluate("X00001", Map.of(), EARLY_ACT, LocalDate.parse("2026-06-01"),
        GeneralFacts.NONE.dated(EARLY_ACT, LocalDate.parse("2026-03-02")));
    assertEquals(Optional.empty(), both.timeBarred());
    assertTrue(both.needsOfficer());
    assertEquals(List.of(Verdict.TIME_BARRED, Verdict.HANDED_OVER), both.outcomes().stream()
        .map(o -> o.general().orElseThrow().verdict()).toList());
    LocalDate before = LocalDate.parse("2020-03-01");
    TimedCaseDecision early = standards.evaluate("X00001", Map.of(), before, LocalDate.parse("2026-06-01"),
        GeneralFacts.NONE.dated(before, LocalDate.parse("2025-10-01")));
    assertEquals(Verdict.TIME_BARRED, early.timeBarred().orElseThrow().verdict());
    assertEquals(List.of("依作出处罚决定时施行的裁量基准版本 v2（2026-01-01 至 今），本案属于「构成犯罪的，依法追究刑事责任」的情形："
        + "追责时效只限于行政处罚，不限于移送司法机关（《中华人民共和国行政处罚法》第二十七条），是否移送须由执法人员判断"),
        early.timeBarred().orElseThrow().unresolved());
  }

  /** Hostile check: a period without a basis was cited as "（）". */
  @Test
  void aPeriodWithoutABasisIsCitedWithoutEmptyBrackets() {
    GeneralRules bare = new GeneralRules("总则", List.of(), List.of(), Optional.empty(),
        List.of(new Limitation(24, Optional.empty(), "")), List.of(), Map.of());
    Standards standards = Standards.of(new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
        List.of(new Fixed("v1", 500, 1000, bare))));
    TimedCaseDecision barred = standards.evaluate("X00001", Map.of(), EARLY_ACT,
        LocalDate.parse("2026-06-01"), GeneralFacts.NONE.dated(EARLY_ACT, LocalDate.parse("2026-03-02")));
    assertEquals("X00001B010：违法行为发生于2024-03-01，发现于2026-03-02；追责时效为二年，期限的最后一日为2026-03-01，"
        + "违法行为在该期限内未被发现，不再给予行政处罚，不论何时施行的裁量基准版本。", barred.explain());
  }

  /**
   * The legal review: an act barred under the law of its day was punished under a lighter new
   * version with a longer period. Barred under either law, it is barred.
   */
  @Test
  void anActBarredUnderTheOldLawIsNotRevivedByALighterNewVersion() {
    GeneralRules sixMonths = new GeneralRules(RULES.title(), RULES.circumstances(),
        RULES.adjustments(), Optional.empty(),
        List.of(new Limitation(6, Optional.empty(), "第二十五条")), List.of(), RULES.partyKinds());
    Standards standards = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 1000, sixMonths))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 500, 800, RULES))));
    GeneralFacts late = FIRST.dated(ACT, LocalDate.parse("2026-01-15"));
    TimedCaseDecision outcome = standards.evaluate("X00001", Map.of(), ACT, DECISION, late);
    assertEquals(Ground.NEW_LIGHTER, outcome.timed().ground());
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals(Verdict.TIME_BARRED, general.verdict());
    assertEquals("第二十五条", general.limitation().orElseThrow().basis(), "barred under the old law");
    // Discovered within both periods: decided under the new version's own part.
    GeneralFacts early = FIRST.dated(ACT, LocalDate.parse("2025-11-01"));
    CaseDecision inTime = standards.evaluate("X00001", Map.of(), ACT, DECISION, early)
        .outcomes().get(0).general().orElseThrow();
    assertEquals(Verdict.PUNISHED, inTime.verdict());
    assertEquals("v2", inTime.decision().standardId(), "the applied version's own outcome");
  }

  /** Two versions that cannot be ordered: each its own outcome, in JSON too; the officer decides. */
  @Test
  void incomparableVersionsEachKeepTheirOwnOutcome() {
    // 300..1200 is lighter at the bottom and heavier at the top than 500..1000.
    TimedCaseDecision both = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 1000, RULES))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 300, 1200, null))))
        .evaluate("X00001", Map.of(), ACT, DECISION, FIRST);
    assertEquals(Ground.INCOMPARABLE, both.timed().ground());
    assertTrue(both.outcomes().get(0).general().isPresent());
    assertEquals(Optional.empty(), both.outcomes().get(1).general());
    assertEquals(1, both.toJson().split("\"general\": \\{").length - 1, both.toJson());
    assertTrue(both.needsOfficer());
  }

  /** What a general part leaves to the officer is the whole case's to decide. */
  @Test
  void aGeneralOutcomeLeftToTheOfficerLeavesTheCaseToTheOfficer() {
    GeneralRules units = new GeneralRules("总则", List.of(new Circumstance("young", "不满十四周岁",
        Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第三十条",
        Optional.of(GeneralRules.PartyKind.PERSON))), List.of(), Optional.empty(), List.of(),
        List.of(), Map.of("p", GeneralRules.PartyKind.ORGANIZATION));
    TimedCaseDecision outcome = Standards.of(new Version("v1", "", Optional.empty(),
        List.of(new Fixed("v1", 500, 1000, units))))
        .evaluate("X00001", Map.of(), ACT, DECISION, GeneralFacts.of(Set.of("young")));
    assertEquals(Ground.IN_FORCE, outcome.timed().ground());
    assertFalse(outcome.timed().needsOfficer());
    assertTrue(outcome.needsOfficer(), outcome.outcomes().toString());
  }

  @Test
  void theGeneralFactsMustNotGiveAnotherActDate() {
    GeneralFacts other = FIRST.dated(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-07-01"));
    InvalidDatesException refused = assertThrows(InvalidDatesException.class,
        () -> chain(true, 800).evaluate("X00001", Map.of(), ACT, DECISION, other));
    assertEquals("总则事实的违法行为发生之日 2025-05-01 与所给的违法行为发生之日 2025-06-01 不同",
        refused.getMessage());
    assertThrows(NullPointerException.class,
        () -> chain(true, 800).evaluate("X00001", Map.of(), ACT, DECISION, null));
    assertThrows(InvalidGeneralFactsException.class, () -> chain(true, 800)
        .evaluate("X00001", Map.of(), ACT, DECISION, GeneralFacts.of(Set.of("unknown"))));
  }

  @Test
  void theOutcomesMustMatchTheVersionsApplied() {
    TimedCaseDecision outcome = chain(true, 800).evaluate("X00001", Map.of(), ACT, DECISION, FIRST);
    assertThrows(IllegalArgumentException.class,
        () -> new TimedCaseDecision(outcome.timed(), List.of()));
  }
}
