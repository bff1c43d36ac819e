package org.cailiang.dsl.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cailiang.dsl.model.Condition;

/**
 * Kleene's three-valued evaluation of a condition over facts of which some are missing: an atom
 * that reads a missing fact is unknown ({@code null}); {@code and} is false when any operand is,
 * {@code or} true when any operand is, whatever the unknown ones turn out to be. A known result
 * is therefore the result for every value of the missing facts.
 */
final class ThreeValued {
  private final ConditionEvaluator known;

  ThreeValued(ConditionEvaluator known) {
    this.known = known;
  }

  /** True, false, or {@code null} when the result depends on the missing facts. */
  Boolean holds(Condition condition, Map<String, Object> facts) {
    return condition.accept(new Evaluation(facts, known));
  }

  /** The missing facts the condition reads, in the order of their ids. */
  static Set<String> missingRead(Condition condition, Map<String, Object> facts) {
    Set<String> read = new TreeSet<>();
    condition.accept(new Evaluation(facts, null) {
      @Override
      Boolean atom(Condition atom) {
        String fact = Condition.factOf(atom);
        if (facts.get(fact) == null) {
          read.add(fact);
        }
        return null;
      }
    });
    return read;
  }

  private static class Evaluation implements Condition.Visitor<Boolean> {
    private final Map<String, Object> facts;
    private final ConditionEvaluator known;

    Evaluation(Map<String, Object> facts, ConditionEvaluator known) {
      this.facts = facts;
      this.known = known;
    }

    /** An atom: unknown when its fact is missing, else as the two-valued evaluator says. */
    Boolean atom(Condition atom) {
      return facts.get(Condition.factOf(atom)) == null ? null : known.holds(atom, facts);
    }

    @Override
    public Boolean visitAnd(Condition.And c) {
      Boolean result = Boolean.TRUE;
      for (Condition operand : c.operands()) { // every operand, so missingRead sees them all
        Boolean value = operand.accept(this);
        if (Boolean.FALSE.equals(value)) {
          result = Boolean.FALSE;
        } else if (value == null && result != Boolean.FALSE) {
          result = null;
        }
      }
      return result;
    }

    @Override
    public Boolean visitOr(Condition.Or c) {
      Boolean result = Boolean.FALSE;
      for (Condition operand : c.operands()) {
        Boolean value = operand.accept(this);
        if (Boolean.TRUE.equals(value)) {
          result = Boolean.TRUE;
        } else if (value == null && result != Boolean.TRUE) {
          result = null;
        }
      }
      return result;
    }

    @Override
    public Boolean visitNot(Condition.Not c) {
      Boolean value = c.operand().accept(this);
      return value == null ? null : !value;
    }

    @Override
    public Boolean visitIsTrue(Condition.IsTrue c) {
      return atom(c);
    }

    @Override
    public Boolean visitCompare(Condition.Compare c) {
      return atom(c);
    }

    @Override
    public Boolean visitIn(Condition.In c) {
      return atom(c);
    }

    @Override
    public Boolean visitOtherwise(Condition.Otherwise c) {
      throw new IllegalArgumentException("not a condition to evaluate: " + c);
    }

    @Override
    public Boolean visitAlways(Condition.Always c) {
      return Boolean.TRUE;
    }
  }
}
