package org.cailiang.dsl.parse;

import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Full-width digits (０ to ９), typed with a Chinese input method, in numbers: {@code １万..３万}
 * reads as {@code 1万..3万}. The lexer sees the digits as ASCII (one character for one, so every
 * position stays where it was); every token but a number then takes back the text as written, so
 * strings, texts, names and comments keep their full-width digits. A file without them is lexed as
 * it is.
 */
final class FullWidthDigits {
  private static final char FIRST = '\uFF10';
  private static final char LAST = '\uFF19';

  private FullWidthDigits() {}

  /** The text with full-width digits as ASCII; the same instance when it has none. */
  static String forLexer(String text) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FIRST && c <= LAST) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      if (chars[i] >= FIRST && chars[i] <= LAST) {
        chars[i] = (char) ('0' + chars[i] - FIRST);
      }
    }
    return new String(chars);
  }

  /**
   * Gives every token but numbers and percentages its text as written in {@code written}, the
   * source (the lexer read the same code points, but for the digits).
   */
  static void restore(List<Token> tokens, String written) {
    int[] codePoints = written.codePoints().toArray();
    for (Token token : tokens) {
      int type = token.getType();
      if (type == Token.EOF || type == CailiangLexer.NUMBER || type == CailiangLexer.PERCENT
          || token.getStartIndex() < 0 || token.getStopIndex() < token.getStartIndex()) {
        continue;
      }
      ((CommonToken) token).setText(new String(codePoints, token.getStartIndex(),
          token.getStopIndex() - token.getStartIndex() + 1));
    }
  }
}
