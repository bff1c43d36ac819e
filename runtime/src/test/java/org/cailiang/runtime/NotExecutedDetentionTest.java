package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.CaseDecision.Step;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.junit.jupiter.api.Test;

/**
 * 治安管理处罚法第二十三条: a detention decided and not executed. The step comes after every
 * range has moved, marks each detention (also one an alternative offers) and nothing else, and
 * is absent when there is no detention; 可以 offers it; a waiver wins.
 */
class NotExecutedDetentionTest {
  private static final Party OFFENDER = new Party("offender", "违法行为人");
  private static final GeneralEffect SHALL_NOT_EXECUTED =
      new GeneralEffect(Modality.SHALL, Kind.NOT_EXECUTED);

  private static final GeneralRules RULES = new GeneralRules("总则", List.of(
      new Circumstance("old", "七十周岁以上", Optional.of(SHALL_NOT_EXECUTED), "第二十三条第一款第（三）项"),
      new Circumstance("young", "已满十四周岁不满十六周岁", Optional.of(SHALL_NOT_EXECUTED), "第二十三条第一款第（一）项"),
      new Circumstance("minor", "已满十四周岁不满十八周岁",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "第十二条"),
      new Circumstance("under14", "不满十四周岁",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第十二条"),
      new Circumstance("maybe", "可以不执行的情形",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.NOT_EXECUTED)), "某条"),
      new Circumstance("mayLight", "可以从轻的情形",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.LIGHTER)), "某条"),
      new Circumstance("minor1416", "已满十四周岁不满十六周岁", Optional.of(SHALL_NOT_EXECUTED),
          "《中华人民共和国治安管理处罚法》第二十三条第一款第（一）项、《中华人民共和国治安管理处罚法》第二十四条"),
      new Circumstance("minor1618", "已满十六周岁不满十八周岁，初次违反治安管理", Optional.of(SHALL_NOT_EXECUTED),
          "《中华人民共和国治安管理处罚法》第二十三条第一款第（二）项、《中华人民共和国治安管理处罚法》第二十四条"),
      new Circumstance("minorSerious", "已满十四周岁不满十六周岁，情节严重",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.NOT_EXECUTED)),
          "《中华人民共和国治安管理处罚法》第二十三条第二款、《中华人民共和国治安管理处罚法》第二十四条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(), List.of(
          new GeneralRules.ProcedureRule(GeneralRules.Procedure.HEARING, Optional.empty(),
              Optional.empty(), Optional.of("minorSerious"), "第一百一十七条第二款"),
          new GeneralRules.ProcedureRule(GeneralRules.Procedure.LEGAL_REVIEW, Optional.empty(),
              Optional.empty(), Optional.of("minor"), "第一百一十四条")),
      Map.of("offender", GeneralRules.PartyKind.PERSON));

  private static final Sanction.Detention TEN_TO_FIFTEEN = new Sanction.Detention(OFFENDER, 10, 15, false);
  private static final Sanction.Fine FINE = new Sanction.Fine(List.of(OFFENDER), false,
      MoneyRange.of(500, 1000), null, false);
  private static final Sanction.Order ORDER = new Sanction.Order("予以取缔");

  private static CaseDecision decide(List<Sanction> sanctions, String... circumstances) {
    Decision tier = new Decision("s", "E05403B010", "一般", sanctions, List.of(), "原文");
    return RULES.decide(tier, GeneralFacts.of(Set.of(circumstances)), Statute.of(sanctions));
  }

  @Test
  void theDetentionIsDecidedAndNotExecutedWhileTheFineAndOrderStand() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE, ORDER), "old");
    assertEquals(CaseDecision.Verdict.PUNISHED, outcome.verdict());
    assertEquals(List.of(new Sanction.Detention(OFFENDER, 10, 15, false, false), FINE, ORDER),
        outcome.sanctions());
    Step step = outcome.steps().get(0);
    assertEquals(List.of("七十周岁以上"), step.circumstances());
    assertEquals(SHALL_NOT_EXECUTED, step.effect());
    assertEquals("第二十三条第一款第（三）项", step.basis());
    assertEquals(List.of(TEN_TO_FIFTEEN, FINE, ORDER), step.before());
    assertEquals(GeneralDecider.NOT_EXECUTED_RULE, step.rule());
    assertTrue(outcome.explanation().contains("当事人七十周岁以上（第二十三条第一款第（三）项），应当不执行行政拘留处罚："
        + "决定给予的行政拘留处罚不执行，即对违法行为人处10日以上15日以下拘留（不执行）"),
        outcome.explanation());
  }

  @Test
  void itComesAfterTheRangeMovedAndIsOneStepForEveryCircumstance() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE), "young", "minor", "old");
    assertEquals(2, outcome.steps().size());
    assertEquals(Kind.LIGHTER, outcome.steps().get(0).effect().kind());
    // Circumstances in the general part's order, not the order given.
    assertEquals(List.of("七十周岁以上", "已满十四周岁不满十六周岁"), outcome.steps().get(1).circumstances());
    assertEquals("第二十三条第一款第（三）项、第二十三条第一款第（一）项", outcome.steps().get(1).basis());
    assertEquals(List.of(new Sanction.Detention(OFFENDER, 10, 12, false, false),
        new Sanction.Fine(List.of(OFFENDER), false, MoneyRange.of(500, 750), null, false)),
        outcome.sanctions());
  }

  @Test
  void aDetentionAnAlternativeOffersIsMarkedToo() {
    Sanction either = new Sanction.Alternative(List.of(TEN_TO_FIFTEEN, FINE), true);
    CaseDecision outcome = decide(List.of(either), "old");
    assertEquals(List.of(new Sanction.Alternative(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE), true)),
        outcome.sanctions());
  }

  @Test
  void withoutADetentionThereIsNoStep() {
    CaseDecision outcome = decide(List.of(FINE, ORDER), "old");
    assertTrue(outcome.steps().isEmpty());
    assertEquals(List.of(FINE, ORDER), outcome.sanctions());
    assertTrue(outcome.options().isEmpty());
    assertFalse(decide(List.of(FINE), "maybe").options().stream().anyMatch(o -> true));
  }

  @Test
  void aWaiverWinsAndNothingIsDetained() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, ORDER), "under14", "old");
    assertEquals(CaseDecision.Verdict.WAIVED, outcome.verdict());
    assertEquals(List.of(ORDER), outcome.sanctions());
    assertEquals(1, outcome.steps().size());
  }

  @Test
  void mayNotExecuteIsOfferedNeverApplied() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE), "maybe");
    assertEquals(List.of(TEN_TO_FIFTEEN, FINE), outcome.sanctions());
    assertEquals(1, outcome.options().size());
    assertEquals(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE), outcome.options().get(0).result());
    assertTrue(outcome.explanation().contains("可以不执行行政拘留处罚（由执法人员决定，未自动适用）"),
        outcome.explanation());
  }

  @Test
  void anOptionThatMovesTheRangeKeepsTheDetentionUnexecuted() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN), "old", "mayLight");
    assertEquals(List.of(new Sanction.Detention(OFFENDER, 10, 12, false, false)),
        outcome.options().get(0).result());
  }

  @Test
  void theDetentionSaysItIsNotExecuted() {
    assertTrue(TEN_TO_FIFTEEN.executed());
    assertFalse(TEN_TO_FIFTEEN.notExecuted().executed());
    assertEquals("对违法行为人处10日以上15日以下拘留", TEN_TO_FIFTEEN.toChinese());
    assertEquals("对违法行为人处10日以上15日以下拘留（不执行）", TEN_TO_FIFTEEN.notExecuted().toChinese());
    assertEquals("应当不执行行政拘留处罚", SHALL_NOT_EXECUTED.label());
    assertFalse(Kind.NOT_EXECUTED.lighter());
  }

  @Test
  void jsonWritesExecutedOnlyWhenFalse() {
    Decision tier = new Decision("s", "E05403B010", "一般", List.of(TEN_TO_FIFTEEN.notExecuted(),
        new Sanction.Detention(OFFENDER, 1, 5, false)), List.of(), "原文");
    String json = tier.toJson();
    assertTrue(json.contains("\"maxDays\": 15,\n      \"executed\": false"), json);
    assertEquals(1, json.split("\"executed\"", -1).length - 1, json);
  }

  private static final Sanction.Order EDUCATION =
      new Sanction.Order("依照《中华人民共和国预防未成年人犯罪法》的规定采取相应矫治教育等措施");

  @Test
  void aMinorsDetentionNotExecutedBringsTheEducationOfArticle24Once() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE, ORDER), "minor1416", "minor1618");
    assertEquals(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE, ORDER, EDUCATION), outcome.sanctions());
    // Without 第二十四条 in the basis (七十周岁以上) there is no such measure.
    assertEquals(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE, ORDER),
        decide(List.of(TEN_TO_FIFTEEN, FINE, ORDER), "old").sanctions());
  }

  @Test
  void theExceptionOffersNotExecutingWithTheEducationAndExecutesMeanwhile() {
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE), "minorSerious");
    assertEquals(List.of(TEN_TO_FIFTEEN, FINE), outcome.sanctions());
    assertEquals(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE, EDUCATION), outcome.options().get(0).result());
  }
  @Test
  void mayNotExecuteBesideShallIsNotOfferedAgain() {
    // 应当 already spares the detention: an option with the same result would offer nothing.
    CaseDecision outcome = decide(List.of(TEN_TO_FIFTEEN, FINE), "old", "maybe");
    assertEquals(List.of(TEN_TO_FIFTEEN.notExecuted(), FINE), outcome.sanctions());
    assertTrue(outcome.options().isEmpty(), outcome.options().toString());
  }
  private static CaseDecision.ProcedureFlag flag(CaseDecision outcome, GeneralRules.Procedure p) {
    return outcome.procedure(p).orElseThrow();
  }

  @Test
  void aProcedureForADetentionThatMayBeExecutedAppliesOnlyWhenOneIs() {
    // 第一百一十七条第二款: 可能执行行政拘留的未成年人.
    CaseDecision executed = decide(List.of(TEN_TO_FIFTEEN, FINE), "minorSerious");
    assertEquals(CaseDecision.Status.APPLIES, flag(executed, GeneralRules.Procedure.HEARING).status());
    assertEquals("情节：已满十四周岁不满十六周岁，情节严重，可能执行行政拘留",
        flag(executed, GeneralRules.Procedure.HEARING).trigger());
    CaseDecision spared = decide(List.of(TEN_TO_FIFTEEN, FINE), "minorSerious", "minor1416");
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, flag(spared, GeneralRules.Procedure.HEARING).status());
    assertEquals("本案没有须执行的行政拘留", flag(spared, GeneralRules.Procedure.HEARING).trigger());
    CaseDecision fineOnly = decide(List.of(FINE), "minorSerious");
    assertEquals(CaseDecision.Status.DOES_NOT_APPLY, flag(fineOnly, GeneralRules.Procedure.HEARING).status());
    CaseDecision either = decide(List.of(new Sanction.Alternative(List.of(TEN_TO_FIFTEEN, FINE), false)),
        "minorSerious");
    assertEquals(CaseDecision.Status.DEPENDS_ON_SANCTION,
        flag(either, GeneralRules.Procedure.HEARING).status());
    CaseDecision optional = decide(List.of(new Sanction.Detention(OFFENDER, 10, 15, true), FINE),
        "minorSerious");
    assertEquals(CaseDecision.Status.DEPENDS_ON_SANCTION,
        flag(optional, GeneralRules.Procedure.HEARING).status());
  }

  @Test
  void aProcedureTriggeredByAnotherEffectIsUnchanged() {
    CaseDecision outcome = decide(List.of(FINE), "minor");
    assertEquals(CaseDecision.Status.APPLIES, flag(outcome, GeneralRules.Procedure.LEGAL_REVIEW).status());
    assertEquals("情节：已满十四周岁不满十八周岁", flag(outcome, GeneralRules.Procedure.LEGAL_REVIEW).trigger());
  }
}
