package org.cailiang.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picocli's messages for a wrong command line, said in Chinese as every other message is (legal
 * author: {@code render --format pdf} answered in English). A message this does not know, such
 * as one of cailiang's own, is kept as it is.
 */
final class UsageMessages {
  private UsageMessages() {}

  private record Rule(Pattern english, String chinese) {}

  private static final List<Rule> RULES = List.of(
      rule("Invalid value for option '(.+?)': expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'",
          "选项 $1 的值 $3 无效：可选 $2（区分大小写）"),
      rule("Invalid value for option '(.+?)': (.*)", "选项 $1 的值无效：$2"),
      rule("Missing required options?: (.+)", "缺少必填选项：$1"),
      rule("Missing required parameters?: (.+)", "缺少参数：$1"),
      rule("Missing required parameter for option '(.+?)' \\((.+)\\)", "选项 $1 缺少值（$2）"),
      rule("Unknown options?: (.+)", "未知的选项：$1"),
      rule("Unmatched arguments? (?:at|from) index \\d+: (.+)", "多余或无法识别的参数：$1"),
      rule("option '(.+?)' \\((.+)\\) should be specified only once", "选项 $1 只能给一次"));

  private static Rule rule(String english, String chinese) {
    return new Rule(Pattern.compile(english, Pattern.DOTALL), chinese);
  }

  static String chinese(String message) {
    if (message == null) {
      return "命令行有误";
    }
    for (Rule rule : RULES) {
      Matcher m = rule.english().matcher(message);
      if (m.matches()) {
        return m.replaceFirst(rule.chinese().replace("\\", "\\\\"));
      }
    }
    return message;
  }
}
