package org.cailiang.dsl.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A condition in the words of an official table, for renders: facts and named circumstances by
 * their labels ({@code income > 0} reads 有违法所得, {@code times >= 3} reads 次数3以上).
 */
public final class ConditionWords {
  private final Violation violation;

  /**
   * @param violation the violation whose facts and circumstances the conditions name
   */
  public ConditionWords(Violation violation) {
    this.violation = violation;
  }

  /** {@return the condition in the words of an official table} */
  public String of(Condition condition) {
    return condition.accept(new Words());
  }

  /** {@return a sanction imposed only where its condition holds: 有违法所得的，没收违法所得} */
  public String guarded(Condition condition, String sanction) {
    return of(condition) + "的，" + sanction;
  }

  private final class Words implements Condition.Visitor<String> {
    @Override
    public String visitAnd(Condition.And c) {
      return join(c.operands(), "且");
    }

    @Override
    public String visitOr(Condition.Or c) {
      return join(c.operands(), "或者");
    }

    @Override
    public String visitNot(Condition.Not c) {
      return "非" + wrapped(c.operand());
    }

    @Override
    public String visitIsTrue(Condition.IsTrue c) {
      return label(c.fact().name());
    }

    @Override
    public String visitCompare(Condition.Compare c) {
      String fact = label(c.fact().name());
      String value = value(c.fact().name(), c.value());
      boolean zero = c.value() instanceof Literal.Number n && n.value().signum() == 0;
      return switch (c.op()) {
        case GT -> zero ? "有" + fact : fact + "超过" + value;
        case GE -> fact + value + "以上";
        case LE -> fact + value + "以下";
        case LT -> fact + "不足" + value;
        case EQ -> zero ? "无" + fact : fact + "为" + value;
        case NE -> zero ? "有" + fact : fact + "不为" + value;
      };
    }

    @Override
    public String visitIn(Condition.In c) {
      String values = c.values().stream().map(v -> value(c.fact().name(), v)).collect(Collectors.joining("、"));
      return label(c.fact().name()) + (c.negated() ? "不为" : "为") + values;
    }

    @Override
    public String visitOtherwise(Condition.Otherwise c) {
      return "其他情形";
    }

    @Override
    public String visitAlways(Condition.Always c) {
      return "";
    }

    @Override
    public String visitNamed(Condition.Named c) {
      return c.label();
    }

    private String join(List<Condition> operands, String word) {
      return operands.stream().map(this::wrapped).collect(Collectors.joining(word));
    }

    /** A compound operand in brackets, so that 且 and 或者 read unambiguously. */
    private String wrapped(Condition operand) {
      String words = operand.accept(this);
      return operand instanceof Condition.And || operand instanceof Condition.Or ? "（" + words + "）" : words;
    }
  }

  private String label(String factId) {
    return violation.fact(factId).map(Fact::label).orElse(factId);
  }

  /** An enum value by its label; a number as written; a boolean as 是/否. */
  private String value(String factId, Literal literal) {
    if (literal instanceof Literal.Bool b) {
      return b.value() ? "是" : "否";
    }
    if (literal instanceof Literal.Number n) {
      String text = n.text();
      return text.matches(".*[0-9]") && violation.fact(factId).map(f -> f.type() instanceof FactType.Amount).orElse(false)
          ? text + "元" : text;
    }
    return violation.fact(factId).map(Fact::type)
        .filter(FactType.Enum.class::isInstance).map(FactType.Enum.class::cast)
        .flatMap(type -> type.resolve(literal)).map(v -> v.label()).orElse(literal.text());
  }
}
