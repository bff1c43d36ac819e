package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.cailiang.runtime.GeneralRules.Combination;
import org.cailiang.runtime.GeneralRules.Limitation;
import org.cailiang.runtime.GeneralRules.Operator;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.junit.jupiter.api.Test;

/**
 * The paragraph of an outcome, sentence by sentence: each sentence written out by hand from the
 * table decision's own sentence and the pieces the general part adds.
 */
class CaseTextTest {
  private static final String LAW = "《中华人民共和国行政处罚法》";
  private static final Party PERSON = new Party("individual", "个人");
  private static final Sanction.Order ORDER = new Sanction.Order("责令改正");
  private static final Sanction.Fine FINE =
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false);

  private static final List<Circumstance> CIRCUMSTANCES = List.of(
      new Circumstance("repeat", "多次违法",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.HEAVIER)), "第五条"),
      new Circumstance("light", "从轻情节",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "第二条"),
      new Circumstance("mayHeavy", "可以从重情节",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.HEAVIER)), "第四条"),
      new Circumstance("first", "初次违法",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.WAIVE)), "第三十三条第一款"));
  private static final List<Adjustment> ADJUSTMENTS = List.of(
      new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
      new Adjustment(Kind.HEAVIER, Adjustment.Mode.UPPER, BigDecimal.valueOf(50), ""));

  private static GeneralRules rules(Optional<Combination> combination, List<ProcedureRule> rules) {
    return new GeneralRules("总则", CIRCUMSTANCES, ADJUSTMENTS, combination,
        List.of(new Limitation(24, Optional.empty(), "第三十六条")), rules,
        Map.of("individual", GeneralRules.PartyKind.PERSON));
  }

  private static final GeneralRules PLAIN = rules(Optional.empty(), List.of());

  private static Decision tier(Sanction... sanctions) {
    return new Decision("s", "C1B1", "一般", List.of(sanctions), List.of(), "原文");
  }

  private static String text(GeneralRules rules, Decision tier, String... circumstances) {
    return rules.decide(tier, GeneralFacts.of(Set.of(circumstances))).explain();
  }

  @Test
  void withNothingToAddItIsTheTableSentenceAlone() {
    Decision tier = tier(ORDER, FINE);
    assertEquals(tier.explain(), text(PLAIN, tier));
  }

  @Test
  void theLimitationSaysWhetherTheActWasDiscoveredInTime() {
    Decision tier = tier(FINE);
    LocalDate act = LocalDate.of(2022, 3, 1);
    assertEquals(tier.explain() + "违法行为发生于2022-03-01，发现于2024-03-01；追责时效为二年（第三十六条），"
            + "期限的最后一日为2024-03-01，违法行为在该期限内被发现。",
        PLAIN.decide(tier, GeneralFacts.NONE.dated(act, LocalDate.of(2024, 3, 1))).explain());
    // Time-barred: no penalty is given, so the table's penalty is not repeated — the code (here the
    // tier code of a decision built without its violation code), then why.
    assertEquals("C1B1：违法行为发生于2022-03-01，发现于2024-03-02；追责时效为二年（第三十六条），"
            + "期限的最后一日为2024-03-01，违法行为在该期限内未被发现，不再给予行政处罚。",
        PLAIN.decide(tier, GeneralFacts.NONE.dated(act, LocalDate.of(2024, 3, 2))).explain());
  }

  @Test
  void aStepNamesTheCircumstanceItsBasisTheRuleAndEverySanctionAfterIt() {
    Decision tier = tier(ORDER, FINE);
    assertEquals(tier.explain() + "当事人多次违法（第五条），应当从重处罚：在阶次幅度（罚款、拘留）的上段 50% 内处罚，"
        + "即责令改正；对个人处750元以上1000元以下罚款。", text(PLAIN, tier, "repeat"));
  }

  @Test
  void aStepWithoutSanctionsSaysOnlyTheRule() {
    Decision none = tier();
    assertEquals(none.explain() + "当事人多次违法（第五条），应当从重处罚：在阶次幅度（罚款、拘留）的上段 50% 内处罚。",
        text(PLAIN, none, "repeat"));
  }

  @Test
  void anOffsetNamesBothEffectsAndCitesTheCombinationsBasisAfterItsRule() {
    Decision tier = tier(FINE);
    assertEquals(tier.explain() + "当事人多次违法（第五条）、从轻情节（第二条），应当从重处罚："
        + "同时应当从轻处罚，相互抵销，按原阶次幅度裁量（第九条），即对个人处500元以上1000元以下罚款。",
        text(rules(Optional.of(new Combination(Combination.Rule.OFFSET, "第九条")), List.of()),
            tier, "repeat", "light"));
  }

  @Test
  void aCombinationThatDidNotApplyIsNotCited() {
    Decision tier = tier(FINE);
    assertEquals(tier.explain() + "当事人多次违法（第五条），应当从重处罚：在阶次幅度（罚款、拘留）的上段 50% 内处罚，"
        + "即对个人处750元以上1000元以下罚款。",
        text(rules(Optional.of(new Combination(Combination.Rule.OFFSET, "第九条")), List.of()),
            tier, "repeat"));
  }

  @Test
  void anOptionIsOfferedWithItsResultAndAWaiverWithTheEducationDuty() {
    Decision tier = tier(FINE);
    assertEquals(tier.explain() + "当事人可以从重情节（第四条），可以从重处罚（由执法人员决定，未自动适用）："
        + "如适用，对个人处750元以上1000元以下罚款。", text(PLAIN, tier, "mayHeavy"));
    // No order to keep: waiving leaves nothing to list.
    assertEquals(tier.explain() + "当事人初次违法（第三十三条第一款），可以不予处罚（由执法人员决定，未自动适用）。"
        + "如不予行政处罚，行政机关应当对当事人进行教育（《中华人民共和国行政处罚法》第三十三条第三款）。", text(PLAIN, tier, "first"));
  }

  @Test
  void eachProcedureIsWrittenByItsStatusAndOneThatDoesNotApplyIsLeftOut() {
    GeneralRules rules = rules(Optional.empty(), List.of(
        new ProcedureRule(Procedure.LEGAL_REVIEW, Optional.empty(), Optional.empty(),
            Optional.empty(), "第五十八条"),
        new ProcedureRule(Procedure.HEARING,
            Optional.of(new Threshold(Operator.GE, BigDecimal.valueOf(10000))), Optional.empty(),
            Optional.empty(), "第六十三条"),
        new ProcedureRule(Procedure.SIMPLIFIED,
            Optional.of(new Threshold(Operator.LE, BigDecimal.valueOf(200))), Optional.empty(),
            Optional.empty(), "第五十一条")));
    Decision tier = tier(new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(5000, 20000),
        null, false));
    String text = text(rules, tier);
    assertEquals(tier.explain() + "应当在作出决定前进行法制审核（第五十八条）。"
        + "视罚款数额，应当告知当事人有要求听证的权利（罚款1万元以上）（第六十三条）。", text);
    assertFalse(text.contains("简易程序"), text);
  }

  @Test
  void aConfiscationLeavesTheHearingToItsAmountAndAnOptionalSanctionToTheDecision() {
    GeneralRules rules = rules(Optional.empty(), List.of(new ProcedureRule(Procedure.HEARING,
        Optional.of(new Threshold(Operator.GE, BigDecimal.valueOf(10000))), Optional.empty(),
        Optional.empty(), LAW + "第六十三条第一款第（一）项")));
    String weighed = "，是否属于没收较大数额违法所得、较大价值非法财物由本机关依法确定）（" + LAW
        + "第六十三条第一款第（二）项）。";
    Decision confiscated = tier(new Sanction.Confiscation("违法所得", false));
    assertEquals(confiscated.explain() + "视没收数额，应当告知当事人有要求听证的权利（没收违法所得" + weighed,
        text(rules, confiscated));
    Decision mayConfiscate = tier(new Sanction.Confiscation("违法所得", true));
    assertEquals(mayConfiscate.explain() + "视没收数额，应当告知当事人有要求听证的权利（可以没收违法所得"
        + weighed, text(rules, mayConfiscate));
    Decision mayRevoke = tier(new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.REVOKE, "许可证", true));
    assertEquals(mayRevoke.explain() + "如作出该处罚，应当告知当事人有要求听证的权利（可以吊销许可证）（" + LAW
        + "第六十三条第一款第（三）项）。", text(rules, mayRevoke));
  }

  @Test
  void aWaiverEducatesAndNamesNoProcedure() {
    GeneralRules rules = new GeneralRules("总则", List.of(new Circumstance("trivial", "轻微并及时改正",
            Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第三十三条第一款")),
        ADJUSTMENTS, Optional.empty(), List.of(), List.of(new ProcedureRule(
            Procedure.LEGAL_REVIEW, Optional.empty(), Optional.empty(), Optional.empty(), "第五十八条")),
        Map.of());
    Decision tier = tier(ORDER, FINE);
    String text = text(rules, tier, "trivial");
    // Integrator: the tier's fine is not said first, as a 不予行政处罚决定书 cannot say it.
    assertEquals("C1B1（一般）：当事人轻微并及时改正（第三十三条第一款），应当不予处罚：不予行政处罚，保留责令改正等措施，"
        + "即责令改正。" + CaseText.EDUCATION + "。", text);
    assertTrue(rules.decide(tier, GeneralFacts.of(Set.of("trivial"))).procedures().isEmpty());
    // The provisions violated are the duties cited after the penalty article, or that article alone.
    Citation penalty = new Citation("甲条例", "第二十一条", "……");
    Citation duty = new Citation("甲条例", "第七条", "……");
    Decision cited = new Decision("s", "C1B1", "一般", List.of(ORDER, FINE), List.of(penalty, duty), "原文");
    assertTrue(text(rules, cited, "trivial").startsWith("C1B1（一般）：违反《甲条例》第七条的规定。当事人"),
        text(rules, cited, "trivial"));
    Decision alone = new Decision("s", "C1B1", "一般", List.of(ORDER, FINE), List.of(penalty), "原文");
    assertTrue(text(rules, alone, "trivial").startsWith("C1B1（一般）：违反《甲条例》第二十一条的规定。当事人"),
        text(rules, alone, "trivial"));
    GeneralFacts actOnly = GeneralFacts.of(Set.of("trivial")).actOn(java.time.LocalDate.of(2025, 1, 1));
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 1, 1)), actOnly.actDate());
    assertEquals(java.util.Optional.empty(), actOnly.discoveryDate());
    assertEquals(Set.of("trivial"), actOnly.circumstances());
  }
}
