package org.cailiang.importer;

/** Writing strings of the language. */
final class Strings {
  private Strings() {}

  /** A string literal: quotes and backslashes escaped; no line breaks (callers join lines). */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** At most {@code max} characters of the text, an ellipsis marking a cut. */
  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
