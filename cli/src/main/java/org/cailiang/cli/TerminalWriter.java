package org.cailiang.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.cailiang.dsl.diag.Characters;

/**
 * A writer for text meant for a terminal: control and bidirectional characters from a standard,
 * a fact value or a file name are shown as {@code ⟨U+001B⟩} instead of being obeyed.
 */
final class TerminalWriter extends FilterWriter {
  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(Characters.shown(c));
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    out.write(Characters.visible(new String(chars, offset, length)));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(Characters.visible(text.substring(offset, offset + length)));
  }
}
