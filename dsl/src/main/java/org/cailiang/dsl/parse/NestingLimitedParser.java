package org.cailiang.dsl.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * The parser, with a fixed bound on nesting: at most {@value #MAX_DEPTH} levels of {@code not},
 * parentheses and {@code either} inside one another. Everything after the parser (the model,
 * the checks, the interpreter, the generated Java and javac) recurses once per level, so the
 * bound is counted here, token by token, the same on every run, rather than left to whatever
 * depth the thread's stack happens to allow. Chains of {@code and}/{@code or} do not nest: they
 * are loops in the parser and flat lists in the model.
 */
final class NestingLimitedParser extends CailiangParser {
  /** No real standard comes near it: conditions are a few levels deep. */
  static final int MAX_DEPTH = 100;

  /** For each open condition or sanction, whether it opened a level. */
  private final Deque<Boolean> levels = new ArrayDeque<>();
  private int depth;

  NestingLimitedParser(TokenStream input) {
    super(input);
  }

  /** Thrown where the limit is crossed; not a recognition error, so no recovery is attempted. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Token token;

    TooDeep(Token token) {
      super(null, null, false, false);
      this.token = token;
    }

    Token token() {
      return token;
    }
  }

  @Override
  public void enterRecursionRule(ParserRuleContext context, int state, int ruleIndex, int precedence) {
    open(ruleIndex == RULE_condition, NOT, LPAREN);
    super.enterRecursionRule(context, state, ruleIndex, precedence);
  }

  @Override
  public void unrollRecursionContexts(ParserRuleContext parent) {
    close();
    super.unrollRecursionContexts(parent);
  }

  @Override
  public void enterRule(ParserRuleContext context, int state, int ruleIndex) {
    if (ruleIndex == RULE_sanctionBody) {
      open(true, EITHER, EITHER);
    }
    super.enterRule(context, state, ruleIndex);
  }

  @Override
  public void exitRule() {
    if (getContext().getRuleIndex() == RULE_sanctionBody) {
      close();
    }
    super.exitRule();
  }

  @Override
  public void reset() {
    super.reset();
    if (levels != null) { // null while ANTLR's constructor calls this, before the fields are set
      levels.clear();
    }
    depth = 0;
  }

  /** A rule starts: a new level when it starts at one of the nesting tokens. */
  private void open(boolean tracked, int nesting, int alsoNesting) {
    int type = getCurrentToken().getType();
    boolean level = tracked && (type == nesting || type == alsoNesting);
    levels.push(level);
    if (level && ++depth > MAX_DEPTH) {
      throw new TooDeep(getCurrentToken());
    }
  }

  private void close() {
    if (!levels.isEmpty() && levels.pop()) {
      depth--;
    }
  }
}
