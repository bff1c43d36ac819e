package org.cailiang.dsl.model;

import java.util.stream.Collectors;

/** Writes a condition back as source text, for documentation and messages. */
public final class ConditionText {
  private ConditionText() {}

  public static String of(Condition condition) {
    return write(condition, 0);
  }

  /** @param context the binding strength around: 0 none, 1 inside or, 2 inside and, 3 inside not */
  private static String write(Condition condition, int context) {
    if (condition instanceof Condition.Or c) {
      return wrap(join(c.operands(), " or ", 1), context > 1);
    }
    if (condition instanceof Condition.And c) {
      return wrap(join(c.operands(), " and ", 2), context > 2);
    }
    if (condition instanceof Condition.Not c) {
      return "not " + write(c.operand(), 3);
    }
    if (condition instanceof Condition.IsTrue c) {
      return c.fact().name();
    }
    if (condition instanceof Condition.Compare c) {
      return c.fact().name() + " " + c.op().symbol() + " " + c.value().text();
    }
    if (condition instanceof Condition.In c) {
      return c.fact().name() + (c.negated() ? " not in {" : " in {")
          + c.values().stream().map(Literal::text).collect(Collectors.joining(", ")) + "}";
    }
    return condition instanceof Condition.Otherwise ? "otherwise" : "always";
  }

  private static String join(java.util.List<Condition> operands, String operator, int context) {
    return operands.stream().map(o -> write(o, context)).collect(Collectors.joining(operator));
  }

  private static String wrap(String text, boolean parenthesize) {
    return parenthesize ? "(" + text + ")" : text;
  }
}
