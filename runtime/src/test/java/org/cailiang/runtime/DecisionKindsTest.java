package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every typed accessor of a decision, its fields, a referral beside it, a handed-over case, and
 * what makes two decisions differ. Each test builds its own decisions: an index kept on a shared
 * one would hide a fault in building it.
 */
class DecisionKindsTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PERSON = new Party("individual", "个人");

  private static Decision decision(List<Sanction> sanctions) {
    return new Decision("s", "C1", "标题", "C1B1", "一般", sanctions, List.of(), "原文", false);
  }

  @Test
  void eachKindHasItsOwnList() {
    Sanction.Criticism criticism = new Sanction.Criticism(false);
    Sanction.Confiscation confiscation = new Sanction.Confiscation("违法所得", false);
    Sanction.Detention detention = new Sanction.Detention(PERSON, 1, 5, false);
    Sanction.LicenceAction licence =
        new Sanction.LicenceAction(Sanction.LicenceAction.Action.SUSPEND, "许可证", false);
    Sanction.Suspension suspension = new Sanction.Suspension("责令停产停业", false);
    Sanction.Referral referral = new Sanction.Referral("移送");
    Sanction.NoPenalty noPenalty = new Sanction.NoPenalty("不予行政处罚", List.of());
    Sanction.Alternative alternative = new Sanction.Alternative(
        List.of(new Sanction.Warning(false), criticism), false);
    Decision decision = decision(List.of(criticism, confiscation, detention, licence, suspension,
        referral, noPenalty, alternative));
    assertEquals(List.of(criticism), decision.criticisms());
    assertEquals(List.of(confiscation), decision.confiscations());
    assertEquals(List.of(detention), decision.detentions());
    assertEquals(List.of(licence), decision.licenceActions());
    assertEquals(List.of(suspension), decision.suspensions());
    assertEquals(List.of(referral), decision.referrals());
    assertEquals(List.of(noPenalty), decision.noPenalties());
    assertEquals(List.of(alternative), decision.alternatives());
    assertEquals(List.of(), decision.warnings()); // only inside the alternative
  }

  @Test
  void aPartyFinedTwiceHasItsFirstFine() {
    Sanction.Fine first = new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(100, 200), null,
        false);
    Sanction.Fine second = new Sanction.Fine(List.of(PERSON, UNIT), false, MoneyRange.of(300, 400),
        null, false);
    Decision decision = decision(List.of(first, second));
    assertEquals(Optional.of(first), decision.fineFor(UNIT));
    assertEquals(Optional.of(second), decision.fineFor(PERSON));
  }

  @Test
  void theTextAndTheHandingOverAreAsGiven() {
    Decision decision = decision(List.of(new Sanction.Warning(false)));
    assertEquals("原文", decision.officialText());
    assertFalse(decision.handedOver());
    Decision handedOver = Decision.handedOver("s", "C1", "构成犯罪的，依法追究刑事责任", List.of());
    assertTrue(handedOver.handedOver());
    assertEquals("C1", handedOver.violationCode());
    assertEquals("", handedOver.violationTitle());
    assertEquals("", handedOver.officialText());
    assertEquals(List.of(new Sanction.Referral("构成犯罪的，依法追究刑事责任")), handedOver.sanctions());
    assertEquals("C1：构成犯罪的，依法追究刑事责任；依法移送，本程序不适用裁量阶次；"
        + "案件移送回来、仍应给予行政处罚的，再依本基准裁量（《行政处罚法》第二十七条第一款）。",
        handedOver.explain());
  }

  @Test
  void aReferralAlreadyListedIsNotAddedTwice() {
    Decision listed = decision(List.of(new Sanction.Referral("移送公安机关")));
    assertSame(listed, listed.besides("移送公安机关"));
    Decision other = listed.besides("移送市场监管部门");
    assertEquals(2, other.referrals().size());
  }

  @Test
  void decisionsDifferingInAnyPartAreNotEqual() {
    Decision base = decision(List.of());
    assertEquals(base, decision(List.of()));
    assertNotEquals(base, null);
    assertNotEquals(base, "C1B1");
    List<Decision> others = List.of(
        new Decision("t", "C1", "标题", "C1B1", "一般", List.of(), List.of(), "原文", false),
        new Decision("s", "C2", "标题", "C1B1", "一般", List.of(), List.of(), "原文", false),
        new Decision("s", "C1", "题", "C1B1", "一般", List.of(), List.of(), "原文", false),
        new Decision("s", "C1", "标题", "C1B2", "一般", List.of(), List.of(), "原文", false),
        new Decision("s", "C1", "标题", "C1B1", "较重", List.of(), List.of(), "原文", false),
        new Decision("s", "C1", "标题", "C1B1", "一般", List.of(new Sanction.Warning(false)),
            List.of(), "原文", false),
        new Decision("s", "C1", "标题", "C1B1", "一般", List.of(),
            List.of(new Citation("某法", "第一条", "")), "原文", false),
        new Decision("s", "C1", "标题", "C1B1", "一般", List.of(), List.of(), "另文", false),
        new Decision("s", "C1", "标题", "C1B1", "一般", List.of(), List.of(), "原文", true));
    for (Decision other : others) {
      assertNotEquals(base, other, other.toString());
    }
    // Strings and lists of strings hash alike on every JVM: these two differ.
    assertNotEquals(base.hashCode(), others.get(3).hashCode());
  }
}
