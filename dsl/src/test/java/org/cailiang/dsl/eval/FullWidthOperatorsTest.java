package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.format.Formatter;
import org.cailiang.dsl.format.KeywordSet;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Comparison signs typed with a Chinese input method (＞ ＜ ≥ ≤ ＝＝ ≠ ！＝ ～, alone or mixed with
 * ASCII) are the ASCII operators, and full-width digits in numbers ASCII digits: the same
 * standard, decided alike, and {@code format} writes them in ASCII. They were "无法识别的字符"
 * with a cascade of syntax errors after them.
 */
class FullWidthOperatorsTest {
  private static final String[][] SLIPS = {
    {"count < 2", "count ＜ 2"},
    {"count >= 2", "count ≥ 2"},
    {"count <= 3", "count ＜＝ 3"},
    {"count > 5", "count ＞ 5"},
    {"count >= 4", "count ＞= 4"},
    {"count <= 5", "count ≤ 5"},
    {"income == 0", "income ＝＝ 0"},
    {"income == 0", "income ==0"}, // an untouched ASCII one between them
    {"income == 0", "income =＝ 0"},
    {"income != 0", "income ！＝ 0"},
    {"income != 0", "income ≠ 0"},
    {"income != 0", "income !＝ 0"},
    {"fine unit ..700", "fine unit ～700"},
    {"fine unit ..100", "fine unit 〜100"},
  };

  private static String fullWidth() {
    String text = InterpreterTest.OPERATORS;
    for (String[] slip : SLIPS) {
      String replaced = text.replaceFirst(java.util.regex.Pattern.quote(slip[0]), slip[1]);
      assertNotEquals(text, replaced, slip[0]);
      text = replaced;
    }
    return text;
  }

  @Test
  void theyCompileAndDecideAsTheAsciiOperators() {
    // The same findings (the fixture's gaps), and no syntax error.
    assertEquals(findings(InterpreterTest.compile(InterpreterTest.OPERATORS)),
        findings(InterpreterTest.compile(fullWidth())));
    assertEquals(List.of("gap"), findings(InterpreterTest.compile(fullWidth())).stream()
        .map(finding -> finding.substring(0, finding.indexOf(' '))).distinct().toList());
    Standards ascii = InterpreterTest.registry(InterpreterTest.OPERATORS);
    Standards slipped = InterpreterTest.registry(fullWidth());
    int compared = 0;
    for (long count = 0; count <= 7; count++) {
      for (String income : List.of("0", "1")) {
        for (String kind : List.of("a", "b", "c")) {
          for (boolean repeat : List.of(true, false)) {
            Map<String, Object> facts =
                Map.of("count", count, "income", income, "kind", kind, "repeat", repeat);
            assertEquals(outcome(ascii, facts), outcome(slipped, facts), facts.toString());
            compared++;
          }
        }
      }
    }
    assertEquals(96, compared);
  }

  /** The decision's explanation, or the refusal's message (the fixture leaves gaps). */
  private static String outcome(Standards standards, Map<String, Object> facts) {
    try {
      return standards.evaluate("Y00001", facts).explain();
    } catch (RuntimeException refused) {
      return refused.getClass().getSimpleName() + ": " + refused.getMessage();
    }
  }

