package org.cailiang.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.SourceFile;

/**
 * Expectations written in a test file next to the line they are about, as Error Prone's
 * {@code // BUG: Diagnostic contains:} and jlox's {@code // expect:} do:
 *
 * <pre>
 *   tier B010 "x" when harms {     // error 22: 未知事实 harms
 *   "unterminated                  // error 3:1: 字符串缺少结束引号   (explicit line:column)
 * </pre>
 *
 * A diagnostic matches when severity, line and column are equal and its message contains the
 * expected text. Every diagnostic must be expected and every expectation met.
 */
final class InlineExpectations {
  private static final Pattern EXPECTATION =
      Pattern.compile("//\\s*(error|warning|info)\\s+(?:(\\d+):)?(\\d+):\\s*(.+?)\\s*(?=//\\s*(?:error|warning|info)\\s|$)");

  record Expectation(String severity, int line, int column, String text) {
    boolean matches(Diagnostic d) {
      return d.severity().label().equals(severity)
          && d.span().line() == line
          && d.span().column() == column
          && d.message().contains(text);
    }

    @Override
    public String toString() {
      return line + ":" + column + ": " + severity + ": …" + text + "…";
    }
  }

  static List<Expectation> parse(SourceFile source) {
    List<Expectation> expectations = new ArrayList<>();
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int comment = lines[i].indexOf("// error");
      if (comment < 0) {
        comment = lines[i].indexOf("// warning");
      }
      if (comment < 0) {
        comment = lines[i].indexOf("// info");
      }
      if (comment < 0) {
        continue;
      }
      Matcher matcher = EXPECTATION.matcher(lines[i].substring(comment));
      while (matcher.find()) {
        int line = matcher.group(2) == null ? i + 1 : Integer.parseInt(matcher.group(2));
        expectations.add(new Expectation(
            matcher.group(1), line, Integer.parseInt(matcher.group(3)), matcher.group(4)));
      }
    }
    return expectations;
  }

  /** A report of the differences, or an empty string when diagnostics and expectations agree. */
  static String compare(List<Expectation> expectations, List<Diagnostic> diagnostics) {
    StringBuilder report = new StringBuilder();
    List<Diagnostic> unmatched = new ArrayList<>(diagnostics);
    for (Expectation expectation : expectations) {
      Diagnostic match = unmatched.stream().filter(expectation::matches).findFirst().orElse(null);
      if (match == null) {
        report.append("expected but not reported: ").append(expectation).append('\n');
      } else {
        unmatched.remove(match);
      }
    }
    for (Diagnostic diagnostic : unmatched) {
      report.append("reported but not expected: ").append(diagnostic).append('\n');
    }
    return report.toString();
  }
}
