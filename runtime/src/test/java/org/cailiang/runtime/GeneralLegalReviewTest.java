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
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.Limitation;
import org.cailiang.runtime.GeneralRules.Operator;
import org.cailiang.runtime.GeneralRules.PartyKind;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.junit.jupiter.api.Test;

/** What a 法制审核 reviewer found wrong in the general part's texts and procedure flags. */
class GeneralLegalReviewTest {
  private static final String LAW = "《中华人民共和国行政处罚法》";
  private static final Party PERSON = new Party("individual", "个人");
  private static final Party UNIT = new Party("unit", "单位");
  private static final GeneralRules RULES = new GeneralRules("行政处罚法总则",
      List.of(
          circumstance("under14", "不满十四周岁", Modality.SHALL, Kind.WAIVE,
              LAW + "第三十条（责令监护人加以管教）"),
          circumstance("insane", "系精神病人", Modality.SHALL, Kind.WAIVE, LAW + "第三十一条"),
          circumstance("minor", "已满十四周岁不满十八周岁", Modality.SHALL,
              Kind.LIGHTER_OR_REDUCED, LAW + "第三十条"),
          circumstance("coerced", "受他人胁迫", Modality.SHALL, Kind.LIGHTER_OR_REDUCED,
              LAW + "第三十二条第（二）项"),
          circumstance("first", "初次违法", Modality.MAY, Kind.WAIVE, LAW + "第三十三条第一款"),
          new Circumstance("complex", "情节复杂", Optional.empty(), "")),
      List.of(
          new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.HEAVIER, Adjustment.Mode.UPPER, BigDecimal.valueOf(50), "")),
      Optional.empty(),
      List.of(new Limitation(24, Optional.empty(), LAW + "第三十六条")),
      List.of(
          new ProcedureRule(Procedure.HEARING,
              Optional.of(new Threshold(Operator.GE, BigDecimal.valueOf(10000))),
              Optional.of(PartyKind.PERSON), Optional.empty(),
              LAW + "第六十三条第一款第（一）项（较大数额为示例值）"),
          new ProcedureRule(Procedure.SIMPLIFIED,
              Optional.of(new Threshold(Operator.LE, BigDecimal.valueOf(200))),
              Optional.of(PartyKind.PERSON), Optional.empty(), LAW + "第五十一条"),
          new ProcedureRule(Procedure.COLLECTIVE, Optional.empty(), Optional.empty(),
              Optional.of("complex"), LAW + "第五十七条第二款")),
      Map.of("individual", PartyKind.PERSON, "unit", PartyKind.ORGANIZATION));

  private static Circumstance circumstance(String id, String label, Modality modality, Kind kind,
      String basis) {
    return new Circumstance(id, label, Optional.of(new GeneralEffect(modality, kind)), basis);
  }

  private static Decision tier(Sanction... sanctions) {
    return new Decision("s", "C1B1", "一般", List.of(sanctions), List.of(), "原文");
  }

  private static Sanction.Fine fine(Party party, long min, long max) {
    return new Sanction.Fine(List.of(party), false, MoneyRange.of(min, max), null, false);
  }

  private static ProcedureFlag hearing(Decision decision) {
    return RULES.decide(decision, GeneralFacts.NONE).procedure(Procedure.HEARING).orElseThrow();
  }

  @Test
  void eachCircumstanceIsCitedRightAfterItsOwnLabel() {
    String text = RULES.decide(tier(fine(PERSON, 500, 1000)),
        GeneralFacts.of(Set.of("minor", "coerced"))).explain();
    assertTrue(text.contains("当事人已满十四周岁不满十八周岁（" + LAW + "第三十条）、受他人胁迫（"
        + LAW + "第三十二条第（二）项），"), text);
  }

  @Test
  void aProcedureTriggeredByACircumstanceShowsItsLabel() {
    CaseDecision outcome =
        RULES.decide(tier(fine(PERSON, 500, 1000)), GeneralFacts.of(Set.of("complex")));
    assertEquals("情节：情节复杂",
        outcome.procedure(Procedure.COLLECTIVE).orElseThrow().trigger());
    assertFalse(outcome.explain().contains("complex"), outcome.explain());
  }

  @Test
  void theLimitationIsWrittenAsTheStatuteWritesIt() {
    CaseDecision outcome = RULES.decide(tier(fine(PERSON, 500, 1000)),
        GeneralFacts.NONE.dated(LocalDate.of(2022, 3, 1), LocalDate.of(2023, 3, 1)));
    assertEquals("二年", outcome.limitation().orElseThrow().period());
    assertTrue(outcome.explain().contains("追责时效为二年"), outcome.explain());
    assertEquals("六个月", new Limitation(6, Optional.empty(), "").label());
    assertEquals("五年", new Limitation(60, Optional.empty(), "").label());
  }

  @Test
  void theSimplifiedProcedureSpeaksOfCitizens() {
    CaseDecision outcome = RULES.decide(
        tier(new Sanction.Fine(List.of(PERSON), false, MoneyRange.atMost(200), null, false)),
        GeneralFacts.NONE);
    assertEquals("对公民罚款200元以下",
        outcome.procedure(Procedure.SIMPLIFIED).orElseThrow().trigger());
  }

  @Test
  void anAdjustedComputedFineShowsTheAmountsNotTheMultiples() {
    Sanction.Fine computed = new Sanction.Fine(List.of(PERSON), false,
        MoneyRange.of(150000, 300000), "违法所得3倍以上6倍以下", false);
    // The statute's minimum is the tier's here (违法所得三倍以上): 减轻 and 从轻 meet at it.
    Statute statute = Statute.of(List.of(new Sanction.Fine(List.of(PERSON), false,
        MoneyRange.atLeast(150000), null, false)));
    CaseDecision outcome =
        RULES.decide(tier(computed), GeneralFacts.of(Set.of("minor")), statute);
    String fine = outcome.sanctions().get(0).toChinese();
    assertEquals("对个人经依法调整，处7.5万元以上22.5万元以下罚款", fine);
  }

  @Test
  void aMayWaiverOptionCarriesTheEducationDuty() {
    String text =
        RULES.decide(tier(fine(PERSON, 500, 1000)), GeneralFacts.of(Set.of("first"))).explain();
    assertTrue(text.contains("第三十三条第三款"), text);
  }

  @Test
  void aWaiverForAChildOrforMentalIllnessListsTheGuardianMeasure() {
    Decision decision = tier(new Sanction.Order("责令改正"), fine(PERSON, 500, 1000));
    assertEquals(List.of(new Sanction.Order("责令改正"), new Sanction.Order("责令监护人加以管教")),
        RULES.decide(decision, GeneralFacts.of(Set.of("under14"))).sanctions());
    assertEquals(List.of(new Sanction.Order("责令改正"), new Sanction.Order("责令其监护人严加看管和治疗")),
        RULES.decide(decision, GeneralFacts.of(Set.of("insane"))).sanctions());
  }

  @Test
  void eachHearingTriggerCitesItsOwnItem() {
    ProcedureFlag revoked = hearing(tier(new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.REVOKE, "许可证", false), fine(UNIT, 500, 1000)));
    assertEquals(Status.APPLIES, revoked.status());
    assertEquals(LAW + "第六十三条第一款第（三）项", revoked.basis());
    ProcedureFlag suspended = hearing(tier(new Sanction.Suspension("责令停产停业", false)));
    assertEquals(Status.APPLIES, suspended.status());
    assertEquals(LAW + "第六十三条第一款第（四）项", suspended.basis());
    ProcedureFlag confiscated = hearing(tier(new Sanction.Confiscation("违法所得", false)));
    assertEquals(Status.DEPENDS_ON_AMOUNT, confiscated.status());
    assertEquals(LAW + "第六十三条第一款第（二）项", confiscated.basis());
  }

  @Test
  void aSuspendedLicenceIsNoHearingTriggerAndTheArticleIsCited() {
    ProcedureFlag flag = hearing(tier(new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.SUSPEND, "许可证", false), fine(UNIT, 500, 1000)));
    assertEquals(Status.DOES_NOT_APPLY, flag.status());
    assertEquals(LAW + "第六十三条（较大数额为示例值）", flag.basis());
  }

  @Test
  void anOptionalSanctionMakesTheHearingConditional() {
    ProcedureFlag revocable = hearing(tier(new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.REVOKE, "许可证", true)));
    assertEquals(Status.DEPENDS_ON_SANCTION, revocable.status());
    ProcedureFlag optionalFine = hearing(tier(new Sanction.Fine(List.of(PERSON), false,
        MoneyRange.of(20000, 50000), null, true)));
    assertEquals(Status.DEPENDS_ON_SANCTION, optionalFine.status());
  }
}