  private static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(diagnostic -> diagnostic.check() + " " + diagnostic.message())
        .toList();
  }

  @Test
  void formatWritesThemInAscii() {
    String formatted = Formatter.format(new SourceFile("s.cailiang", fullWidth()),
        KeywordSet.AS_WRITTEN, new Diagnostics()).orElseThrow();
    assertEquals(Formatter.format(new SourceFile("s.cailiang", InterpreterTest.OPERATORS),
        KeywordSet.AS_WRITTEN, new Diagnostics()).orElseThrow(), formatted);
  }

  /** Full-width digits: numbers read as ASCII, strings and names keep them as written. */
  @Test
  void fullWidthDigitsInNumbersReadAsAsciiAndStayInTexts() {
    String text = InterpreterTest.OPERATORS
        .replaceFirst("count >= 4 and count <= 5", "count >= ４ and count <= ５")
        .replaceFirst("fine unit \\.\\.400", "fine unit ..４００")
        .replaceFirst("\"四五次\"", "\"４、５次\"");
    assertNotEquals(InterpreterTest.OPERATORS, text);
    assertEquals(findings(InterpreterTest.compile(InterpreterTest.OPERATORS)),
        findings(InterpreterTest.compile(text)));
    Map<String, Object> facts = Map.of("count", 4L, "income", "0", "kind", "a", "repeat", true);
    org.cailiang.runtime.Decision decision =
        InterpreterTest.registry(text).evaluate("Y00001", facts);
    assertEquals("４、５次", decision.circumstance(), "a string keeps its digits");
    assertEquals(InterpreterTest.registry(InterpreterTest.OPERATORS).evaluate("Y00001", facts)
        .sanctions(), decision.sanctions(), "..４００ is ..400");
    String formatted = Formatter.format(new SourceFile("s.cailiang", text), KeywordSet.AS_WRITTEN,
        new Diagnostics()).orElseThrow();
    assertTrue(formatted.contains("count >= 4 and count <= 5") && formatted.contains("..400")
        && formatted.contains("\"４、５次\""), formatted);
  }

  /** ≧ ≦ (as some input methods type ≥ ≤) and the ASCII tilde of 500~1000. */
  @Test
  void otherSpellingsOfTheSignsAreReadAndFormattedToo() {
    String text = InterpreterTest.OPERATORS.replaceFirst("count >= 2", "count ≧ 2")
        .replaceFirst("count <= 3", "count ≦ 3").replaceFirst("fine unit \\.\\.700", "fine unit ~700");
    assertNotEquals(InterpreterTest.OPERATORS, text);
    assertEquals(findings(InterpreterTest.compile(InterpreterTest.OPERATORS)),
        findings(InterpreterTest.compile(text)));
    assertEquals(Formatter.format(new SourceFile("s.cailiang", InterpreterTest.OPERATORS),
        KeywordSet.AS_WRITTEN, new Diagnostics()).orElseThrow(),
        Formatter.format(new SourceFile("s.cailiang", text), KeywordSet.AS_WRITTEN,
            new Diagnostics()).orElseThrow());
  }

  /** Found by an outside check: a file of a lone ！ was called "文件只有注释". */
  @Test
  void aDashForARangeGetsAHintAndAFileOfOneSignIsNotCalledComments() {
    String dash = InterpreterTest.compile(
        InterpreterTest.OPERATORS.replaceFirst("fine unit \\.\\.700", "fine unit 0－700")).render();
    assertTrue(dash.contains("无法识别的字符 '－'：区间请写 ..（或 ～），如 500..1000"), dash);
    // Legal author: the half-width dash of 5000-10000元, the usual slip from tables, had no hint.
    String ascii = InterpreterTest.compile(
        InterpreterTest.OPERATORS.replaceFirst("fine unit \\.\\.700", "fine unit 0-700")).render();
    assertTrue(ascii.contains("无法识别的字符 '-'：区间请写 ..（或 ～），如 500..1000"), ascii);
    String sign = InterpreterTest.compile("！\n").render();
    assertTrue(sign.contains("无法识别的字符 '！'：不等于请写 != 或 ！＝"), sign);
    assertFalse(sign.contains("文件只有注释"), sign);
  }

  @Test
  void aSignSplitBySpaceOrAnExclamationAloneIsStillAnError() {
    for (String slip : List.of("count ＞ ＝ 2", "count ！ 2", "count ≥= 2")) {
      String text = InterpreterTest.OPERATORS.replaceFirst("count < 2", slip);
      Compilation compilation = InterpreterTest.compile(text);
      assertTrue(compilation.hasErrors(), slip);
    }
    String render = InterpreterTest.compile(
        InterpreterTest.OPERATORS.replaceFirst("count < 2", "count ！ 2")).render();
    assertTrue(render.contains("无法识别的字符 '！'：不等于请写 != 或 ！＝"), render);
  }
}
