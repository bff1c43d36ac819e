package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.cailiang.runtime.GeneralRules.Combination;
import org.cailiang.runtime.internal.Fines;
import org.junit.jupiter.api.Test;

/**
 * 减轻处罚 goes below the statutory minimum (法定处罚幅度的最低限), not the tier's: E06401 of the
 * second example (网络安全法, 违法所得一倍以上十倍以下), 违法所得 5万 in the 3–6 倍 tier.
 */
class StatutoryReductionTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PERSON = new Party("person", "个人");
  private static final BigDecimal INCOME = new BigDecimal("50000");
  private static final Statute ONE_TO_TEN = Statute.of(List.of(Fines.multiple(List.of(UNIT), false,
      BigDecimal.ONE, BigDecimal.TEN, INCOME, "违法所得", false, false)));
  private static final Decision THREE_TO_SIX = new Decision("s", "E06401B2", "较重",
      List.of(Fines.multiple(List.of(UNIT), false, BigDecimal.valueOf(3), BigDecimal.valueOf(6),
          INCOME, "违法所得", false, false)), List.of(), "原文");

  private static GeneralRules rules(Optional<Combination> combination) {
    return new GeneralRules("总则",
        List.of(
            new Circumstance("minor", "已满十四周岁不满十八周岁",
                Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED)), "第三十条"),
            new Circumstance("reduce", "应当减轻的情节",
                Optional.of(new GeneralEffect(Modality.SHALL, Kind.REDUCED)), "本基准规定"),
            new Circumstance("mayReduce", "可以减轻的情节",
                Optional.of(new GeneralEffect(Modality.MAY, Kind.REDUCED)), "本基准规定"),
            new Circumstance("heavy", "从重情节",
                Optional.of(new GeneralEffect(Modality.SHALL, Kind.HEAVIER)), "本基准规定")),
        List.of(
            new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
            new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), ""),
            new Adjustment(Kind.HEAVIER, Adjustment.Mode.UPPER, BigDecimal.valueOf(50), "")),
        combination, List.of(), List.of(), Map.of());
  }

  private static final GeneralRules RULES = rules(Optional.empty());

  private static MoneyRange fine(List<Sanction> sanctions) {
    return ((Sanction.Fine) sanctions.get(0)).range();
  }

  /** Equal amounts, whatever their scale (5万 may be 50000 or 50000.00). */
  private static void assertRange(String min, String max, MoneyRange actual) {
    assertEquals(0, new BigDecimal(min).compareTo(actual.min()), actual::toChinese);
    assertEquals(0, new BigDecimal(max).compareTo(actual.max()), actual::toChinese);
  }

  @Test
  void reducedIsStrictlyBelowTheStatutoryMinimumNotTheTiers() {
    CaseDecision outcome =
        RULES.decide(THREE_TO_SIX, GeneralFacts.of(Set.of("reduce")), ONE_TO_TEN);
    // 5万 × 50% up to one fen below 5万; the tier's 15万 would give 7.5万–15万, inside the law.
    assertRange("25000", "49999.99", fine(outcome.sanctions()));
    assertFalse(outcome.needsOfficer());
    assertTrue(outcome.explain().contains("在法定最低限以下处罚"), outcome.explain());
  }

  @Test
  void lighterOrReducedOffersBothRangesWhichDoNotMeet() {
    CaseDecision outcome =
        RULES.decide(THREE_TO_SIX, GeneralFacts.of(Set.of("minor")), ONE_TO_TEN);
    // 减轻: 2.5万–49999.99; 从轻: 15万 .. 15万 + 7.5万: two choices, nothing in between.
    Sanction.Alternative either = (Sanction.Alternative) outcome.sanctions().get(0);
    assertRange("25000", "49999.99", ((Sanction.Fine) either.options().get(0)).range());
    assertRange("150000", "225000", ((Sanction.Fine) either.options().get(1)).range());
    assertFalse(either.optional());
  }

  @Test
  void lighterOrReducedIsOneRangeWhereTheTierStartsAtTheStatutoryMinimum() {
    Decision oneToThree = new Decision("s", "E06401B1", "一般",
        List.of(Fines.multiple(List.of(UNIT), false, BigDecimal.ONE, BigDecimal.valueOf(3),
            INCOME, "违法所得", false, false)), List.of(), "原文");
    CaseDecision outcome = RULES.decide(oneToThree, GeneralFacts.of(Set.of("minor")), ONE_TO_TEN);
    assertRange("25000", "100000", fine(outcome.sanctions()));
  }

  @Test
  void heavierFirstThenReducedStillEndsBelowTheStatutoryMinimum() {
    GeneralRules heavierFirst = rules(Optional.of(
        new Combination(Combination.Rule.HEAVIER_FIRST, "本基准规定")));
    CaseDecision outcome = heavierFirst.decide(THREE_TO_SIX,
        GeneralFacts.of(Set.of("reduce", "heavy")), ONE_TO_TEN);
    assertEquals(2, outcome.steps().size());
    assertRange("225000", "300000", fine(outcome.steps().get(0).result()));
    assertTrue(fine(outcome.sanctions()).max().compareTo(INCOME) < 0, outcome.explain());
  }

  @Test
  void offsetCannotUndoAReductionTheLawRequires() {
    GeneralRules offset = rules(Optional.of(new Combination(Combination.Rule.OFFSET, "本基准规定")));
    CaseDecision outcome = offset.decide(THREE_TO_SIX,
        GeneralFacts.of(Set.of("reduce", "heavy")), ONE_TO_TEN);
    assertRange("25000", "49999.99", fine(outcome.sanctions()));
    assertTrue(outcome.explain().contains("（本基准规定）"), outcome.explain());
    // 从轻或者减轻 may still be offset: 从轻 is one of its two lawful choices.
    CaseDecision minor = offset.decide(THREE_TO_SIX,
        GeneralFacts.of(Set.of("minor", "heavy")), ONE_TO_TEN);
    assertEquals(THREE_TO_SIX.sanctions(), minor.sanctions());
  }

  @Test
  void detentionIsReducedBelowTheStatutoryDaysAndNeverToNone() {
    Decision detained = new Decision("s", "E05403B2", "较重",
        List.of(new Sanction.Detention(PERSON, 7, 10, false)), List.of(), "原文");
    Statute fiveToTen = Statute.of(List.of(new Sanction.Detention(PERSON, 5, 10, false)));
    // 5 × 50% = 2.5 → 3 up to 4 days: below the law's 5, not the tier's 7.
    assertEquals(List.of(new Sanction.Detention(PERSON, 3, 4, false)),
        RULES.decide(detained, GeneralFacts.of(Set.of("reduce")), fiveToTen).sanctions());
    Statute oneToFive = Statute.of(List.of(new Sanction.Detention(PERSON, 1, 5, false)));
    Decision short_ = new Decision("s", "E05403B1", "一般",
        List.of(new Sanction.Detention(PERSON, 1, 5, false)), List.of(), "原文");
    CaseDecision none = RULES.decide(short_, GeneralFacts.of(Set.of("reduce")), oneToFive);
    // Below one day is no detention: nothing to compute, the officer decides.
    assertEquals(short_.sanctions(), none.sanctions());
    assertTrue(none.needsOfficer());
    assertTrue(none.steps().get(0).rule().contains("法定最低拘留为1日"), none.steps().get(0).rule());
  }

  @Test
  void aStatuteWithoutAMinimumLeavesReductionToTheOfficer() {
    Decision small = new Decision("s", "C1B1", "一般", List.of(
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(200, 500), null, false)),
        List.of(), "原文");
    Statute atMost500 = Statute.of(List.of(
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.atMost(500), null, false)));
    CaseDecision outcome = RULES.decide(small, GeneralFacts.of(Set.of("reduce")), atMost500);
    assertEquals(small.sanctions(), outcome.sanctions(), "never the tier's minimum moved");
    assertEquals(List.of("法定幅度对个人的罚款没有最低限"), outcome.unresolved());
    String rule = outcome.steps().get(0).rule();
    assertTrue(rule.contains("较轻种类") && rule.contains("由执法人员依法决定"), rule);
    assertFalse(rule.contains("第九条"), rule); // which kinds: the violation's own 罚则, not a list
    // 从轻或者减轻: only 从轻 can be computed; its range is given, and the officer told.
    CaseDecision minor = RULES.decide(small, GeneralFacts.of(Set.of("minor")), atMost500);
    assertEquals(MoneyRange.of(200, 350), fine(minor.sanctions()));
    assertTrue(minor.needsOfficer());
  }

  @Test
  void aViolationWithoutStatuteLeavesReductionToTheOfficer() {
    CaseDecision outcome = RULES.decide(THREE_TO_SIX, GeneralFacts.of(Set.of("reduce")));
    assertEquals(THREE_TO_SIX.sanctions(), outcome.sanctions());
    assertEquals(List.of("法定幅度未知（违法行为没有声明 statute，或求值时未给出本案的法定幅度），对单位的罚款的法定最低限不明"),
        outcome.unresolved());
    CaseDecision offered = RULES.decide(THREE_TO_SIX, GeneralFacts.of(Set.of("mayReduce")),
        Statute.UNDECLARED);
    assertTrue(offered.needsOfficer());
    assertTrue(offered.explain().contains("如适用可以减轻处罚的选项"), offered.explain());
  }

  @Test
  void aMitigatedTierAlreadyBelowTheStatuteIsNotRaised() {
    Decision mitigated = new Decision("s", "E06401B0", "减轻",
        List.of(new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(10_000, 20_000), null,
            false)), List.of(), "原文");
    assertEquals(mitigated.sanctions(),
        RULES.decide(mitigated, GeneralFacts.of(Set.of("reduce")), ONE_TO_TEN).sanctions());
  }

  @Test
  void plainCasesStayRememberedWhateverTheStatute() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    CaseDecision first = outcomes.decide(THREE_TO_SIX, GeneralFacts.NONE, ONE_TO_TEN);
    assertTrue(first == outcomes.decide(THREE_TO_SIX, GeneralFacts.NONE, Statute.UNDECLARED));
  }
}
