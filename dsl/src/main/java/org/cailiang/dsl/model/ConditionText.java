package org.cailiang.dsl.model;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a condition back as source text, for documentation and messages. */
public final class ConditionText {
  private static final int NONE = 0;
  private static final int IN_OR = 1;
  private static final int IN_AND = 2;
  private static final int IN_NOT = 3;

  private ConditionText() {}

  public static String of(Condition condition) {
    return write(condition, NONE);
  }

  /** @param context the binding strength around: 0 none, 1 inside or, 2 inside and, 3 inside not */
  private static String write(Condition condition, int context) {
    return condition.accept(new Writer(context));
  }

  /** Writes one condition inside the given binding strength. */
  private record Writer(int context) implements Condition.Visitor<String> {
    @Override
    public String visitOr(Condition.Or c) {
      return wrap(join(c.operands(), " or ", IN_OR), context > IN_OR);
    }

    @Override
    public String visitAnd(Condition.And c) {
      return wrap(join(c.operands(), " and ", IN_AND), context > IN_AND);
    }

    @Override
    public String visitNot(Condition.Not c) {
      return "not " + write(c.operand(), IN_NOT);
    }

    @Override
    public String visitIsTrue(Condition.IsTrue c) {
      return c.fact().name();
    }

    @Override
    public String visitCompare(Condition.Compare c) {
      return c.fact().name() + " " + c.op().symbol() + " " + c.value().text();
    }

    @Override
    public String visitIn(Condition.In c) {
      return c.fact().name() + (c.negated() ? " not in {" : " in {")
          + c.values().stream().map(Literal::text).collect(Collectors.joining(", ")) + "}";
    }

    @Override
    public String visitOtherwise(Condition.Otherwise c) {
      return "otherwise";
    }

    @Override
    public String visitAlways(Condition.Always c) {
      return "always";
    }

    /** A named circumstance by its name, as written where it is used. */
    @Override
    public String visitNamed(Condition.Named c) {
      return c.name();
    }
  }

  private static String join(List<Condition> operands, String operator, int context) {
    return operands.stream().map(o -> write(o, context)).collect(Collectors.joining(operator));
  }

  private static String wrap(String text, boolean parenthesize) {
    return parenthesize ? "(" + text + ")" : text;
  }
}
