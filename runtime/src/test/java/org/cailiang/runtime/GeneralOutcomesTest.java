package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The outcome of a plain case (no general facts) is remembered for each decision object,
 * whatever the number of decisions and whatever else is decided in between, and only for the
 * rules that gave it. (That nothing is allocated is measured in the examples'
 * {@code PlainGeneralOutcomeTest}: this module's tests run in a module that cannot read {@code
 * jdk.management}.)
 */
class GeneralOutcomesTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final GeneralRules RULES = rules("行政处罚法总则",
      new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED,
          Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE,
              java.math.BigDecimal.valueOf(200))),
          Optional.empty(), Optional.empty(), "第五十一条"));
  private static final GeneralRules OTHER_RULES = rules("治安管理处罚法总则",
      new GeneralRules.ProcedureRule(GeneralRules.Procedure.SIMPLIFIED,
          Optional.of(new GeneralRules.Threshold(GeneralRules.Operator.LE,
              java.math.BigDecimal.valueOf(500))),
          Optional.empty(), Optional.empty(), "第一百一十九条"));

  private static GeneralRules rules(String title, GeneralRules.ProcedureRule procedure) {
    return new GeneralRules(title, List.of(), List.of(), Optional.empty(), List.of(),
        List.of(procedure), Map.of("individual", GeneralRules.PartyKind.PERSON));
  }

  /** A decision as a generated constant tier is: one object per tier, decided many times. */
  private static Decision tier(int i) {
    return new Decision("s", "C" + i, "违法行为", "C" + i + "B1", "一般",
        List.of(new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(100, 300 + i), null,
            false)), List.of(), "原文", false);
  }

  /** The integrator's review: another standard's decision was decided under these rules. */
  @Test
  void outcomesOfOneStandardRefuseAnotherStandardsDecision() {
    GeneralOutcomes own = new GeneralOutcomes(RULES, "s");
    assertEquals(RULES.decide(tier(1), GeneralFacts.NONE), own.decide(tier(1), GeneralFacts.NONE));
    Decision foreign = new Decision("beijing_psb", "C05837", "违法行为", "C05837B030", "一般",
        List.of(), List.of(), "原文", false);
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> own.decide(foreign, GeneralFacts.NONE));
    assertEquals("决定 C05837B030 属于裁量基准 beijing_psb，不能按 s 所用的总则处理：请用该违法行为的 "
        + "evaluate(facts, general)，或它的标准的总则类", refused.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> own.decide(foreign, GeneralFacts.of(java.util.Set.of())), "with general facts too");
    assertEquals(RULES.decide(foreign, GeneralFacts.NONE),
        new GeneralOutcomes(RULES).decide(foreign, GeneralFacts.NONE), "no standard named: any");
  }

  /**
   * The integrator's review: a standard whose regulations use different general parts has a
   * general class per list, and one decided another's violation silently.
   */
  @Test
  void outcomesOfSomeViolationsRefuseTheOthersDecisions() {
    GeneralOutcomes some = new GeneralOutcomes(RULES, "s", java.util.Set.of("C1", "C2"), "《甲法》");
    assertEquals(RULES.decide(tier(1), GeneralFacts.NONE), some.decide(tier(1), GeneralFacts.NONE));
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> some.decide(tier(3), GeneralFacts.NONE));
    assertEquals("决定 C3B1 的违法行为 C3 不适用这个总则类（它适用于《甲法》的违法行为），不能按它的总则处理："
        + "请用该违法行为的 evaluate(facts, general)，或它所属法规的总则类", refused.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> some.decide(tier(3), GeneralFacts.of(java.util.Set.of())), "with general facts too");
  }

  @Test
  void everyPlainOutcomeIsKeptHoweverManyTiersThereAre() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    List<Decision> tiers = new ArrayList<>();
    List<CaseDecision> first = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      tiers.add(tier(i));
      first.add(outcomes.decide(tiers.get(i), GeneralFacts.NONE));
    }
    for (int i = 0; i < tiers.size(); i++) {
      assertSame(first.get(i), outcomes.decide(tiers.get(i), GeneralFacts.NONE), "tier " + i);
      assertEquals(RULES.decide(tiers.get(i), GeneralFacts.NONE), first.get(i));
    }
  }

  @Test
  void decisionsDecidedOnceDoNotEvictTheConstantTiers() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    List<Decision> tiers = new ArrayList<>();
    List<CaseDecision> first = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      tiers.add(tier(i));
      first.add(outcomes.decide(tiers.get(i), GeneralFacts.NONE));
    }
    // Computed decisions (a fine from an amount) are new objects, each decided once.
    for (int i = 0; i < 5_000; i++) {
      Decision computed = tier(100 + i);
      assertEquals(RULES.decide(computed, GeneralFacts.NONE),
          outcomes.decide(computed, GeneralFacts.NONE));
    }
    for (int i = 0; i < tiers.size(); i++) {
      assertSame(first.get(i), outcomes.decide(tiers.get(i), GeneralFacts.NONE), "tier " + i);
    }
  }

  @Test
  void emptyGeneralFactsOtherThanNoneGetTheKeptOutcome() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    Decision tier = tier(1);
    CaseDecision plain = outcomes.decide(tier, GeneralFacts.NONE);
    GeneralFacts empty = new GeneralFacts(java.util.Set.of(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertSame(plain, outcomes.decide(tier, empty));
  }

  @Test
  void anOutcomeIsKeptForTheRulesThatGaveIt() {
    GeneralOutcomes general = new GeneralOutcomes(RULES);
    GeneralOutcomes other = new GeneralOutcomes(OTHER_RULES);
    Decision tier = new Decision("s", "C1B1", "一般", List.of(new Sanction.Fine(List.of(PERSON),
        false, MoneyRange.of(300, 400), null, false)), List.of(), "原文");
    for (int round = 0; round < 3; round++) {
      assertEquals(RULES.decide(tier, GeneralFacts.NONE), general.decide(tier, GeneralFacts.NONE));
      assertEquals(OTHER_RULES.decide(tier, GeneralFacts.NONE),
          other.decide(tier, GeneralFacts.NONE));
    }
    assertTrue(!general.decide(tier, GeneralFacts.NONE).equals(
        other.decide(tier, GeneralFacts.NONE)), "the two rules must tell the case apart");
  }
}
