package org.cailiang.importer;

/** Writing strings of the language. */
final class Strings {
  private Strings() {}

  /** A string literal: quotes and backslashes escaped; no line breaks (callers join lines). */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '\\' || c == '"') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (org.cailiang.dsl.diag.Characters.isInvisible(c)) {
        // A bidi override or a zero-width space from a cell would make the draft read otherwise
        // than it parses ("Trojan Source", hostile check): written as the language's escape.
        out.append(String.format("\\u{%04X}", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /** Text for a {@code //} comment: one line, invisible characters shown as ⟨U+202E⟩. */
  static String comment(String text) {
    return org.cailiang.dsl.diag.Characters.visible(text.replaceAll("[\\r\\n]+", " "));
  }

  /** At most {@code max} characters of the text, an ellipsis marking a cut. */
  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
