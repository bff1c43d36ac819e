package org.cailiang.dsl.model;

import java.util.List;

/** When a tier or a statute clause applies: a boolean expression over the facts. */
public sealed interface Condition {

  SourceSpan span();

  /** Calls the visitor's method for this kind of condition. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of condition: an operation written as a visitor stops compiling when a
   * kind is added, where an {@code instanceof} chain would fail only at run time.
   */
  interface Visitor<R> {
    R visitAnd(And and);

    R visitOr(Or or);

    R visitNot(Not not);

    R visitIsTrue(IsTrue isTrue);

    R visitCompare(Compare compare);

    R visitIn(In in);

    R visitOtherwise(Otherwise otherwise);

    R visitAlways(Always always);

    /**
     * A named circumstance means exactly its condition, so by default an operation sees through
     * the name; operations that show conditions to people override this to keep the name.
     */
    default R visitNamed(Named named) {
      return named.body().accept(this);
    }
  }

  /** The fact an atomic condition (a comparison, {@code in}, or a boolean fact) reads. */
  static String factOf(Condition atom) {
    return atom.accept(AtomFact.INSTANCE);
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

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAnd(this);
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

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOr(this);
    }
  }

  /** {@code not operand}. */
  record Not(Condition operand, SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }

  /** A boolean fact on its own: {@code harm}. */
  record IsTrue(Ref fact, SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIsTrue(this);
    }
  }

  /** {@code fact op value}. */
  record Compare(Ref fact, Operator op, Literal value, SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompare(this);
    }
  }

  /** {@code fact in {a, b}} or, negated, {@code fact not in {a, b}}. */
  record In(Ref fact, List<Literal> values, boolean negated, SourceSpan span) implements Condition {
    public In {
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitIn(this);
    }
  }

  /** The fallback of a tier: applies when no other tier of the violation does. */
  record Otherwise(SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOtherwise(this);
    }
  }

  /** A statute clause without {@code when}: applies always. */
  record Always(SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAlways(this);
    }
  }

  /**
   * A use of a named circumstance ({@code circumstance serious "情节较重" = a or b}): its body,
   * built once where it is declared, under its name and label.
   */
  record Named(String name, String label, Condition body, SourceSpan span) implements Condition {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNamed(this);
    }
  }

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
