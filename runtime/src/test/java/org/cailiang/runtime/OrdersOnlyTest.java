package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.cailiang.runtime.GeneralRules.Operator;
import org.junit.jupiter.api.Test;

/**
 * A tier of orders only ("责令改正；拒不改正的，处…罚款" before the refusal) is no penalty
 * (行政处罚法第二条、第九条): legal review found it given as 给予行政处罚 with 简易程序 flagged.
 */
class OrdersOnlyTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final Sanction.Order ORDER = new Sanction.Order("责令改正");

  private static final GeneralRules RULES = new GeneralRules("总则",
      List.of(new Circumstance("light", "从轻情节",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "第三十二条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(),
      List.of(new ProcedureRule(Procedure.SIMPLIFIED,
              Optional.of(new Threshold(Operator.LE, BigDecimal.valueOf(200))), Optional.empty(),
              Optional.empty(), "第五十一条"),
          new ProcedureRule(Procedure.COLLECTIVE, Optional.empty(), Optional.empty(),
              Optional.empty(), "第五十七条")),
      Map.of("individual", GeneralRules.PartyKind.PERSON));

  private static Decision tier(Sanction... sanctions) {
    return new Decision("s", "C1B1", "首次发现", List.of(sanctions), List.of(), "责令改正。");
  }

  @Test
  void ordersAloneAreNoPenaltyWithNoStepsOptionsOrProcedures() {
    Decision tier = tier(ORDER, new Sanction.Referral("构成犯罪的，依法追究刑事责任"));
    assertEquals(List.of("总则情节「从轻情节」：本阶次没有行政处罚，不适用"),
        RULES.decide(tier, GeneralFacts.of(Set.of("light"))).unresolved(), "a circumstance is said not to apply");
    org.junit.jupiter.api.Assertions.assertThrows(InvalidGeneralFactsException.class,
        () -> RULES.decide(tier, GeneralFacts.NONE.proposing(BigDecimal.valueOf(100))), "no fine to propose");
    for (GeneralFacts facts : List.of(GeneralFacts.NONE, GeneralFacts.of(Set.of("light")))) {
      CaseDecision outcome = RULES.decide(tier, facts);
      assertEquals(CaseDecision.Verdict.ORDERS_ONLY, outcome.verdict());
      assertEquals(tier.sanctions(), outcome.sanctions());
      assertTrue(outcome.steps().isEmpty() && outcome.options().isEmpty()
          && outcome.procedures().isEmpty(), outcome.toString());
      assertTrue(outcome.explanation().startsWith("C1B1（首次发现）：责令改正；构成犯罪的，依法追究刑事责任。本阶次只有责令改正等措施，没有行政处罚（《中华人民共和国行政处罚法》"
          + "第二条、第九条），不作行政处罚决定，总则的从轻、减轻、从重和程序规定不适用。"), outcome.explanation());
    }
    assertEquals("只有责令改正等措施，不是行政处罚，不作行政处罚决定",
        CaseDecision.Verdict.ORDERS_ONLY.label());
  }

  @Test
  void anyPenaltyEvenOneTheOfficerMayChooseIsPunished() {
    Sanction fine = new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(100, 200), null, true);
    for (Sanction penalty : List.of(new Sanction.Warning(false), new Sanction.Criticism(true), fine,
        new Sanction.Confiscation("违法所得", true),
        new Sanction.Suspension("责令停产停业", true),
        new Sanction.Alternative(List.of(new Sanction.Warning(false), fine), false))) {
      assertEquals(CaseDecision.Verdict.PUNISHED, RULES.decide(tier(ORDER, penalty),
          GeneralFacts.NONE).verdict(), penalty.toString());
    }
    assertEquals(CaseDecision.Verdict.ORDERS_ONLY, RULES.decide(
        tier(new Sanction.Alternative(List.of(ORDER, new Sanction.Order("限期拆除")), false)),
        GeneralFacts.NONE).verdict(), "a choice between orders is still orders");
  }

  @Test
  void aTierWithoutOrdersIsNotOrdersOnly() {
    assertEquals(CaseDecision.Verdict.PUNISHED, RULES.decide(tier(), GeneralFacts.NONE).verdict());
    assertEquals(CaseDecision.Verdict.PUNISHED, RULES.decide(
        tier(new Sanction.Referral("构成犯罪的，依法追究刑事责任")), GeneralFacts.NONE).verdict());
  }

  /** Legal review: a time-barred tier of orders lost them without a word. */
  @Test
  void aTimeBarredTierNamesItsOrdersForTheOfficer() {
    GeneralRules barring = new GeneralRules("总则", List.of(), List.of(), Optional.empty(),
        List.of(new GeneralRules.Limitation(24, Optional.empty(), "《中华人民共和国行政处罚法》第三十六条")),
        List.of(), Map.of());
    GeneralFacts late = GeneralFacts.NONE.dated(java.time.LocalDate.of(2020, 1, 1),
        java.time.LocalDate.of(2023, 1, 1));
    CaseDecision barred = barring.decide(tier(ORDER, new Sanction.Order("限期拆除")), late);
    assertEquals(CaseDecision.Verdict.TIME_BARRED, barred.verdict());
    assertEquals(List.of(), barred.sanctions());
    assertEquals(List.of("追责时效只限于行政处罚（《中华人民共和国行政处罚法》第三十六条）；阶次中的责令改正、限期拆除"
        + "不是行政处罚，违法状态仍然存在时是否责令改正，由执法人员依法判断"), barred.unresolved());
    assertTrue(barred.explanation().contains("阶次中的责令改正、限期拆除不是行政处罚"), barred.explanation());
    Sanction fine = new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(100, 200), null, false);
    assertEquals(List.of(), barring.decide(tier(fine), late).unresolved(), "no order: nothing to say");
  }

  /**
   * Integrator: a time-barred or waived C05846 lost its referrals (构成犯罪的，依法追究刑事责任):
   * no penalties, so 第三十六条 does not bar them and 不予 does not waive them.
   */
  @Test
  void referralsOutliveTheLimitationAndTheWaiver() {
    GeneralRules barring = new GeneralRules("总则", List.of(new Circumstance("no_fault", "没有主观过错",
            Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "《中华人民共和国行政处罚法》第三十三条第二款")),
        List.of(), Optional.empty(),
        List.of(new GeneralRules.Limitation(24, Optional.empty(), "《中华人民共和国行政处罚法》第三十六条")),
        List.of(), Map.of());
    Sanction fine = new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(100, 200), null, false);
    Sanction.Referral crime = new Sanction.Referral("构成犯罪的，依法追究刑事责任");
    Sanction.Referral police = new Sanction.Referral("构成违反治安管理行为的，由公安机关依法处罚");
    CaseDecision barred = barring.decide(tier(fine, police, crime), GeneralFacts.NONE.dated(
        java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2023, 1, 1)));
    assertEquals(CaseDecision.Verdict.TIME_BARRED, barred.verdict());
    assertEquals(List.of("追责时效只限于行政处罚（《中华人民共和国行政处罚法》第三十六条）；阶次中的移送提示（"
        + "构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任）是移送有关机关依法处理，不是本案的"
        + "行政处罚，是否移送，由执法人员依法判断"), barred.unresolved());
    assertTrue(barred.needsOfficer());
    CaseDecision both = barring.decide(tier(ORDER, fine, crime), GeneralFacts.NONE.dated(
        java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2023, 1, 1)));
    assertEquals(List.of("追责时效只限于行政处罚（《中华人民共和国行政处罚法》第三十六条）；阶次中的责令改正不是行政处罚，"
        + "违法状态仍然存在时是否责令改正，由执法人员依法判断；阶次中的移送提示（构成犯罪的，依法追究刑事责任）是移送"
        + "有关机关依法处理，不是本案的行政处罚，是否移送，由执法人员依法判断"), both.unresolved());

    CaseDecision waived = barring.decide(tier(ORDER, fine, crime), GeneralFacts.of(Set.of("no_fault")));
    assertEquals(CaseDecision.Verdict.WAIVED, waived.verdict());
    assertEquals(List.of(ORDER, crime), waived.sanctions());
    assertEquals("不予行政处罚，保留责令改正等措施与移送提示", waived.steps().get(0).rule());
    assertEquals("不予行政处罚，保留责令改正等措施",
        barring.decide(tier(ORDER, fine), GeneralFacts.of(Set.of("no_fault"))).steps().get(0).rule());
  }

  /** Legal review: 不满十四周岁 on an orders-only tier lost 第三十条's 责令监护人加以管教. */
  @Test
  void aChildUnderFourteenStillGetsTheGuardiansOrder() {
    GeneralRules child = new GeneralRules("总则", List.of(new Circumstance("under14", "不满十四周岁",
            Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)),
            "《中华人民共和国行政处罚法》第三十条"),
        new Circumstance("light", "从轻情节", Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)),
            "《中华人民共和国行政处罚法》第三十条")),
        List.of(), Optional.empty(), List.of(), List.of(), Map.of());
    CaseDecision outcome = child.decide(tier(ORDER), GeneralFacts.of(Set.of("under14")));
    assertEquals(CaseDecision.Verdict.ORDERS_ONLY, outcome.verdict());
    assertEquals(List.of(ORDER, new Sanction.Order("责令监护人加以管教")), outcome.sanctions());
    assertEquals(List.of("总则情节「不满十四周岁」：本阶次没有行政处罚，无须不予；依《中华人民共和国行政处罚法》第三十条，"
        + "责令监护人加以管教"), outcome.unresolved(), "said once, with the order (re-review)");
    assertEquals(List.of("总则情节「从轻情节」：本阶次没有行政处罚，不适用",
            "总则情节「不满十四周岁」：本阶次没有行政处罚，无须不予；依《中华人民共和国行政处罚法》第三十条，责令监护人加以管教"),
        child.decide(tier(ORDER), GeneralFacts.of(Set.of("under14", "light"))).unresolved());
    assertTrue(outcome.explanation().endsWith("依《中华人民共和国行政处罚法》第三十条，责令监护人加以管教。"),
        outcome.explanation());
    assertEquals(List.of(ORDER), child.decide(tier(ORDER), GeneralFacts.of(Set.of("light"))).sanctions(),
        "only a waiver's basis orders the guardian");
  }

  @Test
  void anExemptTierStaysWaived() {
    Decision exempt = tier(ORDER, new Sanction.NoPenalty("不予行政处罚", List.of()));
    assertEquals(CaseDecision.Verdict.WAIVED, RULES.decide(exempt, GeneralFacts.NONE).verdict());
  }

  @Test
  void anotherVersionsRulesAddNoNoteToOrdersOnly() {
    CaseDecision outcome = RULES.decide(tier(ORDER), GeneralFacts.of(Set.of("light")));
    GeneralRules other = new GeneralRules("旧总则", List.of(), List.of(), Optional.empty(),
        List.of(), List.of(), Map.of());
    assertEquals(outcome, RULES.weighedAgainst(other, "旧版本", outcome,
        GeneralFacts.of(Set.of("light"))));
  }
}
