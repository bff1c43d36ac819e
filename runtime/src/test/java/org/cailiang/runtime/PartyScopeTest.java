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
  private static final Party DIRECT = new Party("direct", "直接责任人员");
  private static final Party OPERATOR = new Party("operator", "网络运营者");
  private static final GeneralEffect SHALL_LIGHTER = new GeneralEffect(Modality.SHALL, Kind.LIGHTER);

  private static final GeneralRules RULES = new GeneralRules("总则", List.of(
      new Circumstance("minor", "已满十四周岁不满十八周岁", Optional.of(SHALL_LIGHTER), "第三十条",
          Optional.of(PartyKind.PERSON)),
      new Circumstance("under14", "不满十四周岁",
          Optional.of(new GeneralEffect(Modality.SHALL, Kind.WAIVE)),
          "《中华人民共和国行政处罚法》第三十条", Optional.of(PartyKind.PERSON)),
      new Circumstance("unitOnly", "单位的从轻情节", Optional.of(SHALL_LIGHTER), "第九条",
          Optional.of(PartyKind.ORGANIZATION)),
      new Circumstance("remedied", "主动消除危害后果", Optional.of(SHALL_LIGHTER), "第三十二条"),
      new Circumstance("mayLight", "可以从轻情节",
          Optional.of(new GeneralEffect(Modality.MAY, Kind.LIGHTER)), "第四条")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(), List.of(),
      Map.of("unit", PartyKind.ORGANIZATION, "principal", PartyKind.PERSON,
          "individual", PartyKind.PERSON, "direct", PartyKind.PERSON));

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

  /**
   * Legal review: 对单位、个人处…罚款 (not 分别) punishes whichever the party is, and 未成年 says it is
   * the person: the fine is the person's and is lightened (it was refused as if both were fined
   * together). A unit's circumstance says it is the unit. Circumstances of both kinds leave it.
   */
  @Test
  void aCircumstanceOfOneKindSaysWhichPartyAFineOfEitherPunishes() {
    Sanction.Fine either = new Sanction.Fine(List.of(UNIT, PERSON), false, MoneyRange.of(500, 1000),
        null, false);
    CaseDecision minor = decide(tier(ORDER, either), "minor");
    assertEquals(List.of(ORDER, fine(PERSON, 500, 750)), minor.sanctions());
    assertEquals(List.of(), minor.unresolved());
    CaseDecision unit = decide(tier(ORDER, either), "unitOnly");
    assertEquals(List.of(ORDER, fine(UNIT, 500, 750)), unit.sanctions());
    CaseDecision both = decide(tier(ORDER, either), "minor", "unitOnly");
    assertEquals(List.of(ORDER, either), both.sanctions());
    assertEquals(List.of(UNIT, PERSON), ((Sanction.Fine) decide(tier(ORDER, either), "remedied")
        .sanctions().get(1)).parties(), "a circumstance of anyone says nothing of the party");
    Sanction.Fine each = new Sanction.Fine(List.of(PRINCIPAL, DIRECT), true, MoneyRange.of(500, 1000),
        null, false);
    assertEquals(each, decide(tier(fine(UNIT, 5000, 10000), each), "minor").sanctions().get(1),
        "分别: both are fined; 未成年 does not say which one is the minor");
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
    assertTrue(outcome.steps().get(0).rule().endsWith("（对主要负责人）"), outcome.steps().get(0).rule());
    // A circumstance of any party lightens both, each in a step that says whom.
    CaseDecision both = decide(tier, "minor", "remedied");
    assertEquals(List.of(fine(UNIT, 10000, 20000), ORDER, fine(PRINCIPAL, 500, 750)),
        both.sanctions(), "each fine lightened once");
    assertEquals(List.of("（对单位）", "（对主要负责人）"), both.steps().stream()
        .map(step -> step.rule().substring(step.rule().lastIndexOf('（'))).toList());
    assertEquals(List.of("主动消除危害后果"), both.steps().get(0).circumstances());
    assertEquals(List.of("已满十四周岁不满十八周岁", "主动消除危害后果"), both.steps().get(1).circumstances());
    CaseDecision options = decide(tier, "minor", "mayLight");
    assertEquals(List.of("可以从轻情节（对单位）", "可以从轻情节（对主要负责人）"),
        options.options().stream().map(CaseDecision.Option::circumstance).toList());
  }

  @Test
  void aMinorUnderFourteenIsNotPunishedButTheUnitStillIs() {
    Decision tier = tier(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 1000));
    CaseDecision outcome = decide(tier, "under14");
    assertEquals(Verdict.PUNISHED, outcome.verdict());
    assertEquals(List.of(fine(UNIT, 10000, 30000), ORDER, new Sanction.Order("责令监护人加以管教")),
        outcome.sanctions(), "the person's fine waived, the guardian's measure added");
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

  /**
   * 未成年 is a fact about one person: with a 主要负责人 and a 直接责任人员 both fined (together or
   * apart), which of them it concerns the general facts do not say, so it is not applied.
   */
  @Test
  void severalPersonsPunishedLeaveAPersonsCircumstanceToTheOfficer() {
    String note = "本案「主要负责人」「直接责任人员」都受处罚，总则情节「已满十四周岁不满十八周岁」只关乎其中的自然人本人："
        + "未适用，须由执法人员对相应的当事人依法适用";
    Sanction together = new Sanction.Fine(List.of(PRINCIPAL, DIRECT), true, MoneyRange.of(500, 1000),
        null, false);
    for (Decision tier : List.of(tier(fine(UNIT, 10000, 30000), ORDER, together),
        tier(fine(UNIT, 10000, 30000), fine(PRINCIPAL, 500, 1000), fine(DIRECT, 500, 1000)))) {
      CaseDecision outcome = decide(tier, "minor");
      assertEquals(tier.sanctions(), outcome.sanctions());
      assertEquals(List.of(note), outcome.unresolved());
      assertTrue(outcome.explain().contains(note + "。"), outcome.explain());
      CaseDecision young = decide(tier, "under14");
      assertEquals(Verdict.PUNISHED, young.verdict());
      assertEquals(tier.sanctions(), young.sanctions(), "no one's fine is waived");
    }
  }

  /** A circumstance of organizations only moves the unit's fine, never its staff's. */
  @Test
  void aCircumstanceOfOrganizationsMovesOnlyTheUnits() {
    Decision tier = tier(fine(UNIT, 10000, 30000), ORDER, fine(PRINCIPAL, 500, 1000));
    CaseDecision outcome = decide(tier, "unitOnly");
    assertEquals(List.of(fine(UNIT, 10000, 20000), ORDER, fine(PRINCIPAL, 500, 1000)),
        outcome.sanctions());
    assertEquals(List.of("（对单位）"), outcome.steps().stream()
        .map(step -> step.rule().substring(step.rule().lastIndexOf('（'))).toList());
    assertEquals(List.of(), outcome.unresolved());
    CaseDecision person = decide(tier(fine(PERSON, 500, 1000)), "unitOnly");
    assertEquals(List.of(fine(PERSON, 500, 1000)), person.sanctions());
    assertEquals(List.of("总则情节「单位的从轻情节」只适用于法人或者其他组织，本案受处罚的当事人中没有法人或者其他组织：未适用"),
        person.unresolved());
  }

  /** 拘留 or 罚款 of one person, beside a unit's fine: the alternative is the person's, moved. */
  @Test
  void anAlternativeOfOnePersonIsThatPersons() {
    Sanction either = new Sanction.Alternative(List.of(new Sanction.Detention(OPERATOR, 5, 10, false),
        fine(OPERATOR, 500, 1000)), false);
    Decision tier = tier(fine(UNIT, 10000, 30000), either);
    CaseDecision outcome = decide(tier, "minor");
    assertEquals(List.of(), outcome.unresolved(), "detained in one option: a person, declared or not");
    assertEquals(fine(UNIT, 10000, 30000), outcome.sanctions().get(0));
    Sanction.Alternative moved = (Sanction.Alternative) outcome.sanctions().get(1);
    assertEquals(fine(OPERATOR, 500, 750), moved.options().get(1));
    assertEquals(new Sanction.Detention(OPERATOR, 5, 7, false), moved.options().get(0));
    CaseDecision detained = decide(tier(fine(UNIT, 10000, 30000),
        new Sanction.Detention(PERSON, 10, 15, false)), "minor");
    assertEquals(List.of(fine(UNIT, 10000, 30000), new Sanction.Detention(PERSON, 10, 12, false)),
        detained.sanctions(), "a detention is its person's");
  }

  /** Found by an outside check: `fine unit, boss each` waived with the minor, unit and all. */
  @Test
  void aPersonFinedOnlyTogetherWithTheUnitIsLeftToTheOfficer() {
    Sanction together = new Sanction.Fine(List.of(UNIT, PRINCIPAL), true, MoneyRange.of(10000, 30000),
        null, false);
    CaseDecision young = decide(tier(together, ORDER), "under14");
    assertEquals(Verdict.PUNISHED, young.verdict());
    assertEquals(List.of(together, ORDER), young.sanctions());
    assertEquals(List.of("本案「主要负责人」与其他当事人在同一项中一并受处罚，总则情节「不满十四周岁」只关乎其本人：未适用，"
        + "须由执法人员对其依法适用"), young.unresolved());
  }

  /** Found by an outside check: a tier of a warning alone said 未适用 and waived it anyway. */
  @Test
  void aTierWithoutAPartyLeavesAPersonsCircumstanceToTheOfficer() {
    Decision tier = tier(ORDER, new Sanction.Warning(false));
    CaseDecision young = decide(tier, "under14");
    assertEquals(Verdict.PUNISHED, young.verdict());
    assertEquals(tier.sanctions(), young.sanctions());
    assertEquals(List.of("总则情节「不满十四周岁」只适用于自然人，本案的处罚没有写明受处罚的当事人，无从判断：未适用，"
        + "须由执法人员依法适用"), young.unresolved());
  }

  /**
   * Legal author (消防法第六十四条, 处警告或者五百元以下罚款): the tier's 警告 names no party, the
   * article's clause for the case names one, the 个人 — a child under fourteen is not punished
   * (第三十条); it was 给予 with the circumstance left unapplied.
   */
  @Test
  void aWarningIsThePartysTheArticleNamesForTheCase() {
    Decision tier = tier(new Sanction.Warning(false));
    Statute article = Statute.of(List.of(new Sanction.Alternative(
        List.of(new Sanction.Warning(false), fine(PERSON, 0, 500)), false)));
    CaseDecision young = RULES.decide(tier, GeneralFacts.of(Set.of("under14")), article);
    assertEquals(Verdict.WAIVED, young.verdict());
    assertEquals(List.of(), young.unresolved());
    assertTrue(young.sanctions().stream().noneMatch(s -> s instanceof Sanction.Warning), young.sanctions().toString());
    CaseDecision company = RULES.decide(tier, GeneralFacts.of(Set.of("under14")),
        Statute.of(List.of(fine(UNIT, 5000, 50000))));
    assertEquals(Verdict.PUNISHED, company.verdict(), "a unit's warning is not waived for a minor's age");
    assertEquals(List.of(), RULES.decide(tier, GeneralFacts.of(Set.of("unitOnly")),
        Statute.of(List.of(fine(UNIT, 5000, 50000)))).unresolved(), "the unit's own circumstance is the unit's");
    assertEquals(List.of("总则情节「不满十四周岁」只适用于自然人，本案受处罚的当事人中没有自然人：未适用"), company.unresolved());
    CaseDecision either = RULES.decide(tier, GeneralFacts.of(Set.of("under14")),
        Statute.of(List.of(fine(UNIT, 5000, 50000), fine(PERSON, 0, 500))));
    assertEquals(Verdict.PUNISHED, either.verdict(), "单位或者个人: whose case it is, the facts do not say");
    assertEquals(1, either.unresolved().size());
    CaseDecision detained = RULES.decide(tier, GeneralFacts.of(Set.of("under14")),
        Statute.of(List.of(new Sanction.Detention(OPERATOR, 5, 10, false))));
    assertEquals(Verdict.WAIVED, detained.verdict(), "whom the article detains is a person, declared or not");
    CaseDecision undeclared = RULES.decide(tier, GeneralFacts.of(Set.of("under14")),
        Statute.of(List.of(fine(OPERATOR, 0, 500))));
    assertEquals(List.of("当事人「网络运营者」未声明是自然人还是单位：只适用于自然人的总则情节「不满十四周岁」未适用，"
        + "须由执法人员确认当事人的种类后依法适用"), undeclared.unresolved(), "its label, from the statute");
  }

  /** The statute is read for a circumstance of one kind of party only on a tier naming no party. */
  @Test
  void aPartysCircumstanceReadsTheStatuteOnlyOnATierNamingNoParty() {
    GeneralFacts under14 = GeneralFacts.of(Set.of("under14"));
    assertTrue(RULES.readsStatute(under14, tier(new Sanction.Warning(false))));
    assertTrue(RULES.readsStatute(under14, tier(ORDER, new Sanction.Alternative(
        List.of(new Sanction.Warning(false), new Sanction.Criticism(false)), false))));
    assertFalse(RULES.readsStatute(under14, tier(new Sanction.Warning(false), fine(PERSON, 0, 500))));
    assertFalse(RULES.readsStatute(under14, tier(new Sanction.Warning(false),
        new Sanction.Detention(PERSON, 1, 5, false))));
    assertFalse(RULES.readsStatute(under14, tier(ORDER)), "orders alone: no penalty to waive");
    assertFalse(RULES.readsStatute(GeneralFacts.of(Set.of("remedied")), tier(new Sanction.Warning(false))));
  }

  /** Whoever a tier detains is a natural person, declared or not (拘留: 行政处罚法第九条、第十条). */
  @Test
  void aDetainedPartyIsAPersonThoughItsKindIsNotDeclared() {
    Sanction detention = new Sanction.Detention(OPERATOR, 10, 15, false);
    CaseDecision outcome = decide(tier(detention, fine(OPERATOR, 500, 1000)), "minor");
    assertEquals(List.of(), outcome.unresolved());
    assertEquals(fine(OPERATOR, 500, 750), outcome.sanctions().get(1));
  }

  @Test
  void aPartyOfUndeclaredKindIsNotMovedAndTheOfficerIsTold() {
    CaseDecision outcome = decide(tier(fine(OPERATOR, 500, 1000)), "minor");
    assertEquals(List.of(fine(OPERATOR, 500, 1000)), outcome.sanctions());
    assertEquals(List.of("当事人「网络运营者」未声明是自然人还是单位：只适用于自然人的总则情节「已满十四周岁不满十八周岁」"
        + "未适用，须由执法人员确认当事人的种类后依法适用"), outcome.unresolved());
    CaseDecision young = decide(tier(fine(OPERATOR, 500, 1000), ORDER), "under14");
    assertEquals(Verdict.PUNISHED, young.verdict(), "a company is not waived for a minor's age");
    CaseDecision both = decide(tier(fine(OPERATOR, 500, 1000)), "minor", "remedied");
    assertEquals(List.of(fine(OPERATOR, 500, 750)), both.sanctions(), "a circumstance of any party still applies");
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
