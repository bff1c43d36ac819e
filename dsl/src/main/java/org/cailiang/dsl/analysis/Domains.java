package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Violation;

/**
 * The regions of each fact of a violation. Enum and boolean facts are split into their values;
 * a numeric fact only at the constants its conditions compare it with, into points and the open
 * intervals between them, so the count of regions grows with the conditions, not the numbers.
 */
final class Domains {
  private static final BigDecimal FEN = new BigDecimal("0.01");

  private Domains() {}

  static Map<String, List<Region>> of(Violation violation, List<Condition> conditions) {
    return of(violation, conditions, Map.of());
  }

  /** The regions, numeric facts also split at {@code points} (by fact id). */
  static Map<String, List<Region>> of(Violation violation, List<Condition> conditions,
      Map<String, ? extends java.util.Collection<BigDecimal>> points) {
    Map<String, TreeSet<BigDecimal>> constants = new LinkedHashMap<>();
    points.forEach((fact, values) -> values.forEach(value -> constants
        .computeIfAbsent(fact, k -> new TreeSet<>()).add(canonical(value))));
    for (Condition condition : conditions) {
      atoms(condition, atom -> Splits.constants(atom).forEach(value -> constants
          .computeIfAbsent(Condition.factOf(atom), k -> new TreeSet<>()).add(canonical(value))));
    }
    Map<String, List<Region>> domains = new LinkedHashMap<>();
    for (Fact fact : violation.facts()) {
      TreeSet<BigDecimal> compared = constants.getOrDefault(fact.id(), new TreeSet<>());
      domains.put(fact.id(), fact.type().accept(new FactType.Visitor<List<Region>>() {
        @Override
        public List<Region> visitEnum(FactType.Enum type) {
          List<Region> regions = new ArrayList<>();
          type.values().forEach(v -> regions.add(new Region.Choice(v)));
          return regions;
        }

        @Override
        public List<Region> visitBool(FactType.Bool type) {
          return new ArrayList<>(List.of(new Region.Flag(false), new Region.Flag(true)));
        }

        @Override
        public List<Region> visitAmount(FactType.Amount type) {
          return numeric(compared, FEN);
        }

        @Override
        public List<Region> visitInt(FactType.Int type) {
          return numeric(compared, BigDecimal.ONE);
        }
      }));
    }
    return domains;
  }

  /**
   * Points at 0 and at each non-negative constant, and the gaps between them that hold a value
   * of the fact's granularity (a whole number, or a fen).
   */
  private static List<Region> numeric(TreeSet<BigDecimal> constants, BigDecimal step) {
    List<Region> regions = new ArrayList<>();
    TreeSet<BigDecimal> points = new TreeSet<>();
    points.add(BigDecimal.ZERO);
    constants.stream().filter(c -> c.signum() >= 0).forEach(points::add);
    BigDecimal previous = null;
    for (BigDecimal point : points) {
      if (previous != null && firstAbove(previous, step).compareTo(point) < 0) {
        regions.add(new Region.Interval(previous, false, point, false, firstAbove(previous, step)));
      }
      if (isMultiple(point, step)) {
        regions.add(new Region.Interval(point, true, point, true, point));
      }
      previous = point;
    }
    regions.add(new Region.Interval(previous, false, null, false, firstAbove(previous, step)));
    return regions;
  }

  /**
   * A constant in one form ({@code 5万} stays 50000, the scale the literals have), since comparing
   * numbers of two scales is many times slower.
   */
  private static BigDecimal canonical(BigDecimal value) {
    return org.cailiang.runtime.internal.Amounts.canonical(value);
  }

  /** The least value of the granularity above {@code value}. */
  private static BigDecimal firstAbove(BigDecimal value, BigDecimal step) {
    BigDecimal floor = value.divide(step).setScale(0, java.math.RoundingMode.FLOOR).multiply(step);
    return floor.add(step);
  }

  private static boolean isMultiple(BigDecimal value, BigDecimal step) {
    return value.remainder(step).signum() == 0;
  }

  /** Calls {@code sink} for each atomic condition. */
  static void atoms(Condition condition, Consumer<Condition> sink) {
    condition.accept(new Atoms(sink));
  }

  /** Walks the connectives down to the atoms; always and otherwise have none. */
  private record Atoms(Consumer<Condition> sink) implements Condition.Visitor<Void> {
    @Override
    public Void visitAnd(Condition.And c) {
      c.operands().forEach(operand -> operand.accept(this));
      return null;
    }

    @Override
    public Void visitOr(Condition.Or c) {
      c.operands().forEach(operand -> operand.accept(this));
      return null;
    }

    @Override
    public Void visitNot(Condition.Not c) {
      return c.operand().accept(this);
    }

    @Override
    public Void visitIsTrue(Condition.IsTrue c) {
      sink.accept(c);
      return null;
    }

    @Override
    public Void visitCompare(Condition.Compare c) {
      sink.accept(c);
      return null;
    }

    @Override
    public Void visitIn(Condition.In c) {
      sink.accept(c);
      return null;
    }

    @Override
    public Void visitOtherwise(Condition.Otherwise c) {
      return null;
    }

    @Override
    public Void visitAlways(Condition.Always c) {
      return null;
    }
  }
}
