package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence a case officer pastes, and how a decision's sanctions are looked up. */
class DecisionTest {
  private static final String REGULATION = "北京市公共安全图像信息系统管理办法";
  private static final Citation PENALTY = new Citation(REGULATION, "第二十一条", "违反本办法第七条……");
  private static final Citation DUTY = new Citation(REGULATION, "第七条", "禁止……");
  private static final Party PERSON = new Party("individual", "个人");
  private static final Sanction ORDER = new Sanction.Order("责令拆除");
  private static final Sanction FINE =
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(500, 1000), null, false);

  private static Decision decision(List<Sanction> sanctions, List<Citation> citations) {
    return new Decision(
        "beijing-video", "C05837B030", "个人设置", sanctions, citations, "处500元以上1000元以下罚款");
  }

  @Test
  void explainsTheTierItsBasisAndItsSanctionsInOneSentence() {
    assertEquals(
        "C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》"
            + "第二十一条，责令拆除；对个人处500元以上1000元以下罚款。",
        decision(List.of(ORDER, FINE), List.of(PENALTY, DUTY)).explain());
  }

  /** The penalty article alone: a basis, nothing said violated. */
  @Test
  void thePenaltyArticleAloneIsTheBasis() {
    assertEquals("C05837B030（个人设置）：依据《北京市公共安全图像信息系统管理办法》第二十一条，责令拆除。",
        decision(List.of(ORDER), List.of(PENALTY)).explain());
  }

  @Test
  void anExemptionCitesTheArticlesViolatedAndItsOwnGroundOnce() {
    Citation ground = new Citation("中华人民共和国行政处罚法", "第三十三条第一款", "……不予行政处罚。");
    assertEquals("C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第二十一条、第七条的规定，"
        + "依据《中华人民共和国行政处罚法》第三十三条第一款，不予行政处罚。",
        decision(List.of(new Sanction.NoPenalty("不予行政处罚", List.of(ground))), List.of(PENALTY, DUTY)).explain());
  }

  @Test
  void explainsWithoutABasisWhenNoArticleIsCited() {
    assertEquals("C05837B030（个人设置）：责令拆除。", decision(List.of(ORDER), List.of()).explain());
  }

  @Test
  void articlesOfSeveralRegulationsAreJoinedByAnd() {
    Citation law = new Citation("中华人民共和国行政处罚法", "第二十八条", "……");
    assertEquals("C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条和《中华人民共和国行政处罚法》第二十八条的规定，"
        + "依据《北京市公共安全图像信息系统管理办法》第二十一条，予以警告。",
        decision(List.of(new Sanction.Warning(false)), List.of(PENALTY, DUTY, law)).explain());
  }

  @Test
  void findsTheSanctionsOfOneKindInOrder() {
    Sanction otherOrder = new Sanction.Order("责令改正");
    Decision decision = decision(List.of(ORDER, FINE, otherOrder), List.of());
    assertEquals(List.of(ORDER, otherOrder), decision.sanctions(SanctionKind.ORDER));
    assertEquals(List.of(FINE), decision.sanctions(SanctionKind.FINE));
    assertEquals(List.of(), decision.sanctions(SanctionKind.DETENTION));
  }

  @Test
  void keepsItsOwnCopiesOfSanctionsAndCitations() {
    List<Sanction> sanctions = new ArrayList<>(List.of(ORDER));
    List<Citation> citations = new ArrayList<>(List.of(PENALTY));
    Decision decision = decision(sanctions, citations);
    sanctions.add(FINE);
    citations.add(DUTY);
    assertEquals(List.of(ORDER), decision.sanctions());
    assertEquals(List.of(PENALTY), decision.citations());
    assertThrows(UnsupportedOperationException.class, () -> decision.sanctions().add(FINE));
  }

  @Test
  void refusesMissingParts() {
    List<Sanction> none = List.of();
    List<Citation> noCitations = List.of();
    assertEquals(
        "standardId",
        assertThrows(
                NullPointerException.class,
                () -> new Decision(null, "C1", "情节", none, noCitations, "文本"))
            .getMessage());
    assertEquals(
        "tierCode",
        assertThrows(
                NullPointerException.class,
                () -> new Decision("s", null, "情节", none, noCitations, "文本"))
            .getMessage());
    assertEquals(
        "circumstance",
        assertThrows(
                NullPointerException.class,
                () -> new Decision("s", "C1", null, none, noCitations, "文本"))
            .getMessage());
    assertEquals(
        "officialText",
        assertThrows(
                NullPointerException.class,
                () -> new Decision("s", "C1", "情节", none, noCitations, null))
            .getMessage());
  }
}
