package org.cailiang.dsl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** The source line under a diagnostic and the caret under its spot, in terminal columns. */
class DiagnosticRendererTest {
  /** Each range of wide characters, as [first, last]. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, {0x2E80, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x3FFFD},
  };

  @Test
  void wideCharactersAreExactlyTheEastAsianWideRanges() {
    for (int[] range : WIDE) {
      assertTrue(DiagnosticRenderer.isWide(range[0]), Integer.toHexString(range[0]));
      assertTrue(DiagnosticRenderer.isWide(range[1]), Integer.toHexString(range[1]));
      assertFalse(DiagnosticRenderer.isWide(range[0] - 1), Integer.toHexString(range[0] - 1));
      assertFalse(DiagnosticRenderer.isWide(range[1] + 1), Integer.toHexString(range[1] + 1));
    }
    assertTrue(DiagnosticRenderer.isWide('罚'));
    assertFalse(DiagnosticRenderer.isWide('a'));
  }

  private static String render(String text, int line, int column, int length) {
    Diagnostic diagnostic = new Diagnostic(new SourceSpan("s.cailiang", line, column, length), Severity.ERROR, "x", "错");
    return new DiagnosticRenderer(Map.of("s.cailiang", new SourceFile("s.cailiang", text))).render(diagnostic);
  }

  @Test
  void theCaretSkipsTwoColumnsForAWideCharacterAndUnderlinesWideOnesTwice() {
    // 罚款 and the space take five columns; ^~ marks 罚 (two columns: new user, 涉及人 was
    // underlined one short), 款 takes ~~ and x takes ~.
    assertEquals("s.cailiang:1:4: error: 错 [x]\n罚款 罚款x\n     ^~~~~\n", render("罚款 罚款x", 1, 4, 3));
    assertEquals("s.cailiang:1:1: error: 错 [x]\n罚\n^~\n", render("罚", 1, 1, 1));
  }

  @Test
  void aTabStaysATabSoTheCaretLinesUp() {
    assertEquals("s.cailiang:1:3: error: 错 [x]\n\ta\tb\n\t ^\n", render("\ta\tb", 1, 3, 1));
  }

  @Test
  void theUnderlineStopsAtTheEndOfTheLine() {
    assertEquals("s.cailiang:1:2: error: 错 [x]\nabc\n ^~\n", render("abc", 1, 2, 10));
    assertEquals("s.cailiang:2:1: error: 错 [x]\ndef\n^\n", render("abc\ndef", 2, 1, 1));
  }

  @Test
  void aLongLineIsShownAsAWindowAroundTheSpot() {
    String line = "a".repeat(100) + "X" + "b".repeat(300);
    String[] rendered = render(line, 1, 101, 1).split("\n");
    assertEquals(200, rendered[1].length());
    assertEquals("a".repeat(40) + "X" + "b".repeat(159), rendered[1]);
    assertEquals(" ".repeat(40) + "^", rendered[2]);
    String[] atTheEnd = render(line, 1, 400, 1).split("\n");
    assertEquals("b".repeat(200), atTheEnd[1]);
    assertEquals(" ".repeat(198) + "^", atTheEnd[2]);
    String[] atTheStart = render(line, 1, 3, 1).split("\n");
    assertEquals(line.substring(0, 200), atTheStart[1]);
    assertEquals("  ^", atTheStart[2]);
    assertEquals(200, render("c".repeat(201), 1, 1, 1).split("\n")[1].length());
    assertEquals(200, render("c".repeat(200), 1, 1, 1).split("\n")[1].length());
  }

  @Test
  void invisibleCharactersBecomeOneReplacementCharacter() {
    assertEquals("s.cailiang:1:3: error: 错 [x]\na\uFFFDb\n  ^\n", render("a\u202Eb", 1, 3, 1));
  }

  @Test
  void withoutItsSourceOnlyTheMessageIsShown() {
    Diagnostic diagnostic = new Diagnostic(new SourceSpan("other.cailiang", 1, 1, 1), Severity.WARNING, "x", "警");
    assertEquals("other.cailiang:1:1: warning: 警 [x]\n", new DiagnosticRenderer(Map.of()).render(diagnostic));
    assertEquals("s.cailiang:9:1: error: 错 [x]\n\n^\n", render("abc", 9, 1, 1), "a line past the end is empty");
  }

  @Test
  void severalDiagnosticsAreRenderedInTurn() {
    DiagnosticRenderer renderer = new DiagnosticRenderer(Map.of("s.cailiang", new SourceFile("s.cailiang", "ab\ncd")));
    assertEquals("s.cailiang:1:1: error: 一 [x]\nab\n^\ns.cailiang:2:2: error: 二 [x]\ncd\n ^\n", renderer.render(List.of(
        new Diagnostic(new SourceSpan("s.cailiang", 1, 1, 1), Severity.ERROR, "x", "一"),
        new Diagnostic(new SourceSpan("s.cailiang", 2, 2, 1), Severity.ERROR, "x", "二"))));
  }
}
