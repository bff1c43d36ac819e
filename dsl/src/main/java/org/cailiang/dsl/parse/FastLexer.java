package org.cailiang.dsl.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * The generated lexer, with string literals and text blocks scanned by hand. ANTLR's lexer caches
 * its automaton for ASCII only, so it simulates every other character afresh; official texts are
 * Chinese, and they are most of a standard. The hand-written scan follows the STRING and
 * TEXT_BLOCK rules of the grammar exactly (a test compares both lexers token by token); every
 * other token is ANTLR's.
 */
public final class FastLexer extends CailiangLexer {

  public FastLexer(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    skipWhitespaceAndLineComments();
    if (_input.LA(1) == '"') {
      return string();
    }
    return super.nextToken();
  }

  /**
   * The bidirectional controls and line separators met in line comments, which the grammar
   * skips: {line, 0-based column, code point} each ({@link HiddenText}).
   */
  final java.util.List<int[]> hiddenInComments = new java.util.ArrayList<>();

  /** WS and LINE_COMMENT, which the grammar skips. */
  private void skipWhitespaceAndLineComments() {
    while (true) {
      int c = _input.LA(1);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u000C' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF') {
        getInterpreter().consume(_input);
      } else if (c == '/' && _input.LA(2) == '/') {
        while (_input.LA(1) != CharStream.EOF && _input.LA(1) != '\r' && _input.LA(1) != '\n') {
          if (HiddenText.misleading(_input.LA(1))) {
            hiddenInComments.add(new int[] {getInterpreter().getLine(),
                getInterpreter().getCharPositionInLine(), _input.LA(1)});
          }
          getInterpreter().consume(_input);
        }
      } else {
        return;
      }
    }
  }

  /** TEXT_BLOCK: '"""' .*? ('"""' | EOF); else STRING: '"' ('\\' ~[\r\n] | ~["\\\r\n])* '"'?. */
  private Token string() {
    _token = null;
    _channel = Token.DEFAULT_CHANNEL;
    _tokenStartCharIndex = _input.index();
    _tokenStartCharPositionInLine = getInterpreter().getCharPositionInLine();
    _tokenStartLine = getInterpreter().getLine();
    _text = null;
    if (_input.LA(2) == '"' && _input.LA(3) == '"') {
      _type = TEXT_BLOCK;
      consume(3);
      while (_input.LA(1) != CharStream.EOF) {
        if (_input.LA(1) == '"' && _input.LA(2) == '"' && _input.LA(3) == '"') {
          consume(3);
          break;
        }
        consume(1);
      }
    } else {
      _type = STRING;
      consume(1);
      while (true) {
        int c = _input.LA(1);
        if (c == '\\' && _input.LA(2) != CharStream.EOF && _input.LA(2) != '\r' && _input.LA(2) != '\n') {
          consume(2);
        } else if (c == CharStream.EOF || c == '"' || c == '\\' || c == '\r' || c == '\n') {
          if (c == '"') {
            consume(1);
          }
          break;
        } else {
          consume(1);
        }
      }
    }
    return emit();
  }

  private void consume(int count) {
    for (int i = 0; i < count; i++) {
      getInterpreter().consume(_input);
    }
  }
}
