package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which parties an article fines, as statute-omits reads it. */
class StatuteTextTest {
  @Test
  void aPartyIsFinedWhereItFollowsDuiOrAListInAClauseOfAFine() {
    String article = "对单位处一万元以上五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；"
        + "个人信息泄露的，对个人予以警告。";
    assertTrue(StatuteText.finedInText(article, "单位"));
    assertTrue(StatuteText.finedInText(article, "直接负责的主管人员"), "after 对其");
    assertTrue(StatuteText.finedInText(article, "其他直接责任人员"), "after 和");
    assertFalse(StatuteText.finedInText(article, "个人"), "个人信息 is no party; 对个人 is a warning in its clause");
    assertFalse(StatuteText.finedInText(article, ""), "no label");
    assertFalse(StatuteText.finedInText("单位处罚款。", "单位"), "at the start, after nothing");
    assertTrue(StatuteText.finedInText("对单位罚款", "单位"), "the clause runs to the end");
    assertFalse(StatuteText.finedInText("对单位警告。罚款", "单位"), "the fine is in the next sentence");
    assertTrue(StatuteText.finedInText("其单位、对其个人处罚款", "个人"), "对其 right before");
    assertFalse(StatuteText.finedInText("x其个人处罚款", "个人"), "其 alone");
  }
}
