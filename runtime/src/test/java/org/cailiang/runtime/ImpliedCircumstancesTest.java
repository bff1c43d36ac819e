package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.cailiang.runtime.GeneralRules.Exclusion;
import org.cailiang.runtime.GeneralRules.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * {@code implies} and {@code exclusive} in a general part: a circumstance given brings those it
 * implies, through others too, into the decision, its limitation period and its procedures, and
 * the steps say so; two of one exclusion, given or implied, are refused, saying which and why.
 */
class ImpliedCircumstancesTest {
  private static final Party OFFENDER = new Party("offender", "违法行为人");
  private static final Optional<PartyKind> PERSON = Optional.of(PartyKind.PERSON);

  static final GeneralRules RULES = new GeneralRules("总则", List.of(
      new Circumstance("under14", "不满十四周岁", Optional.of(effect(Modality.SHALL, Kind.WAIVE)),
          "第十二条", PERSON),
      new Circumstance("minor", "已满十四周岁不满十八周岁", Optional.of(effect(Modality.SHALL, Kind.LIGHTER)),
          "第十二条", PERSON),
      new Circumstance("young", "已满十四周岁不满十六周岁",
          Optional.of(effect(Modality.SHALL, Kind.NOT_EXECUTED)), "第二十三条第一款第（一）项", PERSON,
          List.of("minor")),
      new Circumstance("young_serious", "已满十四周岁不满十六周岁，情节严重",
          Optional.of(effect(Modality.MAY, Kind.NOT_EXECUTED)), "第二十三条第二款", PERSON,
          List.of("young_any")),
      // No effect of its own: it only passes the implication on (young_serious → young_any → minor).
      new Circumstance("young_any", "已满十四周岁不满十六周岁的人", Optional.empty(), "", PERSON,
          List.of("minor")),
      new Circumstance("first", "初次违反治安管理", Optional.empty(), ""),
      new Circumstance("repeat", "一年以内曾受过治安管理处罚", Optional.empty(), ""),
      new Circumstance("long", "连续状态的违法行为", Optional.empty(), "")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(),
      List.of(new GeneralRules.Limitation(6, Optional.empty(), "第二十五条"),
          new GeneralRules.Limitation(24, Optional.of("minor"), "示例")),
      List.of(new GeneralRules.ProcedureRule(GeneralRules.Procedure.LEGAL_REVIEW, Optional.empty(),
          Optional.empty(), Optional.of("minor"), "某条")),
      Map.of("offender", PartyKind.PERSON),
      List.of(new Exclusion(List.of("under14", "minor"), "年龄不同"),
          new Exclusion(List.of("young", "young_serious"), ""),
          new Exclusion(List.of("first", "repeat", "long"), "初次与再次不能同时成立")));

  private static final Sanction.Detention DETENTION = new Sanction.Detention(OFFENDER, 10, 14, false);
  private static final Decision TIER = new Decision("s", "E05403B010", "一般", List.of(DETENTION),
      List.of(), "原文");

  private static GeneralEffect effect(Modality modality, Kind kind) {
    return new GeneralEffect(modality, kind);
  }

  private static CaseDecision decide(String... circumstances) {
    return RULES.decide(TIER, GeneralFacts.of(Set.of(circumstances)));
  }

  @Test
  void theImpliedCircumstanceTakesEffectAndItsStepSaysWhatImpliedIt() {
    CaseDecision outcome = decide("young");
    assertEquals(List.of(new Sanction.Detention(OFFENDER, 10, 12, false, false)), outcome.sanctions());
    assertEquals(List.of("已满十四周岁不满十八周岁（由「已满十四周岁不满十六周岁」推出）"),
        outcome.steps().get(0).circumstances());
    assertEquals(Kind.LIGHTER, outcome.steps().get(0).effect().kind());
    assertEquals(List.of("已满十四周岁不满十六周岁"), outcome.steps().get(1).circumstances());
    assertEquals(outcome.steps(), RULES.decide(TIER, GeneralFacts.of(Set.of("已满十四周岁不满十六周岁"))).steps(),
        "given by its label, it implies the same");
  }

  @Test
  void anImplicationPassesThroughACircumstanceWithoutEffect() {
    CaseDecision outcome = decide("young_serious");
    assertEquals(List.of("已满十四周岁不满十八周岁（由「已满十四周岁不满十六周岁的人」推出）"),
        outcome.steps().get(0).circumstances());
    assertEquals(new Sanction.Detention(OFFENDER, 10, 12, false), outcome.sanctions().get(0));
    assertEquals(Kind.NOT_EXECUTED, outcome.options().get(0).effect().kind());
  }

  @Test
  void theLimitationAndTheProceduresSeeTheImpliedCircumstance() {
    GeneralFacts facts = GeneralFacts.of(Set.of("young"))
        .dated(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
    CaseDecision.LimitationCheck limitation = RULES.limitation(facts).orElseThrow();
    assertEquals(24, limitation.months());
    assertEquals(CaseDecision.Verdict.PUNISHED, RULES.decide(TIER, facts).verdict());
    assertEquals(CaseDecision.Status.APPLIES, decide("young").procedures().get(0).status());
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, decide("first").procedures().get(0).status());
  }

  @Test
  void twoCircumstancesOfOneExclusionAreRefusedNamingBothAndTheReason() {
    InvalidGeneralFactsException refused = assertThrows(InvalidGeneralFactsException.class,
        () -> decide("repeat", "first"));
    assertEquals("总则情节「初次违反治安管理」与「一年以内曾受过治安管理处罚」不能同时成立（互斥）：初次与再次不能同时成立",
        refused.getMessage());
    assertEquals("总则情节「已满十四周岁不满十六周岁」与「已满十四周岁不满十六周岁，情节严重」不能同时成立（互斥）",
        assertThrows(InvalidGeneralFactsException.class, () -> decide("young", "young_serious"))
            .getMessage(), "no reason given: none said");
  }

  @Test
  void anImpliedCircumstanceThatBreaksAnExclusionIsRefusedSayingWhatImpliedIt() {
    assertEquals("总则情节「不满十四周岁」与「已满十四周岁不满十八周岁」不能同时成立（互斥）；"
            + "「已满十四周岁不满十八周岁」由「已满十四周岁不满十六周岁的人」推出：年龄不同",
        assertThrows(InvalidGeneralFactsException.class, () -> decide("under14", "young_serious"))
            .getMessage());
    assertThrows(InvalidGeneralFactsException.class, () -> RULES.limitation(
        GeneralFacts.of(Set.of("under14", "young"))), "the limitation alone refuses them too");
  }

  @Test
  void contradictionNamesTheFirstTwoThatHoldAndIgnoresUndeclaredIds() {
    assertEquals(Optional.empty(), RULES.contradiction(List.of("young", "minor", "first", "nowhere")));
    assertEquals(Optional.of("总则情节「初次违反治安管理」与「连续状态的违法行为」不能同时成立（互斥）：初次与再次不能同时成立"),
        RULES.contradiction(List.of("long", "first")));
  }

  @Test
  void anUndeclaredCircumstanceIsStillNamedWhenImplicationsAreDeclared() {
    InvalidGeneralFactsException unknown = assertThrows(InvalidGeneralFactsException.class,
        () -> decide("young", "nowhere"));
    assertEquals("nowhere", unknown.getMessage().substring(8, 15), unknown.getMessage());
  }

  @Test
  void rulesReferringOnlyToDeclaredCircumstancesAreAccepted() {
    GeneralRules rules = new GeneralRules("总则", List.of(
        new Circumstance("a", "甲", Optional.empty(), "", Optional.empty(), List.of("b")),
        new Circumstance("b", "乙", Optional.empty(), "")), List.of(), Optional.empty(), List.of(),
        List.of(), Map.of(), List.of(new Exclusion(List.of("a", "b"), "")));
    assertEquals(List.of("b"), rules.circumstances().get(0).implies());
    assertEquals(Optional.of("总则情节「甲」与「乙」不能同时成立（互斥）；「乙」由「甲」推出"),
        rules.contradiction(List.of("a")));
  }

  @Test
  void rulesReferringToUndeclaredCircumstancesAreRefused() {
    Circumstance lost = new Circumstance("lost", "某情节", Optional.empty(), "", Optional.empty(),
        List.of("nowhere"));
    assertEquals("情节 lost 亦属未声明的情节 nowhere", assertThrows(IllegalArgumentException.class,
        () -> new GeneralRules("总则", List.of(lost), List.of(), Optional.empty(), List.of(),
            List.of(), Map.of())).getMessage());
    Circumstance here = new Circumstance("here", "某情节", Optional.empty(), "");
    assertEquals("互斥声明中有未声明的情节 gone", assertThrows(IllegalArgumentException.class,
        () -> new GeneralRules("总则", List.of(here), List.of(), Optional.empty(), List.of(),
            List.of(), Map.of(), List.of(new Exclusion(List.of("here", "gone"), "")))).getMessage());
    assertEquals("情节 self 不能亦属它自己", assertThrows(IllegalArgumentException.class,
        () -> new Circumstance("self", "某情节", Optional.empty(), "", Optional.empty(),
            List.of("self"))).getMessage());
  }

  @Test
  void rulesWithoutImplicationsOrExclusionsDecideAsBefore() {
    GeneralRules plain = new GeneralRules(RULES.title(), RULES.circumstances().subList(0, 2),
        RULES.adjustments(), RULES.combination(), RULES.limitations(), RULES.procedures(),
        RULES.partyKinds());
    assertEquals(List.of(), plain.exclusions());
    CaseDecision outcome = plain.decide(TIER, GeneralFacts.of(Set.of("under14", "minor")));
    assertEquals(CaseDecision.Verdict.WAIVED, outcome.verdict(), "nothing declares them exclusive");
  }
}
