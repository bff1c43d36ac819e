package org.cailiang.cli.render;

/**
 * Characters a reader cannot see — bidirectional overrides, zero-width spaces, control
 * characters — shown as visible markers in pages meant for people, so that a text cannot
 * display differently from what it says.
 */
final class Invisible {
  private Invisible() {}

  /** The character itself, or {@code ⟨U+202E⟩} for one a reader cannot see. */
  static String shown(char c) {
    int type = Character.getType(c);
    boolean invisible = c != '\n' && c != '\t'
        && (type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029');
    return invisible ? String.format("⟨U+%04X⟩", (int) c) : String.valueOf(c);
  }
}
