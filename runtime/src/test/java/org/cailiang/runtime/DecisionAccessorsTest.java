package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a decision without a scan or a cast, and printing it. */
class DecisionAccessorsTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PRINCIPAL = new Party("principal", "单位主要负责人");
  private static final Party DIRECT = new Party("direct", "直接责任人员");
  private static final Party PERSON = new Party("individual", "个人");
  private static final Sanction.Fine UNIT_FINE =
      new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(10000, 20000), null, false);
  private static final Sanction.Fine PEOPLE_FINE =
      new Sanction.Fine(List.of(PRINCIPAL, DIRECT), true, MoneyRange.of(500, 1000), null, false);
  private static final Sanction.Order ORDER = new Sanction.Order("责令拆除");
  private static final Sanction.Warning WARNING = new Sanction.Warning(true);

  private static final Decision DECISION = new Decision("beijing-psb", "C05837", "擅自设置系统",
      "C05837B010", "单位设置", List.of(ORDER, UNIT_FINE, PEOPLE_FINE, WARNING), List.of(), "文本",
      false);

  @Test
  void pointsLeftToTheOfficerAreAddedOnceEach() {
    CaseDecision outcome = new CaseDecision(DECISION, CaseDecision.Verdict.PUNISHED, List.of(), DECISION.sanctions(),
        List.of(), List.of(), Optional.empty(), "说明。");
    assertSame(outcome, outcome.withUnresolved(List.of()));
    CaseDecision noted = outcome.withUnresolved(List.of("甲", "乙", "甲"));
    assertEquals(List.of("甲", "乙"), noted.unresolved());
    assertSame(noted, noted.withUnresolved(List.of("乙")), "nothing new: the same outcome");
    assertEquals(List.of("甲", "乙", "丙"), noted.withUnresolved(List.of("丙")).unresolved());
    assertTrue(noted.needsOfficer());
    assertEquals(outcome.sanctions(), noted.sanctions());
  }

  /** Integrator: a null party read as "not fined" (Optional.empty). */
  @Test
  void aNullPartyIsRefusedNotReadAsNotFined() {
    for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
        () -> DECISION.fineFor(null), () -> DECISION.fineOptionsFor(null), () -> DECISION.fineIsOnlyAnOption(null))) {
      assertEquals(FineChoices.PARTY_NULL, assertThrows(NullPointerException.class, call).getMessage());
    }
    CaseDecision outcome = new CaseDecision(DECISION, CaseDecision.Verdict.PUNISHED, List.of(), DECISION.sanctions(),
        List.of(), List.of(), Optional.empty(), "说明。");
    for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
        () -> outcome.fineFor(null), () -> outcome.fineOptionsFor(null), () -> outcome.fineIsOnlyAnOption(null))) {
      assertEquals(FineChoices.PARTY_NULL, assertThrows(NullPointerException.class, call).getMessage());
    }
  }

  @Test
  void namesTheTierTheViolationAndTheStandardApart() {
    assertEquals("C05837B010", DECISION.tierCode());
    assertEquals("C05837", DECISION.violationCode());
    assertEquals("擅自设置系统", DECISION.violationTitle());
    assertEquals("beijing-psb", DECISION.standardId());
  }

  @Test
  void givesEachKindAsATypedList() {
    List<Sanction.Fine> fines = DECISION.fines();
    assertEquals(List.of(UNIT_FINE, PEOPLE_FINE), fines);
    List<Sanction.Order> orders = DECISION.orders();
    assertEquals(List.of(ORDER), orders);
    List<Sanction.Warning> warnings = DECISION.warnings();
    assertEquals(List.of(WARNING), warnings);
    assertEquals(List.of(), DECISION.detentions());
    assertEquals(List.of(), DECISION.referrals());
    assertEquals(List.of(ORDER), DECISION.sanctions(SanctionKind.ORDER));
  }

  @Test
  void findsTheFineOfAPartyAndKeepsTheAnswer() {
    assertEquals(Optional.of(UNIT_FINE), DECISION.fineFor(UNIT));
    assertEquals(Optional.of(PEOPLE_FINE), DECISION.fineFor(DIRECT));
    assertEquals(Optional.of(PEOPLE_FINE), DECISION.fineFor(new Party("principal", "单位主要负责人")));
    assertEquals(Optional.empty(), DECISION.fineFor(PERSON));
    // Kept: the second read hands out the very same objects, nothing is scanned or allocated.
    assertSame(DECISION.fineFor(UNIT), DECISION.fineFor(UNIT));
    assertSame(DECISION.fines(), DECISION.fines());
    assertEquals(20000, DECISION.fineFor(UNIT).orElseThrow().range().max().intValueExact());
  }

  /**
   * 警告或者罚款: the person is fined only if the officer chooses the fine. Empty would read as
   * "not fined" (integrator's review), so the choice is refused with where its options are read;
   * with or without a shape, as computed tiers have one.
   */
  @Test
  void aFineThatIsOnlyAnOptionIsRefusedAndListedAmongTheOptions() {
    Sanction.Fine personFine = new Sanction.Fine(List.of(PERSON), false, MoneyRange.atMost(500), null, false);
    Sanction.Alternative choice = new Sanction.Alternative(List.of(new Sanction.Warning(false), personFine), false);
    for (Decision decision : List.of(
        new Decision("s", "X1", "甲", "X1B1", "一般", List.of(ORDER, choice), List.of(), "文本", false),
        new Decision("s", "X1", "甲", "X1B1", "一般", List.of(ORDER, choice), List.of(), "文本", false,
            new Decision.Shape()))) {
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> decision.fineFor(PERSON));
      assertEquals("对个人的罚款只是可选择的处罚之一（" + choice.toChinese()
          + "），由执法人员选择，不是确定的罚款：用 fineOptionsFor 读出各个选项", refused.getMessage());
      assertEquals(List.of(personFine), decision.fineOptionsFor(PERSON));
      assertEquals(true, decision.fineIsOnlyAnOption(PERSON), "asked without the exception");
      assertEquals(false, decision.fineIsOnlyAnOption(UNIT));
      assertEquals(Optional.empty(), decision.fineFor(UNIT), "no fine can fall on the unit");
      assertEquals(List.of(), decision.fineOptionsFor(UNIT));
    }
    assertEquals(List.of(PEOPLE_FINE), DECISION.fineOptionsFor(PRINCIPAL), "a fine outside a choice too");
    assertEquals(false, DECISION.fineIsOnlyAnOption(PRINCIPAL));
  }

  @Test
  void finesReadAsAnImmutableListOfTheJdk() {
    List<Sanction.Fine> fines = DECISION.fines();
    assertEquals(List.of(UNIT_FINE, PEOPLE_FINE).hashCode(), fines.hashCode());
    assertEquals(List.of(UNIT_FINE, PEOPLE_FINE).toString(), fines.toString());
    assertEquals(PEOPLE_FINE, fines.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> fines.get(2));
    assertThrows(UnsupportedOperationException.class, () -> fines.add(UNIT_FINE));
    assertThrows(UnsupportedOperationException.class, () -> fines.set(0, PEOPLE_FINE));
    assertThrows(UnsupportedOperationException.class, () -> fines.remove(0));
    Decision none = new Decision("s", "C1", "一般", List.of(ORDER), List.of(), "责令改正", false);
    assertTrue(none.fines().isEmpty());
    assertEquals(List.of(), none.fines());
    // One list class however many fines: a client's read of them meets one type.
    Decision one = new Decision("s", "C1", "一般", List.of(UNIT_FINE), List.of(), "", false);
    Decision three = new Decision("s", "C1", "一般",
        List.of(UNIT_FINE, PEOPLE_FINE, UNIT_FINE), List.of(), "", false);
    assertSame(fines.getClass(), none.fines().getClass());
    assertSame(fines.getClass(), one.fines().getClass());
    assertSame(fines.getClass(), three.fines().getClass());
    assertEquals(List.of(UNIT_FINE, PEOPLE_FINE, UNIT_FINE), three.fines());
  }

  /** A decision of a tier whose unit fine is computed per case, built with the tier's shape. */
  private static Decision computed(Decision.Shape shape, long unitMax) {
    Sanction.Fine unitFine =
        new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(10000, unitMax), null, false);
    return new Decision("beijing-psb", "C05837", "擅自设置系统", "C05837B010", "单位设置",
        List.of(ORDER, unitFine, PEOPLE_FINE, WARNING), List.of(), "文本", false, shape);
  }

  @Test
  void decisionsSharingAShapeReadAsDecisionsWithout() {
    Decision.Shape shape = new Decision.Shape();
    for (long unitMax : new long[] {20000, 30000, 45000}) {
      Decision shaped = computed(shape, unitMax);
      Decision plain = computed(null, unitMax);
      assertEquals(plain, shaped);
      assertEquals(plain.fines(), shaped.fines());
      assertEquals(unitMax, shaped.fineFor(UNIT).orElseThrow().range().max().longValueExact());
      for (Party party : List.of(UNIT, PRINCIPAL, DIRECT, PERSON,
          new Party("direct", "直接责任人员"))) {
        assertEquals(plain.fineFor(party), shaped.fineFor(party), party.id());
      }
      for (SanctionKind kind : SanctionKind.values()) {
        assertEquals(plain.sanctions(kind), shaped.sanctions(kind), kind.name());
      }
      assertEquals(plain.orders(), shaped.orders());
      assertEquals(plain.warnings(), shaped.warnings());
      assertEquals(plain.referrals(), shaped.referrals());
      assertThrows(UnsupportedOperationException.class, () -> shaped.fines().clear());
    }
  }

  @Test
  void aReferralBesideAShapedDecisionIsReadWithoutTheShape() {
    Decision shaped = computed(new Decision.Shape(), 30000);
    shaped.fines();
    Decision besides = shaped.besides("构成犯罪的，依法追究刑事责任");
    assertEquals(1, besides.referrals().size());
    assertEquals(shaped.fines(), besides.fines());
    assertEquals(List.of(WARNING), besides.warnings());
  }

  @Test
  void printsWhatItDecidedNotItsFields() {
    assertEquals("Decision[C05837B010 单位设置: 责令拆除；对单位处1万元以上2万元以下罚款；"
        + "对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；可以予以警告]", DECISION.toString());
    assertEquals("Fine[对单位处1万元以上2万元以下罚款]", UNIT_FINE.toString());
    assertEquals("Order[责令拆除]", ORDER.toString());
    Decision handedOver = Decision.handedOver("s", "C1", "标题", "构成犯罪的，依法追究刑事责任", List.of());
    assertEquals("Decision[C1 移送: 构成犯罪的，依法追究刑事责任]", handedOver.toString());
    assertEquals("C1", handedOver.violationCode());
    assertEquals("标题", handedOver.violationTitle());
  }

  @Test
  void aReferralBesideKeepsTheViolation() {
    Decision besides = DECISION.besides("构成犯罪的，依法追究刑事责任");
    assertEquals("C05837", besides.violationCode());
    assertEquals("擅自设置系统", besides.violationTitle());
    assertEquals(1, besides.referrals().size());
    assertTrue(DECISION.referrals().isEmpty());
  }

  @Test
  void equalDecisionsAreEqual() {
    Decision same = new Decision("beijing-psb", "C05837", "擅自设置系统", "C05837B010", "单位设置",
        List.of(ORDER, UNIT_FINE, PEOPLE_FINE, WARNING), List.of(), "文本", false);
    DECISION.fines(); // a kept index must not change equality
    assertEquals(DECISION, same);
    assertEquals(DECISION.hashCode(), same.hashCode());
  }
}
