package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;

/** Cleaning cell text the same way for every format, so all formats give the same table. */
final class Cells {
  private Cells() {}

  /**
   * Line breaks as {@code \n}, trailing spaces of each line and blank lines around the text
   * dropped; blank lines inside are kept (they separate paragraphs, e.g. articles).
   */
  static String clean(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      kept.add(line.stripTrailing());
    }
    int start = 0;
    while (start < kept.size() && kept.get(start).isBlank()) {
      start++;
    }
    int end = kept.size();
    while (end > start && kept.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", kept.subList(start, end));
  }

  /** The text without any white space, to compare header cells ({@code 编  码}). */
  static String compact(String text) {
    return SPACE.matcher(text).replaceAll("");
  }

  private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\\u3000]+");
}
