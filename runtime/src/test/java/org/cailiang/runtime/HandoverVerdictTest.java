package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

/**
 * A referral that ends the case (第二十七条) is not an administrative penalty: whatever general
 * circumstances, dates or proposed fine are given, the case is handed over — no step, no
 * procedure flag, no limitation — and the explanation says what happens if it comes back.
 */
class HandoverVerdictTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final Citation ART = new Citation("《测试法》", "第一条", "构成犯罪的，依法追究刑事责任。");

  private static final GeneralRules RULES = new GeneralRules("总则",
      List.of(new Circumstance("minor", "已满十四周岁不满十八周岁",
              Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED)), "第三十条"),
          new Circumstance("under14", "不满十四周岁",
              Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第三十条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(new GeneralRules.Limitation(24, Optional.empty(), "第三十六条")),
      List.of(), Map.of("individual", GeneralRules.PartyKind.PERSON));

  private static final Decision HANDED_OVER =
      Decision.handedOver("s", "C1", "构成犯罪的，依法追究刑事责任", List.of(ART));

  @Test
  void aHandedOverCaseIsNeitherLightenedNorWaivedNorTimeBarred() {
    GeneralFacts facts = GeneralFacts.of(Set.of("minor", "under14"))
        .dated(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
    CaseDecision outcome = RULES.decide(HANDED_OVER, facts, Statute.UNDECLARED);
    assertEquals(CaseDecision.Verdict.HANDED_OVER, outcome.verdict());
    assertEquals(List.of(), outcome.steps());
    assertEquals(List.of(), outcome.options());
    assertEquals(List.of(), outcome.procedures());
    assertEquals(Optional.empty(), outcome.limitation());
    assertEquals(List.of(new Sanction.Referral("构成犯罪的，依法追究刑事责任")), outcome.sanctions());
    assertTrue(outcome.explanation().contains("《中华人民共和国行政处罚法》第二十七条"), outcome.explanation());
    assertTrue(outcome.explanation().endsWith("总则情节此时不适用。"), outcome.explanation());
  }

  @Test
  void anOrdinaryDecisionUnderTheSameRulesIsStillLightened() {
    Decision tier = new Decision("s", "C1B1", "一般",
        List.of(new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(1000, 2000), null, false)), List.of(ART), "原文");
    CaseDecision outcome = RULES.decide(tier, GeneralFacts.of(Set.of("minor")), Statute.of(tier.sanctions()));
    assertEquals(CaseDecision.Verdict.PUNISHED, outcome.verdict());
    assertEquals(1, outcome.steps().size());
  }
}
