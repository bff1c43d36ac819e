package org.cailiang.dsl.model;

import java.util.List;

/** When a tier or a statute clause applies: a boolean expression over the facts. */
public sealed interface Condition {

  SourceSpan span();

  /** The fact an atomic condition (a comparison, {@code in}, or a boolean fact) reads. */
  static String factOf(Condition atom) {
    if (atom instanceof IsTrue c) {
      return c.fact().name();
    }
    if (atom instanceof In c) {
      return c.fact().name();
    }
    if (atom instanceof Compare c) {
      return c.fact().name();
    }
    throw new IllegalArgumentException("not an atomic condition: " + atom);
  }

  /**
   * {@code a and b and …}: a chain of any length is one node, so that nothing walking the model
   * recurses once per operand (a 1,000-term chain would otherwise be 1,000 frames deep).
   */
  record And(List<Condition> operands, SourceSpan span) implements Condition {
    public And {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("and needs two operands or more");
      }
    }
  }

  /** {@code a or b or …}, flat like {@link And}. */
  record Or(List<Condition> operands, SourceSpan span) implements Condition {
    public Or {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("or needs two operands or more");
      }
    }
  }

  /** {@code not operand}. */
  record Not(Condition operand, SourceSpan span) implements Condition {}

  /** A boolean fact on its own: {@code harm}. */
  record IsTrue(Ref fact, SourceSpan span) implements Condition {}

  /** {@code fact op value}. */
  record Compare(Ref fact, Operator op, Literal value, SourceSpan span) implements Condition {}

  /** {@code fact in {a, b}} or, negated, {@code fact not in {a, b}}. */
  record In(Ref fact, List<Literal> values, boolean negated, SourceSpan span) implements Condition {
    public In {
      values = List.copyOf(values);
    }
  }

  /** The fallback of a tier: applies when no other tier of the violation does. */
  record Otherwise(SourceSpan span) implements Condition {}

  /** A statute clause without {@code when}: applies always. */
  record Always(SourceSpan span) implements Condition {}

  /** A comparison operator. */
  enum Operator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
      return symbol;
    }

    /** Whether the operator orders values, so it needs a number. */
    public boolean isOrdering() {
      return this != EQ && this != NE;
    }
  }
}
