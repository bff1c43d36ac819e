package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Splits a violation's cases into cells by case analysis on one fact at a time, and only on the
 * facts that a condition still undecided depends on: tiers whose condition turned false drop
 * out, so a table of many tiers is split no further than its conditions require.
 */
final class Explorer {
  /** More cells than this is a table to split up, not to analyse in one go. */
  static final int MAX_CELLS = 200_000;

  private final Violation violation;
  private final Truth truth;
  private final Map<String, List<Region>> domains;
  private final List<StatuteClause> statute;
  private final List<Cell> cells = new ArrayList<>();
  private boolean truncated;

  Explorer(Violation violation) {
    this.violation = violation;
    this.truth = new Truth(violation);
    this.statute = violation.statute();
    List<Condition> conditions = new ArrayList<>();
    violation.triedTiers().forEach(t -> conditions.add(t.condition()));
    statute.forEach(c -> conditions.add(c.condition()));
    this.domains = Domains.of(violation, conditions);
  }

  /** Every cell; {@link #truncated()} tells whether the limit cut the search short. */
  List<Cell> cells() {
    if (cells.isEmpty() && !truncated) {
      explore(new LinkedHashMap<>(), violation.triedTiers());
    }
    return cells;
  }

  boolean truncated() {
    return truncated;
  }

  private void explore(Map<String, Region> assignment, List<Tier> candidates) {
    if (cells.size() >= MAX_CELLS) {
      truncated = true;
      return;
    }
    List<Tier> alive = new ArrayList<>();
    Condition undecided = null;
    for (Tier tier : candidates) {
      Boolean holds = truth.of(tier.condition(), assignment);
      if (!Boolean.FALSE.equals(holds)) {
        alive.add(tier);
        if (holds == null && undecided == null) {
          undecided = tier.condition();
        }
      }
    }
    List<Boolean> clauses = new ArrayList<>();
    for (StatuteClause clause : statute) {
      Boolean holds = truth.of(clause.condition(), assignment);
      clauses.add(holds);
      if (holds == null && undecided == null) {
        undecided = clause.condition();
      }
    }
    if (undecided == null) {
      cells.add(new Cell(ordered(assignment), alive, clauses));
      return;
    }
    String fact = firstUnassigned(undecided, assignment);
    // Tiers that require one value of the fact (fact == c and …) are only tried in its region:
    // a table of thousands of "count == i" tiers is split in one pass, not thousands.
    Map<Object, List<Tier>> byValue = new LinkedHashMap<>();
    List<Tier> others = new ArrayList<>();
    for (Tier tier : alive) {
      Object value = requiredValue(tier.condition(), fact);
      if (value == null) {
        others.add(tier);
      } else {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(tier);
      }
    }
    for (Region region : domains.get(fact)) {
      List<Tier> next = alive;
      if (!byValue.isEmpty()) {
        Object key = key(region);
        next = merge(others, key == null ? List.of() : byValue.getOrDefault(key, List.of()), alive);
      }
      assignment.put(fact, region);
      explore(assignment, next);
      assignment.remove(fact);
    }
  }

  /** Two sublists of {@code order} merged back into its order, in linear time. */
  private static List<Tier> merge(List<Tier> a, List<Tier> b, List<Tier> order) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<Tier> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    for (Tier tier : order) {
      if (i < a.size() && a.get(i) == tier) {
        merged.add(tier);
        i++;
      } else if (j < b.size() && b.get(j) == tier) {
        merged.add(tier);
        j++;
      }
    }
    return merged;
  }

  /** The value a region stands for, when it is a single one. */
  private static Object key(Region region) {
    if (region instanceof Region.Choice c) {
      return c.value().id();
    }
    if (region instanceof Region.Flag f) {
      return f.value();
    }
    Region.Interval interval = (Region.Interval) region;
    return interval.isPoint() ? interval.low().stripTrailingZeros() : null;
  }

  /**
   * The value a conjunction requires of a fact ({@code fact == c and …}), in the form {@link
   * #key} gives, or null when it requires none.
   */
  private Object requiredValue(Condition condition, String fact) {
    if (condition instanceof Condition.And c) {
      for (Condition operand : c.operands()) {
        Object required = requiredValue(operand, fact);
        if (required != null) {
          return required;
        }
      }
      return null;
    }
    if (condition instanceof Condition.Compare c && c.op() == Condition.Operator.EQ && c.fact().name().equals(fact)) {
      if (c.value() instanceof org.cailiang.dsl.model.Literal.Number n) {
        return n.value().stripTrailingZeros();
      }
      if (c.value() instanceof org.cailiang.dsl.model.Literal.Bool b) {
        return b.value();
      }
      org.cailiang.dsl.model.FactType type = violation.fact(fact).orElseThrow().type();
      return ((org.cailiang.dsl.model.FactType.Enum) type).resolve(c.value()).map(v -> (Object) v.id()).orElse(null);
    }
    if (condition instanceof Condition.IsTrue c && c.fact().name().equals(fact)) {
      return true;
    }
    return null;
  }

  /** The first fact, in declaration order, that the condition reads and the assignment lacks. */
  private String firstUnassigned(Condition condition, Map<String, Region> assignment) {
    List<String> read = new ArrayList<>();
    Domains.atoms(condition, atom -> read.add(Condition.factOf(atom)));
    for (Fact fact : violation.facts()) {
      if (read.contains(fact.id()) && !assignment.containsKey(fact.id())) {
        return fact.id();
      }
    }
    throw new IllegalStateException("an undecided condition reads only assigned facts");
  }

  private Map<String, Region> ordered(Map<String, Region> assignment) {
    Map<String, Region> copy = new LinkedHashMap<>();
    for (Fact fact : violation.facts()) {
      if (assignment.containsKey(fact.id())) {
        copy.put(fact.id(), assignment.get(fact.id()));
      }
    }
    return copy;
  }
}
