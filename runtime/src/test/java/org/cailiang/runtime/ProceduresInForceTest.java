package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.cailiang.runtime.GeneralRules.Operator;
import org.cailiang.runtime.TimedDecision.Ground;
import org.cailiang.runtime.OneTierVersions.Fixed;
import org.cailiang.runtime.OneTierVersions.Version;
import org.junit.jupiter.api.Test;

/**
 * 程序从新: an act before the new version, decided after it, keeps the old version's substance
 * (the old one is not heavier) and takes the new version's procedures — a hearing from 2000 元 in
 * the old general part, from 4000 元 in the new one (治安管理处罚法 2012 第九十八条, 2025
 * 第一百一十七条).
 */
class ProceduresInForceTest {
  private static GeneralRules rules(String title, long hearingFrom, String basis) {
    return new GeneralRules(title, List.of(), List.of(), Optional.empty(), List.of(),
        List.of(new ProcedureRule(Procedure.HEARING,
            Optional.of(new Threshold(Operator.GE, BigDecimal.valueOf(hearingFrom))),
            Optional.empty(), Optional.empty(), basis)),
        Map.of("p", GeneralRules.PartyKind.PERSON));
  }

  private static final GeneralRules OLD = rules("旧总则", 2000, "旧法第九十八条");
  private static final GeneralRules NEW = rules("新总则", 4000, "新法第一百一十七条");

