package org.cailiang.dsl.diag;

import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics as compilers do: {@code path:line:col: error: message [check]}, the source
 * line, and a caret under the spot. The check's name is shown (as javac shows {@code
 * [deprecation]}) so that an author can write a {@code suppress} for it from the text output. Wide (CJK) characters take two columns, so the caret stays under
 * the right character in a terminal.
 */
public final class DiagnosticRenderer {
  private static final int MAX_LINE = 200;
  private final Map<String, SourceFile> sources;
  /** The lines of each file, split once: a file may have many diagnostics. */
  private final Map<String, List<String>> lines = new java.util.HashMap<>();

  /** @param sources the files by the path their diagnostics carry */
  public DiagnosticRenderer(Map<String, SourceFile> sources) {
    this.sources = Map.copyOf(sources);
  }

  /** All diagnostics, one block each, then a summary line when there are any. */
  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      out.append(render(diagnostic));
    }
    return out.toString();
  }

  /**
   * One diagnostic: its line, the source line and the caret line, each ending in {@code \n}.
   * Names quoted in the message are shown with their invisible characters made visible, so a
   * standard cannot write to the terminal through them.
   */
  public String render(Diagnostic diagnostic) {
    StringBuilder out = new StringBuilder(Characters.oneLine(diagnostic.toString()))
        .append(" [").append(diagnostic.check()).append("]\n");
    SourceFile source = sources.get(diagnostic.span().path());
    if (source == null) {
      return out.toString();
    }
    List<String> fileLines = lines.computeIfAbsent(source.path(), p -> source.lines());
    int number = diagnostic.span().line();
    String line = printable(number >= 1 && number <= fileLines.size() ? fileLines.get(number - 1) : "");
    int[] codePoints = line.codePoints().toArray();
    int column = diagnostic.span().column() - 1;
    if (codePoints.length > MAX_LINE) {
      // Show a window around the spot instead of a whole paragraph of article text.
      int from = Math.max(0, Math.min(column - 40, codePoints.length - MAX_LINE));
      int to = Math.min(codePoints.length, from + MAX_LINE);
      codePoints = java.util.Arrays.copyOfRange(codePoints, from, to);
      column -= from;
    }
    out.append(new String(codePoints, 0, codePoints.length)).append('\n');
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < Math.min(column, codePoints.length); i++) {
      int cp = codePoints[i];
      caret.append(cp == '\t' ? "\t" : isWide(cp) ? "  " : " ");
    }
    caret.append('^');
    if (column < codePoints.length && isWide(codePoints[column])) {
      caret.append('~'); // the spot's second column (new user: 涉及人 was underlined one short)
    }
    int underline = Math.min(diagnostic.span().length(), Math.max(1, codePoints.length - column));
    for (int i = 1; i < underline && column + i < codePoints.length; i++) {
      caret.append(isWide(codePoints[column + i]) ? "~~" : "~");
    }
    return out.append(caret).append('\n').toString();
  }

  /**
   * Invisible characters would corrupt the terminal or reorder the line; each becomes one U+FFFD,
   * one column wide, so that the caret below stays in place.
   */
  private static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints().forEach(cp -> out.appendCodePoint(Characters.isInvisible(cp) ? 0xFFFD : cp));
    return out.toString();
  }

  /** East Asian wide and full-width characters: two terminal columns. */
  static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F
        || cp >= 0x2E80 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x20000 && cp <= 0x3FFFD;
  }
}
