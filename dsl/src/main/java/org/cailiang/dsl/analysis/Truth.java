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
    if (condition instanceof Condition.And c) {
      return chain(c.operands(), false, assignment);
    }
    if (condition instanceof Condition.Or c) {
      return chain(c.operands(), true, assignment);
    }
    if (condition instanceof Condition.Not c) {
      Boolean operand = of(c.operand(), assignment);
      return operand == null ? null : !operand;
    }
    if (condition instanceof Condition.Always) {
      return true;
    }
    if (condition instanceof Condition.Otherwise) {
      throw new IllegalArgumentException("otherwise is decided by the other tiers");
    }
    String factId = Condition.factOf(condition);
    Region region = assignment.get(factId);
    if (region == null) {
      return null;
    }
    Object value = region.sample();
    if (condition instanceof Condition.IsTrue) {
      return (Boolean) value;
    }
    Fact fact = facts.get(factId);
    if (condition instanceof Condition.In c) {
      boolean found = c.values().stream().anyMatch(literal -> equal(fact, value, literal));
      return found != c.negated();
    }
    Condition.Compare c = (Condition.Compare) condition;
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
   * An and ({@code decisive} false) or an or ({@code decisive} true): the decisive value as soon
   * as one operand has it, else unknown if any operand is, else the other value.
   */
  private Boolean chain(List<Condition> operands, boolean decisive, Map<String, Region> assignment) {
    boolean unknown = false;
    for (Condition operand : operands) {
      Boolean value = of(operand, assignment);
      if (value == null) {
        unknown = true;
      } else if (value == decisive) {
        return decisive;
      }
    }
    return unknown ? null : !decisive;
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
