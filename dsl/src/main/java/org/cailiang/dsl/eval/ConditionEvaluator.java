package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.Map;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Labelled;

/**
 * Evaluates a checked condition over typed facts: enum values as {@link Labelled}, booleans,
 * amounts as {@link BigDecimal} and whole numbers as {@link Long}. Comparisons of numbers are
 * exact; {@code <=} and {@code >=} include the bound (以上、以下).
 */
final class ConditionEvaluator {
  private final Violation violation;

  ConditionEvaluator(Violation violation) {
    this.violation = violation;
  }

  boolean holds(Condition condition, Map<String, Object> facts) {
    return condition.accept(new Evaluation(facts));
  }

  /** Evaluates conditions over one set of facts. */
  private final class Evaluation implements Condition.Visitor<Boolean> {
    private final Map<String, Object> facts;

    Evaluation(Map<String, Object> facts) {
      this.facts = facts;
    }

    @Override
    public Boolean visitAnd(Condition.And c) {
      return c.operands().stream().allMatch(operand -> operand.accept(this));
    }

    @Override
    public Boolean visitOr(Condition.Or c) {
      return c.operands().stream().anyMatch(operand -> operand.accept(this));
    }

    @Override
    public Boolean visitNot(Condition.Not c) {
      return !c.operand().accept(this);
    }

    @Override
    public Boolean visitIsTrue(Condition.IsTrue c) {
      return (Boolean) facts.get(c.fact().name());
    }

    @Override
    public Boolean visitCompare(Condition.Compare c) {
      Object value = facts.get(c.fact().name());
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      switch (c.op()) {
        case EQ:
          return same(fact, value, c.value());
        case NE:
          return !same(fact, value, c.value());
        default:
          int order = number(value).compareTo(((Literal.Number) c.value()).value());
          return c.op() == Condition.Operator.LT ? order < 0
              : c.op() == Condition.Operator.LE ? order <= 0
              : c.op() == Condition.Operator.GT ? order > 0
              : order >= 0;
      }
    }

    @Override
    public Boolean visitIn(Condition.In c) {
      Object value = facts.get(c.fact().name());
      Fact fact = violation.fact(c.fact().name()).orElseThrow();
      boolean found = c.values().stream().anyMatch(literal -> same(fact, value, literal));
      return found != c.negated();
    }

    @Override
    public Boolean visitAlways(Condition.Always c) {
      return true;
    }

    /** The interpreter picks the otherwise tier itself, when no other tier holds. */
    @Override
    public Boolean visitOtherwise(Condition.Otherwise c) {
      throw new IllegalArgumentException("not a condition to evaluate: " + c);
    }
  }

  /** Whether a fact's value equals a literal of the fact's type. */
  static boolean same(Fact fact, Object value, Literal literal) {
    if (fact.type() instanceof FactType.Enum type) {
      return type.resolve(literal).map(v -> v.id().equals(((Labelled) value).id())).orElse(false);
    }
    if (literal instanceof Literal.Bool b) {
      return b.value() == (Boolean) value;
    }
    return number(value).compareTo(((Literal.Number) literal).value()) == 0;
  }

  private static BigDecimal number(Object value) {
    return value instanceof Long count ? BigDecimal.valueOf(count) : (BigDecimal) value;
  }
}