  private static Standards chain(GeneralRules newRules) {
    return Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 5000, OLD))),
        // Heavier: the old version's substance applies.
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 500, 8000, newRules))));
  }

  private static final GeneralFacts PROPOSING_3000 =
      GeneralFacts.NONE.proposing(BigDecimal.valueOf(3000));

  private static ProcedureFlag hearing(CaseDecision outcome) {
    return outcome.procedure(Procedure.HEARING).orElseThrow();
  }

  @Test
  void theOldSubstanceIsDecidedUnderTheNewProcedures() {
    TimedCaseDecision outcome = chain(NEW).evaluate("X00001", Map.of(),
        LocalDate.parse("2025-06-01"), LocalDate.parse("2026-03-01"), PROPOSING_3000);
    assertEquals(Ground.OLD_NOT_LIGHTER, outcome.timed().ground());
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals("v1", general.decision().standardId());
    assertEquals(MoneyRange.of(500, 5000), ((Sanction.Fine) general.sanctions().get(0)).range());
    ProcedureFlag hearing = hearing(general);
    assertEquals(Status.DOES_NOT_APPLY, hearing.status());
    assertEquals("新法第一百一十七条", hearing.basis());
    assertTrue(general.explanation().endsWith(
        "以上程序依作出处罚决定时施行的新总则的规定（实体问题适用旧法规定，程序问题适用新法规定）。"),
        general.explanation());
    // Under its own general part alone the old version would have called for a hearing.
    CaseDecision own = OLD.decide(general.decision(), PROPOSING_3000);
    assertEquals(Status.APPLIES, hearing(own).status());
    assertFalse(own.explanation().contains("程序问题适用新法规定"), own.explanation());
  }

  @Test
  void aCaseDecidedWhileItsVersionIsInForceKeepsItsOwnProcedures() {
    TimedCaseDecision outcome = chain(NEW).evaluate("X00001", Map.of(),
        LocalDate.parse("2025-06-01"), LocalDate.parse("2025-09-01"), PROPOSING_3000);
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals(Status.APPLIES, hearing(general).status());
    assertEquals("旧法第九十八条", hearing(general).basis());
  }

  @Test
  void withoutAGeneralPartInForceTheOwnProceduresStand() {
    TimedCaseDecision outcome = chain(null).evaluate("X00001", Map.of(),
        LocalDate.parse("2025-06-01"), LocalDate.parse("2026-03-01"), PROPOSING_3000);
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals("旧法第九十八条", hearing(general).basis());
  }

  @Test
  void anOutcomeWithoutAPenaltyIsReturnedAsItIs() {
    Decision exempt = new Decision("v1", "X00001B010", "一般",
        List.of(new Sanction.NoPenalty("不予处罚", List.of())), List.of(), "");
    CaseDecision waived = OLD.decide(exempt, GeneralFacts.NONE);
    assertSame(waived, OLD.withProceduresOf(NEW, waived, GeneralFacts.NONE));
  }

  @Test
  void thePartiesKeepTheKindTheirOwnStandardGivesThem() {
    GeneralRules kindless = new GeneralRules("新总则", List.of(), List.of(), Optional.empty(),
        List.of(), List.of(new ProcedureRule(Procedure.HEARING,
            Optional.of(new Threshold(Operator.GE, BigDecimal.valueOf(4000))),
            Optional.of(GeneralRules.PartyKind.PERSON), Optional.empty(), "新法")), Map.of());
    Decision tier = new Fixed("v1", 500, 5000, OLD).evaluate(Map.of());
    GeneralFacts proposing5000 = GeneralFacts.NONE.proposing(BigDecimal.valueOf(5000));
    CaseDecision outcome = OLD.withProceduresOf(kindless, OLD.decide(tier, proposing5000),
        proposing5000);
    // The person, declared by the old standard only: the rule for persons applies, not "视当事人…".
    assertEquals(Status.APPLIES, hearing(outcome).status());
  }
  private static GeneralRules withAged(GeneralRules base, Optional<GeneralEffect> effect) {
    List<GeneralRules.Circumstance> circumstances = effect.isEmpty() ? List.of()
        : List.of(new GeneralRules.Circumstance("aged", "七十周岁以上，情节严重", effect, "某条"));
    return new GeneralRules(base.title(), circumstances, List.of(), Optional.empty(),
        List.of(new GeneralRules.Limitation(6, Optional.empty(), "时效条")), base.procedures(),
        base.partyKinds());
  }

  private static final Optional<GeneralEffect> SHALL_NOT_EXECUTED = Optional.of(
      new GeneralEffect(GeneralEffect.Modality.SHALL, GeneralEffect.Kind.NOT_EXECUTED));
  private static final Optional<GeneralEffect> MAY_NOT_EXECUTED = Optional.of(
      new GeneralEffect(GeneralEffect.Modality.MAY, GeneralEffect.Kind.NOT_EXECUTED));

  private static CaseDecision oldOutcome(GeneralRules oldRules, GeneralRules newRules) {
    Standards chain = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 5000, oldRules))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 500, 8000, newRules))));
    TimedCaseDecision outcome = chain.evaluate("X00001", Map.of(), LocalDate.parse("2025-06-01"),
        LocalDate.parse("2026-03-01"), GeneralFacts.of(Set.of("aged")).proposing(BigDecimal.valueOf(3000)));
    assertEquals(Ground.OLD_NOT_LIGHTER, outcome.timed().ground());
    return outcome.outcomes().get(0).general().orElseThrow();
  }

  private static final String WEIGH = "总则情节「七十周岁以上，情节严重」在《裁量基准v2》（v2）所用的总则中效果不同或者没有规定："
      + "裁量基准的版本只按阶次选定，新旧规定对本案孰轻，须由执法人员依照《中华人民共和国行政处罚法》第三十七条判断";

  @Test
  void aCircumstanceTheOtherVersionTreatsOtherwiseIsLeftToTheOfficerToWeigh() {
    // 2012 第二十一条 has no exception (应当不执行); 2025 第二十三条第二款 makes it 可以.
    CaseDecision general = oldOutcome(withAged(OLD, SHALL_NOT_EXECUTED), withAged(NEW, MAY_NOT_EXECUTED));
    assertEquals(List.of(WEIGH), general.unresolved());
    assertTrue(general.needsOfficer());
    // The note first, then the flags of the law in force when deciding, each said once.
    assertTrue(general.explanation().contains(WEIGH + "。"), general.explanation());
    assertEquals(1, general.explanation().split("第三十七条判断", -1).length - 1, general.explanation());
    assertEquals("新法第一百一十七条", hearing(general).basis());
    assertTrue(general.explanation().endsWith("（实体问题适用旧法规定，程序问题适用新法规定）。"),
        general.explanation());
    // Not declared at all in the other version: the same.
    assertEquals(List.of(WEIGH),
        oldOutcome(withAged(OLD, SHALL_NOT_EXECUTED), withAged(NEW, Optional.empty())).unresolved());
  }

  @Test
  void theSameEffectInBothVersionsNeedsNoWeighing() {
    CaseDecision general = oldOutcome(withAged(OLD, SHALL_NOT_EXECUTED), withAged(NEW, SHALL_NOT_EXECUTED));
    assertTrue(general.unresolved().isEmpty(), general.unresolved().toString());
  }

  @Test
  void aTimeBarredOutcomeIsNotWeighed() {
    GeneralRules rules = withAged(OLD, SHALL_NOT_EXECUTED);
    Decision tier = new Fixed("v1", 500, 5000, rules).evaluate(Map.of());
    GeneralFacts late = GeneralFacts.of(Set.of("aged"))
        .dated(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"));
    CaseDecision barred = rules.decide(tier, late);
    assertEquals(CaseDecision.Verdict.TIME_BARRED, barred.verdict());
    assertSame(barred, rules.weighedAgainst(withAged(NEW, MAY_NOT_EXECUTED), "新", barred, late));
    // The same procedures in both general parts: nothing to move, nothing said.
    CaseDecision punished = rules.decide(tier, GeneralFacts.of(Set.of("aged")));
    assertSame(punished, rules.withProceduresOf(withAged(OLD, MAY_NOT_EXECUTED), punished,
        GeneralFacts.of(Set.of("aged"))));
  }
  @Test
  void theNewVersionChosenIsWeighedAgainstTheOldOneAndEachNoteIsSaidOnce() {
    GeneralRules oldRules = withAged(OLD, SHALL_NOT_EXECUTED);
    GeneralRules newRules = withAged(NEW, MAY_NOT_EXECUTED);
    Standards chain = Standards.of(
        new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
            List.of(new Fixed("v1", 500, 5000, oldRules))),
        new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
            List.of(new Fixed("v2", 500, 3000, newRules))));
    GeneralFacts aged = GeneralFacts.of(Set.of("aged"));
    TimedCaseDecision outcome = chain.evaluate("X00001", Map.of(), LocalDate.parse("2025-06-01"),
        LocalDate.parse("2026-03-01"), aged);
    assertEquals(Ground.NEW_LIGHTER, outcome.timed().ground());
    CaseDecision general = outcome.outcomes().get(0).general().orElseThrow();
    assertEquals(List.of(WEIGH.replace("《裁量基准v2》（v2）", "《裁量基准v1》（v1）")), general.unresolved());
    assertSame(general, newRules.weighedAgainst(oldRules, "《裁量基准v1》（v1）", general, aged));
  }

  @Test
  void severalCircumstancesAreNamedInTheGeneralPartsOrder() {
    GeneralRules.Circumstance second = new GeneralRules.Circumstance("b", "乙情节",
        SHALL_NOT_EXECUTED, "某条");
    GeneralRules.Circumstance first = new GeneralRules.Circumstance("a", "甲情节",
        SHALL_NOT_EXECUTED, "某条");
    GeneralRules mine = new GeneralRules("总则", List.of(second, first), List.of(), Optional.empty(),
        List.of(), List.of(), Map.of());
    Decision tier = new Fixed("v1", 500, 5000, mine).evaluate(Map.of());
    GeneralFacts both = GeneralFacts.of(Set.of("a", "b"));
    CaseDecision outcome = mine.weighedAgainst(withAged(NEW, Optional.empty()), "《另一版本》",
        mine.decide(tier, both), both);
    assertTrue(outcome.unresolved().get(0).startsWith("总则情节「乙情节」「甲情节」在《另一版本》所用的总则中"),
        outcome.unresolved().toString());
  }
}
