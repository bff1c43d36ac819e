package org.cailiang.dsl.diag;

/** Characters a reader cannot see, which no output may let through as they are. */
public final class Characters {
  private Characters() {}

  /**
   * Control and format characters (C0 and C1 controls, DEL, bidirectional controls, zero-width
   * spaces, byte-order marks) and the Unicode line and paragraph separators; line feeds and tabs
   * are ordinary.
   */
  public static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return codePoint != '\n' && codePoint != '\t'
        && (type == Character.CONTROL || type == Character.FORMAT
            || codePoint == '\u2028' || codePoint == '\u2029');
  }

  /**
   * {@link #visible}, and a line feed shown as {@code ⟨U+000A⟩} too: for what must stay one line
   * (a diagnostic), so that a name with a line break cannot print a line of its own — a forged
   * {@code no problems}.
   */
  public static String oneLine(String text) {
    String shown = visible(text);
    return shown.indexOf('\n') < 0 ? shown : shown.replace("\n", "⟨U+000A⟩");
  }

  /** The character itself, or {@code ⟨U+202E⟩} for one a reader cannot see. */
  public static String shown(int codePoint) {
    return isInvisible(codePoint)
        ? String.format("⟨U+%04X⟩", codePoint)
        : new String(Character.toChars(codePoint));
  }

  /**
   * The text with every invisible character shown as {@code ⟨U+001B⟩}: what a terminal receives
   * can neither move the cursor, clear the screen nor reorder what it displays.
   */
  public static String visible(String text) {
    int first = 0;
    while (first < text.length() && !isInvisible(text.codePointAt(first))) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == text.length()) {
      return text; // the common case: nothing to escape, nothing copied
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      out.append(shown(codePoint));
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
