package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.NoApplicableTierException;
import org.junit.jupiter.api.Test;

/**
 * The partial path as data: each word of the plan's text, Kleene's tables, the order referrals,
 * tiers and sanctions are weighed in, and which missing facts a refusal names.
 */
class PartialPlanTest {
  enum Setter implements Labelled {
    UNIT("unit", "单位"),
    PERSON("person", "个人");

    private final String id;
    private final String label;

    Setter(String id, String label) {
      this.id = id;
      this.label = label;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String label() {
      return label;
    }
  }

  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()),
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()),
      new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, List.of(Setter.values())),
      new FactSpec("repeat", "多次", FactSpec.Type.BOOL, List.of()));

  /** The facts given, as the untyped path reads them: the others left out. */
  private static FactReader given(Object... idsAndValues) {
    Map<String, Object> facts = new HashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      facts.put((String) idsAndValues[i], idsAndValues[i + 1]);
    }
    return FactReader.allowingMissing("C1", SPECS, facts);
  }

  private static int decide(String plan, FactReader reader) {
    return PartialPlan.of(SPECS, plan).decide("C1", SPECS, reader);
  }

  /** The missing facts a refusal names, or an empty list when the plan decides. */
  private static List<String> needed(String plan, FactReader reader) {
    try {
      decide(plan, reader);
      return List.of();
    } catch (InvalidFactsException refused) {
      assertTrue(refused.problems().stream().allMatch(p -> p.kind() == FactProblem.Kind.MISSING));
      return refused.problems().stream().map(FactProblem::fact).toList();
    }
  }

  /**
   * A test's value, read from what the plan does with it: a tier with that test and no other —
   * TRUE decides, FALSE finds no tier, UNKNOWN needs the test's missing facts.
   */
  private static String value(String test, FactReader reader) {
    try {
      decide("tier " + test, reader);
      return "TRUE";
    } catch (NoApplicableTierException none) {
      return "FALSE";
    } catch (InvalidFactsException refused) {
      return "UNKNOWN";
    }
  }

  @Test
  void atomsOfEachTypeAreUnknownWhenTheirFactIsMissing() {
    FactReader none = given();
    for (String atom : List.of("b0", "a1>=5", "n2<3", "e3==0", "e3!=1")) {
      assertEquals("UNKNOWN", value(atom, none), atom);
    }
    assertEquals("TRUE", value("always", none));
  }

  @Test
  void booleanAtomsReadTheFact() {
    assertEquals("TRUE", value("b0", given("harm", true)));
    assertEquals("FALSE", value("b0", given("harm", false)));
  }

  @Test
  void enumAtomsCompareTheValueAtItsPosition() {
    FactReader unit = given("setter", "unit");
    assertEquals("TRUE", value("e3==0", unit));
    assertEquals("FALSE", value("e3==1", unit));
    assertEquals("FALSE", value("e3!=0", unit));
    assertEquals("TRUE", value("e3!=1", unit));
  }

  @Test
  void amountsCompareExactlyAndBoundsAreInclusiveWhereTheOperatorSaysSo() {
    FactReader fiveWan = given("income", "50000.00");
    assertEquals("TRUE", value("a1==50000", fiveWan));
    assertEquals("FALSE", value("a1!=50000", fiveWan));
    assertEquals("TRUE", value("a1>=50000", fiveWan));
    assertEquals("TRUE", value("a1<=50000", fiveWan));
    assertEquals("FALSE", value("a1<50000", fiveWan));
    assertEquals("FALSE", value("a1>50000", fiveWan));
    assertEquals("TRUE", value("a1>49999.99", fiveWan));
    assertEquals("TRUE", value("a1<50000.01", fiveWan));
    assertEquals("FALSE", value("a1>50000.005", fiveWan), "a bound finer than a fen is not rounded");
    assertEquals("FALSE", value("a1==49999", fiveWan));
    assertEquals("FALSE", value("a1<=49999", fiveWan));
    assertEquals("FALSE", value("a1>=50001", fiveWan));
    assertEquals("TRUE", value("a1!=49999", fiveWan));
  }

  @Test
  void wholeNumbersCompareAsLongs() {
    FactReader three = given("count", 3);
    assertEquals("TRUE", value("n2==3", three));
    assertEquals("FALSE", value("n2!=3", three));
    assertEquals("TRUE", value("n2>=3", three));
    assertEquals("TRUE", value("n2<=3", three));
    assertEquals("FALSE", value("n2<3", three));
    assertEquals("FALSE", value("n2>3", three));
    assertEquals("TRUE", value("n2>-4", three));
    assertEquals("TRUE", value("n2<=9223372036854775807", three));
    assertEquals("FALSE", value("n2==4", three));
    assertEquals("FALSE", value("n2<=2", three));
    assertEquals("FALSE", value("n2>=4", three));
  }

  @Test
  void andFollowsKleene() {
    String and = "and:2 b0 b4";
    assertEquals("TRUE", value(and, given("harm", true, "repeat", true)));
    assertEquals("FALSE", value(and, given("harm", true, "repeat", false)));
    assertEquals("FALSE", value(and, given("harm", false)), "false beside unknown is false");
    assertEquals("FALSE", value(and, given("repeat", false)), "in either order");
    assertEquals("UNKNOWN", value(and, given("harm", true)));
    assertEquals("UNKNOWN", value(and, given("repeat", true)));
  }

  @Test
  void orFollowsKleene() {
    String or = "or:2 b0 b4";
    assertEquals("FALSE", value(or, given("harm", false, "repeat", false)));
    assertEquals("TRUE", value(or, given("harm", false, "repeat", true)));
    assertEquals("TRUE", value(or, given("harm", true)), "true beside unknown is true");
    assertEquals("TRUE", value(or, given("repeat", true)), "in either order");
    assertEquals("UNKNOWN", value(or, given("harm", false)));
    assertEquals("UNKNOWN", value(or, given("repeat", false)));
  }

  @Test
  void notSwapsKnownValuesAndKeepsUnknown() {
    assertEquals("FALSE", value("not b0", given("harm", true)));
    assertEquals("TRUE", value("not b0", given("harm", false)));
    assertEquals("UNKNOWN", value("not b0", given()));
  }

  @Test
  void junctionsNestAndCountTheirOperands() {
    String test = "or:3 and:2 b0 not b4 e3==1 a1>=100";
    assertEquals("TRUE", value(test, given("harm", true, "repeat", false)));
    assertEquals("TRUE", value(test, given("setter", "person")));
    assertEquals("TRUE", value(test, given("income", 100)));
    assertEquals("FALSE", value(test, given("harm", false, "setter", "unit", "income", 99)));
    assertEquals(List.of("harm", "income", "setter", "repeat"), needed("tier " + test + " else", given()),
        "every fact the test reads, once, in declaration order");
  }

  @Test
  void anUnknownTierNeedsOnlyTheMissingFactsItReads() {
    assertEquals(List.of("repeat"), needed("tier and:2 b0 b4", given("harm", true)));
    assertEquals(List.of(), needed("tier and:2 b0 b4 else", given("harm", false)));
  }

  @Test
  void tiersAreTriedInOrderAndTheFirstThatAppliesEndsTheSearch() {
    // The second tier would need count; the first applies, so nothing is needed.
    assertEquals(PartialPlan.TYPED, decide("tier b0 tier n2>1", given("harm", true)));
    // Undecided first tier: its missing facts are needed even though the second applies.
    assertEquals(List.of("harm"), needed("tier b0 tier always", given()));
    // An undecided tier does not end the search either: every undecided tier's facts are named.
    assertEquals(List.of("harm", "repeat"), needed("tier b0 tier b4 else", given()));
  }

  @Test
  void withoutAnOtherwiseNoTierIsRefusedDescribingTheFacts() {
    NoApplicableTierException none = assertThrows(NoApplicableTierException.class,
        () -> decide("tier b0", given("harm", false)));
    assertEquals("C1", none.code());
    assertTrue(none.getMessage().contains("没有任何情节适用"), none.getMessage());
    assertTrue(none.getMessage().contains("造成危害后果"), none.getMessage());
    assertEquals(PartialPlan.TYPED, decide("tier b0 else", given("harm", false)));
  }

  @Test
  void theOtherwiseTiersSanctionsNeedTheirFactsOnlyWhenNoTierApplies() {
    String plan = "tier b0 else amounts:1";
    assertEquals(List.of("income"), needed(plan, given("harm", false)));
    assertEquals(List.of(), needed(plan, given("harm", true)));
  }

  @Test
  void aSanctionsOwnTestNeedsItsFactsWhileUndecidedAndItsAmountsUnlessFalse() {
    String plan = "tier always when b4 then:1";
    assertEquals(List.of("income", "repeat"), needed(plan, given()));
    assertEquals(List.of("income"), needed(plan, given("repeat", true)));
    assertEquals(List.of(), needed(plan, given("repeat", false)), "a fine not imposed multiplies nothing");
    assertEquals(List.of("repeat"), needed("tier always when b4", given()));
    assertEquals(List.of("income"), needed("tier always amounts:1", given()), "a fine without a test");
    // A sanction with a test and no amount, then a fine without a test: the fine's amount is
    // needed whatever the first sanction's test says.
    assertEquals(List.of("income"), needed("tier always when b4 amounts:1", given("repeat", false)));
  }

  @Test
  void aTiersSanctionsAreWeighedWhenTheTierMayApplyButNotWhenItCannot() {
    String plan = "tier b0 amounts:1 else";
    assertEquals(List.of("harm", "income"), needed(plan, given()));
    assertEquals(List.of("income"), needed(plan, given("harm", true)));
    assertEquals(List.of(), needed(plan, given("harm", false)));
  }

  @Test
  void anEndingReferralThatAppliesIsReturnedByItsPositionBeforeAnyTier() {
    String plan = "end b0 end b4 tier n2>1";
    assertEquals(0, decide(plan, given("harm", true)));
    assertEquals(1, decide(plan, given("harm", false, "repeat", true)));
    assertEquals(List.of("count"), needed(plan, given("harm", false, "repeat", false)));
  }

  @Test
  void anEndingReferralAfterAnUndecidedOneDoesNotDecide() {
    // Whether the first referral applies is unknown: the second cannot end the case yet.
    assertEquals(List.of("harm"), needed("end b0 end b4 else", given("repeat", true)));
  }

  @Test
  void aReferralBesideThePenaltyNeedsItsFactsOnlyWhileUndecided() {
    String plan = "else beside and:2 b0 b4";
    assertEquals(List.of("harm", "repeat"), needed(plan, given()));
    assertEquals(List.of(), needed(plan, given("harm", false)));
    assertEquals(PartialPlan.TYPED, decide(plan, given("harm", true, "repeat", true)));
  }

  @Test
  void theStatuteIsKnownWhenNoClauseDependsOnAFactLeftOut() {
    PartialPlan plan = PartialPlan.of(SPECS, "else clause always clause b0 then:1 clause not b4");
    plan.requireStatuteKnown("C1", given("harm", false, "repeat", true)); // income multiplied only if harm
    plan.requireStatuteKnown("C1", given("harm", true, "income", 100, "repeat", false));
    InvalidFactsException unknownClause = assertThrows(InvalidFactsException.class,
        () -> plan.requireStatuteKnown("C1", given("harm", false)));
    assertEquals("C1", unknownClause.code());
    // One MISSING problem per fact left out, in declaration order, each saying why.
    assertEquals(List.of("income", "count", "setter", "repeat"),
        unknownClause.problems().stream().map(FactProblem::fact).toList());
    assertTrue(unknownClause.problems().stream().allMatch(p -> p.kind() == FactProblem.Kind.MISSING));
    assertTrue(unknownClause.messages().get(0).startsWith("缺少事实 income（"), unknownClause.messages().get(0));
    assertTrue(unknownClause.messages().get(0).endsWith("；法定幅度取决于未给出的事实（income、count、setter、repeat）："
        + "减轻处罚以法定最低限为基数，阶次的处罚没有写明当事人时由法定幅度确定受处罚的当事人，都需要法定幅度：请给出这些事实"),
        unknownClause.messages().get(0));
    InvalidFactsException amountLeftOut = assertThrows(InvalidFactsException.class,
        () -> plan.requireStatuteKnown("C1", given("harm", true, "repeat", true)));
    assertEquals("income", amountLeftOut.problems().get(0).fact(), amountLeftOut.getMessage());
    PartialPlan.of(SPECS, "else").requireStatuteKnown("C1", given()); // no statute: nothing to know
    assertEquals(PartialPlan.TYPED, plan.decide("C1", SPECS, given()), "clauses are not tiers");
  }

  @Test
  void aPlanMayComeInPartsJoinedBetweenWords() {
    PartialPlan plan = PartialPlan.of(SPECS, "tier and:2", "b0 b4", "else");
    assertEquals(PartialPlan.TYPED, plan.decide("C1", SPECS, given("harm", true, "repeat", true)));
    assertThrows(NoApplicableTierException.class, () -> PartialPlan.of(SPECS, "").decide("C1", SPECS, given()),
        "an empty plan has no tier to find");
  }

  @Test
  void positionsAndCountsAreDecimalDigitsOfAnyLengthUpToNine() {
    assertEquals("TRUE", value("b000000000", given("harm", true)), "nine digits, position 0");
    String nine = "or:9" + " b0".repeat(8) + " b4";
    assertEquals("TRUE", value(nine, given("harm", false, "repeat", true)), "a count of 9");
    assertEquals("FALSE", value(nine, given("harm", false, "repeat", false)));
  }

  @Test
  void malformedPlansAreRefusedWhenRead() {
    for (String plan : List.of("tier", "tier and:1 b0", "tier and:x b0 b4", "tier or:2 b0", "tier b9", "tier b5", "tier b0000000000",
        "tier b1", "tier a0>1", "tier n1>1", "tier e0==0", "tier e3==2", "tier e3<1", "tier a1>x",
        "tier a1=<5", "tier n2>1.5", "tier q1", "tier b", "tier b٣", "else else", "when b0", "tier b0 amounts:0",
        "tier b0 amounts:", "tier always when b0 then:", "tier always when b0 then:2", "tier b0 then:1", "elsewhere", "else clause", "else clause b0 then:0", "else clause always amounts:1", "tier always beside")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> PartialPlan.of(SPECS, plan), plan);
      assertTrue(refused.getMessage().startsWith("not a partial plan: "), refused.getMessage());
    }
  }
}
