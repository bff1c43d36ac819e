package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link GeneralOutcomes} remembers: only plain cases, each for its own decision object, and
 * never an answer for another decision, however many decisions share its slots.
 */
class GeneralOutcomesMemoryTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final GeneralRules RULES = new GeneralRules("总则", List.of(), List.of(),
      Optional.empty(),
      List.of(new GeneralRules.Limitation(24, Optional.empty(), "第三十六条")), List.of(), Map.of());

  private static Decision tier(int i) {
    return new Decision("s", "C1B" + i, "阶次" + i, List.of(new Sanction.Fine(List.of(PERSON),
        false, MoneyRange.of(i, i + 100), null, false)), List.of(), "原文");
  }

  @Test
  void theRulesAreTheOnesGiven() {
    assertSame(RULES, new GeneralOutcomes(RULES).rules());
  }

  @Test
  void emptyFactsThatAreNotNoneArePlainToo() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    Decision tier = tier(1);
    GeneralFacts empty = GeneralFacts.of(Set.of());
    assertSame(outcomes.decide(tier, empty), outcomes.decide(tier, GeneralFacts.NONE));
  }

  @Test
  void datesOrAProposedFineAreDecidedAfreshAndNotRememberedForPlainCases() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    Decision tier = tier(1);
    GeneralFacts dated = GeneralFacts.NONE.dated(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
    CaseDecision late = outcomes.decide(tier, dated);
    assertEquals(CaseDecision.Verdict.TIME_BARRED, late.verdict());
    assertNotSame(late, outcomes.decide(tier, dated));
    assertEquals(CaseDecision.Verdict.PUNISHED, outcomes.decide(tier, GeneralFacts.NONE).verdict());
    assertTrue(outcomes.decide(tier, GeneralFacts.NONE).limitation().isEmpty());
    GeneralFacts proposing = GeneralFacts.NONE.proposing(BigDecimal.valueOf(50));
    assertNotSame(outcomes.decide(tier, proposing), outcomes.decide(tier, proposing));
  }

  @Test
  void aHundredDecisionsAreEachRememberedForThemselves() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    List<Decision> tiers = new ArrayList<>();
    List<CaseDecision> first = new ArrayList<>();
    // Far fewer than the slots: a free slot is always near, so every answer is kept.
    for (int i = 0; i < 100; i++) {
      tiers.add(tier(i));
      first.add(outcomes.decide(tiers.get(i), GeneralFacts.NONE));
    }
    for (int i = 0; i < tiers.size(); i++) {
      assertSame(first.get(i), outcomes.decide(tiers.get(i), GeneralFacts.NONE), "tier " + i);
    }
  }

  @Test
  void manyMoreDecisionsThanSlotsEachGetTheirOwnOutcome() {
    GeneralOutcomes outcomes = new GeneralOutcomes(RULES);
    List<Decision> tiers = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      tiers.add(tier(i));
    }
    for (int round = 0; round < 2; round++) {
      for (Decision tier : tiers) {
        CaseDecision outcome = outcomes.decide(tier, GeneralFacts.NONE);
        assertSame(tier, outcome.decision());
        assertEquals(tier.sanctions(), outcome.sanctions());
      }
    }
  }
}
