package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    // Re-check: the label opening a longer name.
    assertFalse(StatuteText.finedInText("对单位主要负责人处五百元罚款", "单位"));
    assertFalse(StatuteText.finedInText("对个人独资企业投资人处五百元罚款", "个人"));
    assertTrue(StatuteText.finedInText("对单位主要负责人处五百元罚款", "单位主要负责人"));
    assertFalse(StatuteText.finedInText("对个人", "个人"), "no 罚款");
  }

  /** Re-check: conditions, disciplinary sanctions and other authorities name sanctions they do not impose. */
  @Test
  void aSanctionImposedIsNotOneInAConditionOrAnotherAuthoritys() {
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "处以警告，并处一千元罚款。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "警告，并处一千元罚款。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "责令改正，警告，并处一千元罚款。"));
    assertFalse(StatuteText.ownAction(StatuteText.WARNING, "经给予警告后仍不改正的，处一千元罚款。"));
    assertFalse(StatuteText.ownAction(StatuteText.WARNING, "一年内曾被予以警告的，处一千元罚款。"));
    assertFalse(StatuteText.ownAction(StatuteText.WARNING, "对直接负责的主管人员给予警告处分。"));
    assertTrue(StatuteText.ownAction(StatuteText.DETENTION, "处十日拘留。"));
    assertTrue(StatuteText.ownAction(StatuteText.DETENTION, "处以拘留，并处罚款。"));
    assertFalse(StatuteText.ownAction(StatuteText.DETENTION, "对被处以拘留的人员所在单位处罚款。"));
    assertTrue(StatuteText.ownAction(StatuteText.STOPPING, "责令其停业整顿。"));
    assertFalse(StatuteText.ownAction(StatuteText.STOPPING, "由县级以上人民政府责令关闭。"));
    assertFalse(StatuteText.ownAction(StatuteText.REVOCATION, "并由市场监督管理部门吊销营业执照。"));
    assertFalse(StatuteText.ownAction(StatuteText.REVOCATION, "移送市场监管部门吊销营业执照。"));
    assertTrue(StatuteText.ownAction(StatuteText.REVOCATION, "由公安机关吊销许可证。"), "公安机关 may be the authority itself");
    assertFalse(StatuteText.ownAction(StatuteText.CONFISCATION, "对依法没收的物品，应当登记造册。"));
    assertTrue(StatuteText.ownAction(StatuteText.CONFISCATION, "没收违法所得。"));
    // Final re-check.
    assertFalse(StatuteText.ownAction(StatuteText.WARNING, "对直接负责的主管人员给予警告、记过处分。"));
    assertFalse(StatuteText.ownAction(StatuteText.WARNING, "一年内曾被给予警告，又违反本规定，处五百元罚款。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "给予通报批评或者警告。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "处五百元罚款或警告。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "给以警告。"));
    assertTrue(StatuteText.ownAction(StatuteText.DETENTION, "处五百元罚款，拘留五日。"));
    assertTrue(StatuteText.ownAction(StatuteText.DETENTION, "罚款或拘留五日。"));
    assertTrue(StatuteText.ownAction(StatuteText.DETENTION, "可以拘留。"));
    assertTrue(StatuteText.ownAction(StatuteText.STOPPING, "处罚款，停业整顿一个月。"));
    assertTrue(StatuteText.ownAction(StatuteText.CONFISCATION, "由县级以上人民政府食品安全监督管理部门没收违法所得。"));
    assertTrue(StatuteText.ownAction(StatuteText.WARNING, "由县级以上人民政府卫生健康主管部门给予警告。"));
    assertFalse(StatuteText.ownAction(StatuteText.REVOCATION, "并由公安机关吊销驾驶证。"));
    assertEquals(java.util.List.of("10"), days("处行政拘留十日。"));
    assertEquals(java.util.List.of("10"), days("拘留十日，并处五百元罚款。"));
    assertEquals(java.util.List.of("10"), days("处十日以下行政拘留。"));
    assertEquals(java.util.List.of(), days("责令十日以内改正。"));
  }

  private static java.util.List<String> days(String text) {
    return StatuteText.detentionDays(text).stream().map(java.math.BigDecimal::toPlainString).toList();
  }
}
