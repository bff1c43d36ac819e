package org.cailiang.dsl.diag;

/** Characters a reader cannot see, which no output may let through as they are. */
public final class Characters {
  private Characters() {}

  /**
   * Control and format characters (bidirectional overrides, zero-width spaces, byte-order marks)
   * and the Unicode line and paragraph separators; line feeds and tabs are ordinary.
   */
  public static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return c != '\n' && c != '\t'
        && (type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029');
  }
}
