package org.cailiang.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cailiang.dsl.model.SourceSpan;

/** Source spans from ANTLR tokens and contexts; ANTLR columns are 0-based, ours 1-based. */
final class Spans {
  private final String path;

  Spans(String path) {
    this.path = path;
  }

  SourceSpan of(Token token) {
    String text = token.getType() == Token.EOF ? " " : token.getText();
    int length = text == null ? 1 : firstLine(text).codePointCount(0, firstLine(text).length());
    return new SourceSpan(path, Math.max(1, token.getLine()), token.getCharPositionInLine() + 1, length);
  }

  /** The span of a rule: from its first token to its last when they share a line. */
  SourceSpan of(ParserRuleContext context) {
    Token start = context.getStart();
    Token stop = context.getStop();
    SourceSpan first = of(start);
    if (stop == null || stop.getLine() != start.getLine() || stop.getType() == Token.EOF) {
      return first;
    }
    int end = stop.getCharPositionInLine() + 1 + of(stop).length();
    return new SourceSpan(path, first.line(), first.column(), end - first.column());
  }

  /** One character at a line and a 0-based column, as ANTLR counts them. */
  SourceSpan at(int line, int column) {
    return new SourceSpan(path, line, column + 1, 1);
  }

  /** The start of the file, for problems with the file as a whole. */
  SourceSpan start() {
    return new SourceSpan(path, 1, 1, 1);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
