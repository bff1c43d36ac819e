package org.cailiang.cli.render;

import org.cailiang.dsl.diag.Characters;

/**
 * Characters a reader cannot see — bidirectional overrides, zero-width spaces, control
 * characters — shown as visible markers in pages meant for people, so that a text cannot
 * display differently from what it says.
 */
final class Invisible {
  private Invisible() {}

  /** The character itself, or {@code ⟨U+202E⟩} for one a reader cannot see. */
  static String shown(char c) {
    return Characters.shown(c);
  }
}
