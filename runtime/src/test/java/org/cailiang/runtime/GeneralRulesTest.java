package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.Limitation;
import org.cailiang.runtime.GeneralRules.PartyKind;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.junit.jupiter.api.Test;

/** The general part applied by the runtime alone, as generated code applies it. */
class GeneralRulesTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final Decision TIER = new Decision("s", "C1B1", "一般",
      List.of(new Sanction.Order("责令改正"),
          new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false)),
      List.of(), "原文");
  private static final GeneralRules RULES = new GeneralRules("行政处罚法总则",
      List.of(
          new Circumstance("minor", "已满十四周岁不满十八周岁", Optional.of(
              new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED)), "第三十条"),
          new Circumstance("trivial", "轻微并及时改正", Optional.of(
              new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第三十三条第一款"),
          new Circumstance("first", "初次违法", Optional.of(
              new GeneralEffect(Modality.MAY, Kind.WAIVE)), "第三十三条第一款"),
          new Circumstance("life", "涉及生命健康", Optional.empty(), "")),
      List.of(
          new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.HEAVIER, Adjustment.Mode.UPPER, BigDecimal.valueOf(50), "")),
      Optional.empty(),
      List.of(new Limitation(24, Optional.empty(), "第三十六条"),
          new Limitation(60, Optional.of("life"), "第三十六条")),
      List.of(new ProcedureRule(Procedure.SIMPLIFIED,
          Optional.of(new Threshold(GeneralRules.Operator.LE, BigDecimal.valueOf(200))),
          Optional.of(PartyKind.PERSON), Optional.empty(), "第五十一条")),
      Map.of("individual", PartyKind.PERSON));

  /** The law's range is the tier's: 减轻 ends just below where 从轻 starts. */
  private static final Statute STATUTE = Statute.of(List.of(
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false),
      new Sanction.Detention(PERSON, 5, 10, false)));

  @Test
  void aMinorIsPunishedLighterOrReducedWithTheRangesBeforeAndAfter() {
    CaseDecision outcome = RULES.decide(TIER, GeneralFacts.of(Set.of("minor")), STATUTE);
    assertEquals(CaseDecision.Verdict.PUNISHED, outcome.verdict());
    CaseDecision.Step step = outcome.steps().get(0);
    assertEquals(TIER.sanctions(), step.before());
    assertEquals(MoneyRange.of(250, 750), ((Sanction.Fine) step.result().get(1)).range());
    assertEquals(step.result(), outcome.sanctions());
    assertTrue(outcome.explain().contains("应当从轻或者减轻处罚"), outcome.explain());
  }

  @Test
  void aWaiverKeepsTheOrderAndEducates() {
    CaseDecision outcome = RULES.decide(TIER, GeneralFacts.of(Set.of("trivial", "minor")));
    assertEquals(CaseDecision.Verdict.WAIVED, outcome.verdict());
    assertEquals(List.of(new Sanction.Order("责令改正")), outcome.sanctions());
    assertTrue(outcome.procedures().isEmpty());
    assertTrue(outcome.explain().contains("第三十三条第三款"), outcome.explain());
  }

  @Test
  void aMayWaiverIsOfferedNotApplied() {
    CaseDecision outcome = RULES.decide(TIER, GeneralFacts.of(Set.of("first")));
    assertEquals(TIER.sanctions(), outcome.sanctions());
    assertEquals(List.of(new Sanction.Order("责令改正")), outcome.options().get(0).result());
  }

  @Test
  void theLimitationRunsFromTheActAndTheLastDayIsWithinIt() {
    LocalDate act = LocalDate.of(2022, 3, 1);
    CaseDecision inTime = RULES.decide(TIER, GeneralFacts.NONE.dated(act, LocalDate.of(2024, 3, 1)));
    assertFalse(inTime.limitation().orElseThrow().expired());
    assertEquals(LocalDate.of(2024, 3, 1), inTime.limitation().get().lastDay());
    CaseDecision late = RULES.decide(TIER, GeneralFacts.NONE.dated(act, LocalDate.of(2024, 3, 2)));
    assertEquals(CaseDecision.Verdict.TIME_BARRED, late.verdict());
    assertTrue(late.sanctions().isEmpty());
    CaseDecision longer = RULES.decide(TIER,
        GeneralFacts.of(Set.of("life")).dated(act, LocalDate.of(2024, 3, 2)));
    assertEquals(60, longer.limitation().orElseThrow().months());
    assertFalse(longer.limitation().get().expired());
  }

  /**
   * Supervisor: 2021's five years were applied to an act of 2019 whose two years had run out on
   * 2021-01-01. A period with a day of effect is not an earlier act's: the act keeps its own
   * period (第三十七条), and the basis says why.
   */
  @Test
  void aLongerPeriodThatTookEffectAfterTheActIsNotTheActs() {
    GeneralRules dated = new GeneralRules(RULES.title(), RULES.circumstances(), RULES.adjustments(), RULES.combination(),
        List.of(new Limitation(24, Optional.empty(), "第三十六条"),
            new Limitation(60, Optional.of("life"), Optional.of(LocalDate.of(2021, 7, 15)), "第三十六条")),
        RULES.procedures(), RULES.partyKinds(), RULES.exclusions());
    GeneralFacts life = GeneralFacts.of(Set.of("life"));
    CaseDecision before = dated.decide(TIER, life.dated(LocalDate.of(2021, 7, 14), LocalDate.of(2023, 7, 15)));
    assertEquals(CaseDecision.Verdict.TIME_BARRED, before.verdict());
    assertEquals(24, before.limitation().orElseThrow().months());
    assertEquals("第三十六条；五年的期限自2021-07-15起施行，违法行为发生在此前，适用违法行为发生时的规定（《中华人民共和国行政处罚法》第三十七条）",
        before.limitation().get().basis());
    CaseDecision onTheDay = dated.decide(TIER, life.dated(LocalDate.of(2021, 7, 15), LocalDate.of(2023, 7, 16)));
    assertEquals(60, onTheDay.limitation().orElseThrow().months());
    assertEquals("第三十六条", onTheDay.limitation().get().basis());
    assertFalse(onTheDay.limitation().get().expired());
    CaseDecision without = dated.decide(TIER, GeneralFacts.NONE.dated(LocalDate.of(2021, 7, 14), LocalDate.of(2023, 7, 14)));
    assertEquals("第三十六条", without.limitation().orElseThrow().basis(), "no longer period asked for");
  }

  /**
   * Integrator's review: a mistyped discovery year (2099) made the case time-barred, 不再给予行政处罚.
   * Nothing is discovered after today (China's day); today itself is fine.
   */
  /** Hostile re-check: an act of 2099 without a discovery date was decided. */
  @Test
  void anActAfterTodayIsRefusedWithOrWithoutADiscovery() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    GeneralFacts future = new GeneralFacts(Set.of(), Optional.of(today.plusDays(1)), Optional.empty(), Optional.empty());
    InvalidDatesException refused = assertThrows(InvalidDatesException.class, () -> RULES.decide(TIER, future));
    assertEquals("违法行为发生日期 " + today.plusDays(1) + " 晚于今天（" + today + "，北京时间）：违法行为不能在将来发生",
        refused.getMessage());
    assertEquals(CaseDecision.Verdict.PUNISHED, RULES.decide(TIER,
        new GeneralFacts(Set.of(), Optional.of(today), Optional.empty(), Optional.empty())).verdict());
  }

  @Test
  void aDiscoveryAfterTodayIsRefused() {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    LocalDate act = today.minusYears(3);
    InvalidDatesException future = assertThrows(InvalidDatesException.class,
        () -> RULES.decide(TIER, GeneralFacts.NONE.dated(act, today.plusDays(1))));
    assertEquals("发现日期 " + today.plusDays(1) + " 晚于今天（" + today
        + "，北京时间）：违法行为不能在将来被发现", future.getMessage());
    assertEquals(CaseDecision.Verdict.TIME_BARRED,
        RULES.decide(TIER, GeneralFacts.NONE.dated(act, today)).verdict());
    // Checked again once a past day is known (the clock is not read for it): still refused.
    assertThrows(InvalidDatesException.class,
        () -> RULES.decide(TIER, GeneralFacts.NONE.dated(act, today.plusDays(1))));
    assertTrue(org.cailiang.runtime.internal.ChinaDay.isFuture(today.plusDays(1)));
    assertFalse(org.cailiang.runtime.internal.ChinaDay.isFuture(today));
    assertFalse(org.cailiang.runtime.internal.ChinaDay.isFuture(java.time.LocalDate.MIN));
  }

  @Test
  void aProposedFineDecidesTheSimplifiedProcedureAndMustBeImposable() {
    Decision upTo500 = new Decision("s", "C1B0", "轻微", List.of(new Sanction.Fine(List.of(PERSON),
        false, MoneyRange.atMost(500), null, false)), List.of(), "原文");
    assertEquals(CaseDecision.Status.APPLIES, RULES.decide(upTo500,
        GeneralFacts.NONE.proposing(BigDecimal.valueOf(200))).procedure(Procedure.SIMPLIFIED)
        .orElseThrow().status());
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, RULES.decide(upTo500,
        GeneralFacts.NONE.proposing(new BigDecimal("200.01"))).procedure(Procedure.SIMPLIFIED)
        .orElseThrow().status());
    assertEquals(CaseDecision.Status.DEPENDS_ON_AMOUNT, RULES.decide(upTo500, GeneralFacts.NONE)
        .procedure(Procedure.SIMPLIFIED).orElseThrow().status());
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, RULES.decide(TIER, GeneralFacts.NONE)
        .procedure(Procedure.SIMPLIFIED).orElseThrow().status());
    InvalidGeneralFactsException outside = assertThrows(InvalidGeneralFactsException.class,
        () -> RULES.decide(TIER, GeneralFacts.NONE.proposing(BigDecimal.valueOf(200))));
    assertTrue(outside.getMessage().contains("500元以上1000元以下"), outside.getMessage());
  }

  /** As the command line: a system keeping circumstances as text may give labels, padded or not. */
  @Test
  void aCircumstanceMayBeGivenByItsLabelOrPadded() {
    CaseDecision byId = RULES.decide(TIER, GeneralFacts.of(Set.of("minor")), STATUTE);
    assertEquals(byId, RULES.decide(TIER, GeneralFacts.of(Set.of("已满十四周岁不满十八周岁")), STATUTE));
    assertEquals(byId, RULES.decide(TIER, GeneralFacts.of(Set.of(" minor\u3000")), STATUTE));
    assertEquals(byId, RULES.decide(TIER, GeneralFacts.of(Set.of("minor", "已满十四周岁不满十八周岁")), STATUTE));
    assertTrue(RULES.readsStatute(GeneralFacts.of(Set.of("已满十四周岁不满十八周岁")), TIER));
    GeneralFacts byLabel = GeneralFacts.of(Set.of("涉及生命健康"))
        .dated(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
    assertEquals(60, RULES.limitation(byLabel).orElseThrow().months(), "the longer period of life");
    NullPointerException none = assertThrows(NullPointerException.class, () -> RULES.decide(TIER, null));
    assertTrue(none.getMessage().contains("请传 GeneralFacts.NONE"), none.getMessage());
    InvalidGeneralFactsException padded = assertThrows(InvalidGeneralFactsException.class,
        () -> RULES.decide(TIER, GeneralFacts.of(Set.of(" nobody "))));
    assertTrue(padded.getMessage().startsWith("未知的总则情节 nobody："), padded.getMessage());
  }

  @Test
  void anUnknownCircumstanceIsNamedWithTheKnownOnes() {
    InvalidGeneralFactsException e = assertThrows(InvalidGeneralFactsException.class,
        () -> RULES.decide(TIER, GeneralFacts.of(Set.of("nobody"))));
    assertTrue(e.getMessage().startsWith("未知的总则情节 nobody：可用 minor（"), e.getMessage());
  }

  @Test
  void plainCasesAreRememberedByIdentityAndOthersDecidedAfresh() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    CaseDecision first = outcomes.decide(TIER, GeneralFacts.NONE);
    assertTrue(first == outcomes.decide(TIER, GeneralFacts.NONE), "the same outcome object");
    assertEquals(RULES.decide(TIER, GeneralFacts.NONE), first);
    Decision equalButOther = new Decision(TIER.standardId(), TIER.tierCode(), TIER.circumstance(),
        TIER.sanctions(), TIER.citations(), TIER.officialText());
    CaseDecision other = outcomes.decide(equalButOther, GeneralFacts.NONE);
    assertTrue(other.decision() == equalButOther, "remembered for that very decision only");
    GeneralFacts minor = GeneralFacts.of(Set.of("minor"));
    assertEquals(RULES.decide(TIER, minor), outcomes.decide(TIER, minor));
    assertFalse(outcomes.decide(TIER, minor) == outcomes.decide(TIER, minor));
  }

  @Test
  void detentionDaysMoveLikeFinesInWholeDaysInsideTheExactRange() {
    Decision detained = new Decision("s", "C2B1", "较重", List.of(
        new Sanction.Detention(PERSON, 5, 10, false)), List.of(), "原文");
    // 从轻: 5 .. 5 + 2.5 → 5..7; 减轻: 2.5 .. 5 → 3..5; either: 3..7.
    assertEquals(List.of(new Sanction.Detention(PERSON, 3, 7, false)),
        RULES.decide(detained, GeneralFacts.of(Set.of("minor")), STATUTE).sanctions());
    Decision oneDay = new Decision("s", "C2B0", "较轻", List.of(
        new Sanction.Detention(PERSON, 1, 5, false)), List.of(), "原文");
    // A detention of no day is none: below a law's one day 减轻 leaves only 从轻, and says so.
    Statute oneToFive = Statute.of(List.of(new Sanction.Detention(PERSON, 1, 5, false)));
    CaseDecision outcome = RULES.decide(oneDay, GeneralFacts.of(Set.of("minor")), oneToFive);
    assertEquals(List.of(new Sanction.Detention(PERSON, 1, 3, false)), outcome.sanctions());
    assertTrue(outcome.needsOfficer());
  }
  private static final Citation ART33 =
      new Citation("中华人民共和国行政处罚法（2021年修订）", "第三十三条第一款", "违法行为轻微……");

  private static Decision exemptTier(Citation ground) {
    return new Decision("s", "C1B0", "轻微", List.of(
        new Sanction.NoPenalty("不予行政处罚", List.of(ground)), new Sanction.Order("责令改正")),
        List.of(new Citation("某某法", "第十条", "")), "依法不予行政处罚，责令改正。");
  }

  @Test
  void aTierThatImposesNoPenaltyIsNotPunishedHasNoProcedureAndEducates() {
    Decision exempt = exemptTier(ART33);
    CaseDecision outcome = RULES.decide(exempt, GeneralFacts.of(Set.of("minor", "first")));
    assertEquals(CaseDecision.Verdict.WAIVED, outcome.verdict());
    assertEquals(exempt.sanctions(), outcome.sanctions());
    assertTrue(outcome.procedures().isEmpty(), outcome.procedures().toString());
    assertTrue(outcome.steps().isEmpty() && outcome.options().isEmpty(), outcome.toString());
    assertTrue(outcome.explain().contains(CaseText.EDUCATION), outcome.explain());
    assertEquals(CaseDecision.Verdict.TIME_BARRED, RULES.decide(exempt,
        GeneralFacts.NONE.dated(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1))).verdict());
  }

  @Test
  void anExemptionOnAnotherGroundIsNotTaughtArticle33() {
    CaseDecision outcome = RULES.decide(
        exemptTier(new Citation("中华人民共和国治安管理处罚法", "第十九条", "")), GeneralFacts.NONE);
    assertEquals(CaseDecision.Verdict.WAIVED, outcome.verdict());
    assertFalse(outcome.explain().contains("第三十三条第三款"), outcome.explain());
  }

  @Test
  void anExemptTierNamesItsGroundsAfterOneBasis() {
    String text = exemptTier(ART33).explain();
    assertEquals(1, text.split("依据", -1).length - 1, text);
    assertTrue(text.contains("违反《某某法》第十条的规定"), text);
  }
  private static final GeneralRules BY_KIND = new GeneralRules("总则", List.of(), List.of(),
      Optional.empty(), List.of(), List.of(
          kindRule(Procedure.HEARING, GeneralRules.Operator.GE, 10_000, PartyKind.PERSON),
          kindRule(Procedure.HEARING, GeneralRules.Operator.GE, 100_000, PartyKind.ORGANIZATION),
          kindRule(Procedure.SIMPLIFIED, GeneralRules.Operator.LE, 200, PartyKind.PERSON),
          kindRule(Procedure.SIMPLIFIED, GeneralRules.Operator.LE, 3000, PartyKind.ORGANIZATION)),
      Map.of("individual", PartyKind.PERSON));

  private static ProcedureRule kindRule(
      Procedure procedure, GeneralRules.Operator operator, long amount, PartyKind kind) {
    return new ProcedureRule(procedure, Optional.of(new Threshold(operator,
        BigDecimal.valueOf(amount))), Optional.of(kind), Optional.empty(), "第六十三条");
  }

  private static CaseDecision.ProcedureFlag kindless(Procedure procedure, long fine) {
    Decision tier = new Decision("s", "C1B1", "一般", List.of(new Sanction.Fine(
        List.of(new Party("operator", "经营者")), false, MoneyRange.atMost(1_000_000), null, false)),
        List.of(), "原文");
    return BY_KIND.decide(tier, GeneralFacts.NONE.proposing(BigDecimal.valueOf(fine)))
        .procedure(procedure).orElseThrow();
  }

  @Test
  void aPartyOfUnknownKindMakesAKindRuleDependOnTheKindWithBothThresholds() {
    CaseDecision.ProcedureFlag hearing = kindless(Procedure.HEARING, 50_000);
    assertEquals(CaseDecision.Status.DEPENDS_ON_PARTY, hearing.status());
    assertTrue(hearing.trigger().contains("对公民罚款1万元以上")
        && hearing.trigger().contains("对单位罚款10万元以上"), hearing.trigger());
    assertEquals(CaseDecision.Status.APPLIES, kindless(Procedure.HEARING, 200_000).status());
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, kindless(Procedure.HEARING, 5_000).status());
    assertEquals(CaseDecision.Status.APPLIES, kindless(Procedure.SIMPLIFIED, 200).status());
    assertEquals(CaseDecision.Status.DEPENDS_ON_PARTY,
        kindless(Procedure.SIMPLIFIED, 1_000).status());
  }

  @Test
  void theExplanationSaysTheKindDecides() {
    Decision tier = new Decision("s", "C1B1", "一般", List.of(new Sanction.Fine(
        List.of(new Party("operator", "经营者")), false, MoneyRange.atMost(1_000_000), null, false)),
        List.of(), "原文");
    String text = BY_KIND.decide(tier, GeneralFacts.NONE.proposing(BigDecimal.valueOf(50_000)))
        .explain();
    assertTrue(text.contains("视当事人是公民还是法人或者其他组织而定，应当告知当事人有要求听证的权利"), text);
  }

  @Test
  void onlyACircumstanceThatMayCallFor减轻ReadsTheStatute() {
    assertTrue(RULES.readsStatute(GeneralFacts.of(Set.of("minor")), TIER), "从轻或者减轻");
    assertTrue(RULES.readsStatute(GeneralFacts.of(Set.of("first", "minor")), TIER), "one of several");
    assertFalse(RULES.readsStatute(GeneralFacts.of(Set.of("trivial", "first")), TIER), "不予 only");
    assertFalse(RULES.readsStatute(GeneralFacts.of(Set.of("life")), TIER), "no effect");
    assertFalse(RULES.readsStatute(GeneralFacts.NONE, TIER));
    GeneralRules reducedOnly = new GeneralRules(RULES.title(), List.of(new Circumstance("aid", "协助",
        Optional.of(new GeneralEffect(Modality.MAY, Kind.REDUCED)), "")), RULES.adjustments(),
        RULES.combination(), RULES.limitations(), RULES.procedures(), RULES.partyKinds());
    assertTrue(reducedOnly.readsStatute(GeneralFacts.of(Set.of("aid")), TIER), "减轻");
    GeneralRules heavierOnly = new GeneralRules(RULES.title(), List.of(new Circumstance("again", "再犯",
        Optional.of(new GeneralEffect(Modality.MAY, Kind.HEAVIER)), "")), RULES.adjustments(),
        RULES.combination(), RULES.limitations(), RULES.procedures(), RULES.partyKinds());
    assertFalse(heavierOnly.readsStatute(GeneralFacts.of(Set.of("again")), TIER), "从重");
    Decision handedOver = Decision.handedOver("s", "C1", "涉嫌犯罪的，移送司法机关", List.of());
    assertFalse(RULES.readsStatute(GeneralFacts.of(Set.of("minor")), handedOver), "a case handed over");
  }
}
