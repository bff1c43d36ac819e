package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each sanction kind as the clause of an official decision, and what its constructor refuses. */
class SanctionTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party HEAD = new Party("head", "单位主要负责人");
  private static final Party PERSON = new Party("person", "个人");
  private static final Citation ARTICLE_33 =
      new Citation("中华人民共和国行政处罚法", "第三十三条第一款", "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。");

  @Test
  void warningAndCriticismSayWhetherTheyAreOptional() {
    assertEquals("予以警告", new Sanction.Warning(false).toChinese());
    assertEquals("可以予以警告", new Sanction.Warning(true).toChinese());
    assertEquals(SanctionKind.WARNING, new Sanction.Warning(false).kind());
    assertTrue(new Sanction.Warning(true).optional());
    assertEquals("予以通报批评", new Sanction.Criticism(false).toChinese());
    assertEquals("可以予以通报批评", new Sanction.Criticism(true).toChinese());
    assertEquals(SanctionKind.CRITICISM, new Sanction.Criticism(true).kind());
  }

  @Test
  void ordersReferralsAndNoPenaltyAreNeverOptional() {
    Sanction.Order order = new Sanction.Order("责令限期拆除");
    assertEquals("责令限期拆除", order.toChinese());
    assertEquals(SanctionKind.ORDER, order.kind());
    assertFalse(order.optional());

    Sanction.Referral referral = new Sanction.Referral("构成犯罪的，依法追究刑事责任");
    assertEquals("构成犯罪的，依法追究刑事责任", referral.toChinese());
    assertEquals(SanctionKind.REFERRAL, referral.kind());
    assertFalse(referral.optional());

    Sanction.NoPenalty none = new Sanction.NoPenalty("不予处罚", List.of());
    assertEquals(SanctionKind.NO_PENALTY, none.kind());
    assertFalse(none.optional());
  }

  @Test
  void noPenaltyNamesItsGroundsWhenItHasAny() {
    assertEquals("不予处罚", new Sanction.NoPenalty("不予处罚", List.of()).toChinese());
    Citation article32 = new Citation("中华人民共和国行政处罚法", "第三十二条", "……");
    assertEquals(
        "依据《中华人民共和国行政处罚法》第三十三条第一款、第三十二条，免予处罚",
        new Sanction.NoPenalty("免予处罚", List.of(ARTICLE_33, article32)).toChinese());
  }

  @Test
  void aFineNamesItsPartiesAndItsRange() {
    Sanction.Fine fine =
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false);
    assertEquals("对个人处500元以上1000元以下罚款", fine.toChinese());
    assertEquals(SanctionKind.FINE, fine.kind());
    assertFalse(fine.optional());
  }

  @Test
  void anOptionalFineOnEachPersonOfSeveralParties() {
    Sanction.Fine fine =
        new Sanction.Fine(List.of(UNIT, HEAD), true, MoneyRange.atMost(20_000), null, true);
    assertEquals("可以对单位、单位主要负责人分别并处2万元以下罚款", fine.toChinese());
    assertTrue(fine.optional());
    assertTrue(fine.each());
  }

  @Test
  void aComputedFineShowsItsBasisAndTheRangeItCameTo() {
    Sanction.Fine fine =
        new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(3000, 9000), "违法所得1倍以上3倍以下", false);
    assertEquals("对单位处违法所得1倍以上3倍以下（即3000元以上9000元以下）罚款", fine.toChinese());
  }

  @Test
  void aFineNeedsAPartyAndARangeAndKeepsItsOwnCopyOfTheParties() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Sanction.Fine(List.of(), false, MoneyRange.atMost(1), null, false));
    assertEquals("a fine needs a party", e.getMessage());
    NullPointerException missing =
        assertThrows(
            NullPointerException.class,
            () -> new Sanction.Fine(List.of(UNIT), false, null, null, false));
    assertEquals("range", missing.getMessage());

    List<Party> parties = new ArrayList<>(List.of(UNIT));
    Sanction.Fine fine = new Sanction.Fine(parties, false, MoneyRange.atMost(1), null, false);
    parties.add(HEAD);
    assertEquals(List.of(UNIT), fine.parties());
    assertThrows(UnsupportedOperationException.class, () -> fine.parties().add(HEAD));
  }

  @Test
  void confiscationNamesWhatIsTaken() {
    assertEquals("没收违法所得", new Sanction.Confiscation("违法所得", false).toChinese());
    assertEquals("可以没收非法财物", new Sanction.Confiscation("非法财物", true).toChinese());
    assertEquals(SanctionKind.CONFISCATION, new Sanction.Confiscation("违法所得", true).kind());
  }

  @Test
  void detentionIsWrittenAsTheLawWritesDays() {
    assertEquals("对个人处5日以下拘留", new Sanction.Detention(PERSON, 0, 5, false).toChinese());
    assertEquals("可以对个人处10日以上15日以下拘留", new Sanction.Detention(PERSON, 10, 15, true).toChinese());
    assertEquals("对个人处5日拘留", new Sanction.Detention(PERSON, 5, 5, false).toChinese());
    assertEquals(SanctionKind.DETENTION, new Sanction.Detention(PERSON, 0, 5, false).kind());
  }

  @Test
  void detentionDaysMustFormARange() {
    assertEquals(0, new Sanction.Detention(PERSON, 0, 0, false).maxDays());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class, () -> new Sanction.Detention(PERSON, -1, 5, false));
    assertEquals("detention days -1..5", negative.getMessage());
    IllegalArgumentException reversed =
        assertThrows(
            IllegalArgumentException.class, () -> new Sanction.Detention(PERSON, 6, 5, false));
    assertEquals("detention days 6..5", reversed.getMessage());
    assertThrows(NullPointerException.class, () -> new Sanction.Detention(null, 0, 5, false));
  }

  @Test
  void licenceActionsSuspendOrRevoke() {
    Sanction.LicenceAction suspend =
        new Sanction.LicenceAction(Sanction.LicenceAction.Action.SUSPEND, "许可证", false);
    assertEquals("暂扣许可证", suspend.toChinese());
    assertEquals(SanctionKind.LICENCE, suspend.kind());
    assertEquals(
        "可以吊销营业执照",
        new Sanction.LicenceAction(Sanction.LicenceAction.Action.REVOKE, "营业执照", true).toChinese());
    assertEquals("暂扣", Sanction.LicenceAction.Action.SUSPEND.label());
    assertEquals("吊销", Sanction.LicenceAction.Action.REVOKE.label());
  }

  @Test
  void suspensionKeepsItsWording() {
    assertEquals("责令停产停业", new Sanction.Suspension("责令停产停业", false).toChinese());
    assertEquals("可以责令停业整顿", new Sanction.Suspension("责令停业整顿", true).toChinese());
    assertEquals(SanctionKind.SUSPENSION, new Sanction.Suspension("责令停业整顿", true).kind());
  }

  @Test
  void anAlternativeJoinsItsOptionsWithOr() {
    Sanction.Alternative either =
        new Sanction.Alternative(
            List.of(
                new Sanction.Warning(false),
                new Sanction.Fine(List.of(PERSON), false, MoneyRange.atMost(500), null, false),
                new Sanction.Detention(PERSON, 0, 5, false)),
            false);
    assertEquals("予以警告或者对个人处500元以下罚款或者对个人处5日以下拘留", either.toChinese());
    assertEquals(SanctionKind.ALTERNATIVE, either.kind());
    assertEquals(
        "可以予以警告或者予以通报批评",
        new Sanction.Alternative(
                List.of(new Sanction.Warning(false), new Sanction.Criticism(false)), true)
            .toChinese());
  }

  @Test
  void anAlternativeNeedsTwoOptions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Sanction.Alternative(List.of(new Sanction.Warning(false)), false));
    assertEquals("an alternative needs two options or more", e.getMessage());
  }

  @Test
  void textsAreRequired() {
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> new Sanction.Order(null)).getMessage());
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> new Sanction.Referral(null)).getMessage());
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> new Sanction.Suspension(null, false))
            .getMessage());
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> new Sanction.NoPenalty(null, List.of()))
            .getMessage());
    assertEquals(
        "what",
        assertThrows(NullPointerException.class, () -> new Sanction.Confiscation(null, false))
            .getMessage());
    assertEquals(
        "action",
        assertThrows(
                NullPointerException.class, () -> new Sanction.LicenceAction(null, "许可证", false))
            .getMessage());
    assertEquals(
        "licence",
        assertThrows(
                NullPointerException.class,
                () -> new Sanction.LicenceAction(Sanction.LicenceAction.Action.REVOKE, null, false))
            .getMessage());
  }

  @Test
  void everyKindHasItsChineseName() {
    assertEquals(
        List.of(
            "警告",
            "通报批评",
            "责令改正类措施",
            "罚款",
            "没收",
            "拘留",
            "暂扣或者吊销许可证件",
            "责令停产停业",
            "移送或者依法处理",
            "不予处罚",
            "择一适用"),
        List.of(SanctionKind.values()).stream().map(SanctionKind::label).toList());
  }
}
