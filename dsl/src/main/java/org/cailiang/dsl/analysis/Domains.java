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
import org.cailiang.dsl.model.Literal;
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
    Map<String, TreeSet<BigDecimal>> constants = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      atoms(condition, atom -> {
        if (atom instanceof Condition.Compare c && c.value() instanceof Literal.Number n) {
          constants.computeIfAbsent(c.fact().name(), k -> new TreeSet<>()).add(canonical(n.value()));
        } else if (atom instanceof Condition.In c) {
          c.values().stream().filter(v -> v instanceof Literal.Number)
              .forEach(v -> constants.computeIfAbsent(c.fact().name(), k -> new TreeSet<>())
                  .add(canonical(((Literal.Number) v).value())));
        }
      });
    }
    Map<String, List<Region>> domains = new LinkedHashMap<>();
    for (Fact fact : violation.facts()) {
      List<Region> regions = new ArrayList<>();
      if (fact.type() instanceof FactType.Enum type) {
        type.values().forEach(v -> regions.add(new Region.Choice(v)));
      } else if (fact.type() instanceof FactType.Bool) {
        regions.add(new Region.Flag(false));
        regions.add(new Region.Flag(true));
      } else {
        boolean whole = fact.type() instanceof FactType.Int;
        numeric(constants.getOrDefault(fact.id(), new TreeSet<>()), whole ? BigDecimal.ONE : FEN, regions);
      }
      domains.put(fact.id(), regions);
    }
    return domains;
  }

  /**
   * Points at 0 and at each non-negative constant, and the gaps between them that hold a value
   * of the fact's granularity (a whole number, or a fen).
   */
  private static void numeric(TreeSet<BigDecimal> constants, BigDecimal step, List<Region> regions) {
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
  }

  /**
   * A constant without trailing zeros but never of negative scale: {@code 5万} stays 50000, the
   * scale the literals have, since comparing numbers of two scales is many times slower.
   */
  private static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
    if (condition instanceof Condition.And c) {
      c.operands().forEach(operand -> atoms(operand, sink));
    } else if (condition instanceof Condition.Or c) {
      c.operands().forEach(operand -> atoms(operand, sink));
    } else if (condition instanceof Condition.Not c) {
      atoms(c.operand(), sink);
    } else if (!(condition instanceof Condition.Always) && !(condition instanceof Condition.Otherwise)) {
      sink.accept(condition);
    }
  }
}
