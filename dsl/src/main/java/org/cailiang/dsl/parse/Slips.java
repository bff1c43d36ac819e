package org.cailiang.dsl.parse;

import static java.util.Map.entry;

import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Hints for the slips legal staff make most: a phrase of the statute where a keyword belongs
 * (可以并处, 处罚款, 没收违法所得), a Chinese keyword run into the following name, and {@code =}
 * for {@code ==} in a condition. Appended to a syntax error at the offending token.
 */
final class Slips {
  private static final String FINE = "罚款写作 fine/罚款 当事人 幅度，如 罚款 个人 100..500";
  private static final String WARNING = "警告写作 warning/警告";
  private static final String OTHERWISE = "其余情形写作 otherwise/其他情形";
  private static final String WHEN = "条件写作 when/当 条件，如 当 收入 > 0（不需要“如果”“时”）";
  private static final String AND = "“并且”写作 and/并且";
  private static final String OPTIONAL = "可以并处的处罚写作 optional/可以 加处罚，如 可以 罚款 个人 100..500";

  /** Phrases of the statutes, and words of everyday Chinese, where a keyword belongs. */
  static final Map<String, String> PHRASES = Map.ofEntries(
      entry("可以并处", OPTIONAL),
      entry("可以并处罚款", OPTIONAL),
      entry("可以处罚款", OPTIONAL),
      entry("并处", "并处的处罚直接逐项列出；" + OPTIONAL),
      entry("处罚款", FINE),
      entry("处以罚款", FINE),
      entry("并处罚款", FINE),
      entry("罚金", "行政处罚的罚款写作 fine/罚款（罚金是刑罚）"),
      entry("没收违法所得", "写作 confiscate/没收 \"违法所得\"（所没收之物用引号）"),
      entry("没收非法财物", "写作 confiscate/没收 \"非法财物\"（所没收之物用引号）"),
      entry("责令改正", "写作 order/责令 \"改正\"（责令的内容用引号）"),
      entry("责令限期改正", "写作 order/责令 \"限期改正\"（责令的内容用引号）"),
      entry("责令停产停业", "写作 suspension/停产停业 \"责令停产停业\""),
      entry("吊销许可证", "写作 licence revoke/证照 吊销 \"许可证\""),
      entry("吊销营业执照", "写作 licence revoke/证照 吊销 \"营业执照\""),
      entry("暂扣许可证", "写作 licence suspend/证照 暂扣 \"许可证\""),
      entry("行政拘留", "写作 detain/拘留 当事人 天数，如 拘留 个人 5..10 日；总则的效果“不执行行政拘留”连写为一个词"),
      entry("给予警告", WARNING),
      entry("予以警告", WARNING),
      entry("不予行政处罚", "写作 exempt/不予处罚 \"理由\""),
      entry("否则", OTHERWISE),
      entry("其他", OTHERWISE),
      entry("如果", WHEN),
      entry("若", WHEN),
      entry("时", WHEN),
      entry("且", AND),
      entry("并", AND),
      entry("和", AND),
      entry("或", "“或者”写作 or/或者"),
      entry("不", "“不”写作 not/非"),
      entry("不属于", "“不属于”写作 not in/非 属于"),
      entry("条款", "条款写作 article/条"),
      entry("真", "“真”写作 true/是"),
      entry("假", "“假”写作 false/否"));

  private Slips() {}

  /** The hint for the offending token, with its leading "；提示：", or an empty string. */
  static String hint(Token token, Token before, IntervalSet expected, ParserRuleContext context) {
    int type = token.getType();
    if ((type == CailiangParser.PROCEDURE || type == CailiangParser.OPTION
        || type == CailiangParser.VERDICT) && inTestCase(context)) {
      // The legal author's review: the expectations of the general part need its braces.
      return "；提示：用例的 verdict（结论）、option（选项）、procedure（程序）只能写在 general { … } 之后，"
          + "如 case \"…\" { … } general { } expect B010 procedure hearing 适用（general 可以为空）";
    }
    if ((type == CailiangParser.ENDS || type == CailiangParser.BESIDE) && before != null
        && before.getType() == CailiangParser.REFER) {
      // Hostile re-check: in a statute, refer ends was a bare syntax error.
      return "；提示：refer ends/beside（移送）写在违法行为中，不写进 statute 或阶次；阶次中的提示写作 refer \"…\"";
    }
    if (type != CailiangParser.ID) {
      return "";
    }
    String text = token.getText();
    String phrase = PHRASES.get(text);
    if (phrase != null) {
      return "；提示：" + phrase;
    }
    if (text.startsWith("以上") || text.startsWith("以下") || text.startsWith("至")) {
      return "；提示：幅度写作 下限..上限，如 1万..3万、..500（两端都含本数，即“以上”“以下”）";
    }
    if (before != null && before.getType() == CailiangParser.NUMBER && before.getText().endsWith("倍")) {
      return "；提示：倍数后接事实时写作 " + before.getText().replace("倍", "") + " 倍 " + text
          + "（倍 是关键字，前后要有空格）";
    }
    if (text.length() > 1 && text.startsWith("的") && before != null
        && (before.getType() == CailiangParser.PERCENT || before.getType() == CailiangParser.NUMBER)) {
      return "；提示：关键字 的 与后面的文字之间要有空格，如 " + before.getText() + " 的 " + text.substring(1)
          + "（的 前后都要有空格）";
    }
    return gluedKeyword(text, expected);
  }

  /** Inside a test case, or right after one (where the case ended before the word). */
  private static boolean inTestCase(ParserRuleContext context) {
    for (ParserRuleContext at = context; at != null; at = at.getParent()) {
      if (at instanceof CailiangParser.TestCaseContext) {
        return true;
      }
      if (at.getChildCount() > 0
          && at.getChild(at.getChildCount() - 1) instanceof CailiangParser.CaseMemberContext) {
        return true;
      }
    }
    return false;
  }

  /** 罚款当事人 is one name: an expected Chinese keyword needs a space before what follows it. */
  private static String gluedKeyword(String text, IntervalSet expected) {
    if (expected == null) {
      return "";
    }
    String best = null;
    for (int type : expected.toList()) {
      String zh = ChineseKeywords.chinese(type).orElse(null);
      if (zh != null && text.length() > zh.length() && text.startsWith(zh)
          && (best == null || zh.length() > best.length())) {
        best = zh;
      }
    }
    return best == null ? "" : "；提示：关键字 " + best + " 与后面的文字之间要有空格，如 " + best + " "
        + text.substring(best.length());
  }
}
