package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.CaseDecision.Verdict;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Circumstances of natural persons only ({@code for person}): 未成年 and 精神病人 move the fines of
 * persons, never a unit's (《行政处罚法》第三十条、第三十一条); a unit's case keeps the unit's fine
 * and lightens its staff's; a case with no person says the circumstance was not applied.
 */
class PartyScopeTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PRINCIPAL = new Party("principal", "主要负责人");
  private static final Party PERSON = new Party("individual", "个人");
  private static final Party OPERATOR = new Party("operator", "网络运营者");
  private static final GeneralEffect SHALL_LIGHTER = new GeneralEffect(Modality.SHALL, Kind.LIGHTER);

  private static final GeneralRules RULES = new GeneralRules("总则", List.of(
      new Circumstance("minor", "已满十四周岁不满十八周岁", Optional.of(SHALL_LIGHTER), "第三十条",
          Optional.of(PartyKind.PERSON)),
      new Circumstance("under14", "不满十四周岁",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)), "第三十条",
          Optional.of(PartyKind.PERSON)),
      new Circumstance("remedied", "主动消除危害后果", Optional.of(SHALL_LIGHTER), "第三十二条"),
      new Circumstance("mayLight", "可以从轻情节",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.LIGHTER)), "第四条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(), List.of(),
      Map.of("unit", PartyKind.ORGANIZATION, "principal", PartyKind.PERSON,
          "individual", PartyKind.PERSON));

  private static Sanction.Fine fine(Party party, long min, long max) {
    return new Sanction.Fine(List.of(party), false, MoneyRange.of(min, max), null, false);
  }

  private static final Sanction ORDER = new Sanction.Order("责令改正");

  private static CaseDecision decide(Decision tier, String... circumstances) {
    return RULES.decide(tier, GeneralFacts.of(Set.of(circumstances)), Statute.of(tier.sanctions()));
  }

  private static Decision tier(Sanction... sanctions) {
    return new Decision("s", "C1B1", "一般", List.of(sanctions), List.of(), "原文");
  }

  @Test
  void aPersonsCaseIsLightenedAsAnyCircumstanceWouldBe() {
    CaseDecision outcome = decide(tier(ORDER, fine(PERSON, 500, 1000)), "minor");
    assertEquals(List.of(ORDER, fine(PERSON, 500, 750)), outcome.sanctions());
    assertEquals(List.of(), outcome.unresolved());
    assertFalse(outcome.steps().get(0).rule().contains("（对"), "one kind of party: no need to say whom");
  }

  @Test
  void aUnitsFineIsNotLightenedByAMinorButItsStaffsIs() {
    Decision tier = tier(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 1000));
    CaseDecision outcome = decide(tier, "minor");
    assertEquals(Verdict.PUNISHED, outcome.verdict());
    assertEquals(List.of(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 750)),
        outcome.sanctions());
    assertEquals(1, outcome.steps().size(), "the unit has nothing to lighten");
    assertTrue(outcome.steps().get(0).rule().endsWith("（对自然人）"), outcome.steps().get(0).rule());
    // A circumstance of any party lightens both, each in a step that says whom.
    CaseDecision both = decide(tier, "minor", "remedied");
    assertEquals(List.of(fine(UNIT, 10000, 20000), ORDER, fine(PRINCIPAL, 500, 750)),
        both.sanctions(), "each fine lightened once");
    assertEquals(List.of("（对单位）", "（对自然人）"), both.steps().stream()
        .map(step -> step.rule().substring(step.rule().lastIndexOf('（'))).toList());
    assertEquals(List.of("主动消除危害后果"), both.steps().get(0).circumstances());
    assertEquals(List.of("已满十四周岁不满十八周岁", "主动消除危害后果"), both.steps().get(1).circumstances());
    CaseDecision options = decide(tier, "minor", "mayLight");
    assertEquals(List.of("可以从轻情节（对单位）", "可以从轻情节（对自然人）"),
        options.options().stream().map(CaseDecision.Option::circumstance).toList());
  }

  @Test
  void aMinorUnderFourteenIsNotPunishedButTheUnitStillIs() {
    Decision tier = tier(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 1000));
    CaseDecision outcome = decide(tier, "under14");
    assertEquals(Verdict.PUNISHED, outcome.verdict());
    assertEquals(fine(UNIT, 10000, 30000), outcome.sanctions().get(0));
    assertEquals(ORDER, outcome.sanctions().get(1));
    assertFalse(outcome.sanctions().contains(fine(PRINCIPAL, 500, 1000)));
    assertTrue(outcome.sanctions().size() >= 2);
    CaseDecision alone = decide(tier(ORDER, fine(PERSON, 500, 1000)), "under14");
    assertEquals(Verdict.WAIVED, alone.verdict(), "a person alone: 不予行政处罚");
  }

  @Test
  void aUnitAloneIsNotMovedAndTheOfficerIsTold() {
    CaseDecision outcome = decide(tier(ORDER, fine(UNIT, 10000, 30000)), "minor");
    assertEquals(List.of(ORDER, fine(UNIT, 10000, 30000)), outcome.sanctions());
    assertEquals(List.of(), outcome.steps());
    assertEquals(List.of("总则情节「已满十四周岁不满十八周岁」只适用于自然人，本案受处罚的当事人中没有自然人：未适用"),
        outcome.unresolved());
    assertTrue(outcome.needsOfficer());
    assertTrue(outcome.explain().endsWith("总则情节「已满十四周岁不满十八周岁」只适用于自然人，本案受处罚的当事人中没有自然人：未适用。"),
        outcome.explain());
    assertEquals(Verdict.PUNISHED, decide(tier(ORDER, fine(UNIT, 10000, 30000)), "under14").verdict(),
        "不满十四周岁 cannot waive a unit's penalty");
  }

  @Test
  void aPartyOfUndeclaredKindIsTakenAsAPersonAndTheOfficerIsTold() {
    CaseDecision outcome = decide(tier(fine(OPERATOR, 500, 1000)), "minor");
    assertEquals(List.of(fine(OPERATOR, 500, 750)), outcome.sanctions());
    assertEquals(List.of("当事人「网络运营者」未声明是自然人还是单位：只适用于自然人的总则情节「已满十四周岁不满十八周岁」"
        + "已按自然人对其适用，须由执法人员确认"), outcome.unresolved());
  }

  @Test
  void withoutAScopedCircumstanceNothingChanges() {
    Decision tier = tier(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 1000));
    CaseDecision outcome = decide(tier, "remedied");
    assertEquals(List.of(fine(UNIT, 10000, 20000), ORDER, fine(PRINCIPAL, 500, 750)),
        outcome.sanctions());
    assertEquals(1, outcome.steps().size());
    assertFalse(outcome.steps().get(0).rule().contains("（对"));
  }
}
