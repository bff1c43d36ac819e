package org.cailiang.dsl.analysis;

/** Where the clause holding a place of an official text begins and ends, for the text checks. */
final class Clauses {
  private Clauses() {}

  /** The index after the last of {@code ends} before {@code at}, or 0. */
  static int start(String text, int at, String ends) {
    int start = at;
    while (start > 0 && ends.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }

  /** The index of the first of {@code ends} at or after {@code at}, or the text's length. */
  static int end(String text, int at, String ends) {
    int end = at;
    while (end < text.length() && ends.indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end;
  }
}
