package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Violation;

/**
 * Three-valued evaluation of a condition over a partial assignment of regions: {@code TRUE},
 * {@code FALSE}, or {@code null} when it depends on a fact not yet assigned.
 */
final class Truth {
  /** The facts by id: conditions are evaluated millions of times on large tables. */
  private final Map<String, Fact> facts = new HashMap<>();

  Truth(Violation violation) {
    violation.facts().forEach(f -> facts.put(f.id(), f));
  }

  Boolean of(Condition condition, Map<String, Region> assignment) {
    return condition.accept(new Evaluation(assignment));
  }

  /** Evaluates conditions over one partial assignment. */
  private final class Evaluation implements Condition.Visitor<Boolean> {
    private final Map<String, Region> assignment;

    Evaluation(Map<String, Region> assignment) {
      this.assignment = assignment;
    }

    @Override
    public Boolean visitAnd(Condition.And c) {
      return chain(c.operands(), false);
    }

    @Override
    public Boolean visitOr(Condition.Or c) {
      return chain(c.operands(), true);
    }

    @Override
    public Boolean visitNot(Condition.Not c) {
      Boolean operand = c.operand().accept(this);
      return operand == null ? null : !operand;
    }

    @Override
    public Boolean visitAlways(Condition.Always c) {
      return true;
    }

    @Override
    public Boolean visitOtherwise(Condition.Otherwise c) {
      throw new IllegalArgumentException("otherwise is decided by the other tiers");
    }

    @Override
    public Boolean visitIsTrue(Condition.IsTrue c) {
      Region region = assignment.get(c.fact().name());
      return region == null ? null : (Boolean) region.sample();
    }

    @Override
    public Boolean visitIn(Condition.In c) {
      String factId = c.fact().name();
      Region region = assignment.get(factId);
      if (region == null) {
        return null;
      }
      Object value = region.sample();
      Fact fact = facts.get(factId);
      boolean found = c.values().stream().anyMatch(literal -> equal(fact, value, literal));
      return found != c.negated();
    }

    @Override
    public Boolean visitCompare(Condition.Compare c) {
      String factId = c.fact().name();
      Region region = assignment.get(factId);
      if (region == null) {
        return null;
      }
      Object value = region.sample();
      Fact fact = facts.get(factId);
      switch (c.op()) {
        case EQ:
          return equal(fact, value, c.value());
        case NE:
          return !equal(fact, value, c.value());
        default:
          int order = ((BigDecimal) value).compareTo(((Literal.Number) c.value()).value());
          switch (c.op()) {
            case LT:
              return order < 0;
            case LE:
              return order <= 0;
            case GT:
              return order > 0;
            default:
              return order >= 0;
          }
      }
    }

    /**
     * An and ({@code decisive} false) or an or ({@code decisive} true): the decisive value as
     * soon as one operand has it, else unknown if any operand is, else the other value.
     */
    private Boolean chain(List<Condition> operands, boolean decisive) {
      boolean unknown = false;
      for (Condition operand : operands) {
        Boolean value = operand.accept(this);
        if (value == null) {
          unknown = true;
        } else if (value == decisive) {
          return decisive;
        }
      }
      return unknown ? null : !decisive;
    }
  }

  private static boolean equal(Fact fact, Object value, Literal literal) {
    if (fact.type() instanceof FactType.Enum type) {
      return type.resolve(literal).map(v -> v.id().equals(value)).orElse(false);
    }
    if (literal instanceof Literal.Bool b) {
      return b.value() == (Boolean) value;
    }
    return ((BigDecimal) value).compareTo(((Literal.Number) literal).value()) == 0;
  }
}
