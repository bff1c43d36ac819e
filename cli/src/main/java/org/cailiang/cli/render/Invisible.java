package org.cailiang.cli.render;

import org.cailiang.dsl.diag.Characters;

/**
 * Characters a reader cannot see — bidirectional overrides, zero-width spaces, control
 * characters — shown as visible markers in pages meant for people, so that a text cannot
 * display differently from what it says.
 */
final class Invisible {
  private Invisible() {}

  /**
   * The character at {@code index} itself, or {@code ⟨U+E0001⟩} for one a reader cannot see; a
   * whole code point, since some invisible ones (the tag characters) lie outside the BMP.
   */
  static String shown(String text, int index) {
    return Characters.shown(text.codePointAt(index));
  }

  /** How many chars {@link #shown} consumed: 2 for a surrogate pair. */
  static int length(String text, int index) {
    return Character.charCount(text.codePointAt(index));
  }
}
