package org.cailiang.cli.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.internal.Amounts;

/**
 * A set of non-negative numbers as sorted, disjoint intervals, for turning conditions on an
 * amount or a count into DMN unary tests. {@code high} null is unbounded.
 */
record NumberSet(List<NumberSet.Interval> intervals) {

  record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded) {
    boolean isEmpty() {
      if (high == null) {
        return false;
      }
      int order = low.compareTo(high);
      return order > 0 || order == 0 && !(lowIncluded && highIncluded);
    }
  }

  static NumberSet all() {
    return new NumberSet(List.of(new Interval(BigDecimal.ZERO, true, null, false)));
  }

  static NumberSet point(BigDecimal value) {
    return new NumberSet(List.of(new Interval(value, true, value, true)));
  }

  /** The numbers {@code op value}: op is one of == != < <= > >=. */
  static NumberSet of(String op, BigDecimal value) {
    switch (op) {
      case "==":
        return point(value);
      case "!=":
        return point(value).complement();
      case "<":
        return new NumberSet(clean(List.of(new Interval(BigDecimal.ZERO, true, value, false))));
      case "<=":
        return new NumberSet(clean(List.of(new Interval(BigDecimal.ZERO, true, value, true))));
      case ">":
        return new NumberSet(List.of(new Interval(value.max(BigDecimal.ZERO), value.signum() < 0, null, false)));
      default:
        return new NumberSet(List.of(new Interval(value.max(BigDecimal.ZERO), true, null, false)));
    }
  }

  boolean isEmpty() {
    return intervals.isEmpty();
  }

  boolean isAll() {
    return equals(all());
  }

  NumberSet union(NumberSet other) {
    NumberSet result = this;
    for (Interval interval : other.intervals) {
      result = result.complement().intersect(new NumberSet(List.of(interval)).complement()).complement();
    }
    return result;
  }

  NumberSet intersect(NumberSet other) {
    List<Interval> result = new ArrayList<>();
    for (Interval a : intervals) {
      for (Interval b : other.intervals) {
        int lowOrder = a.low().compareTo(b.low());
        BigDecimal low = lowOrder >= 0 ? a.low() : b.low();
        boolean lowIncluded = lowOrder > 0 ? a.lowIncluded() : lowOrder < 0 ? b.lowIncluded() : a.lowIncluded() && b.lowIncluded();
        BigDecimal high;
        boolean highIncluded;
        if (a.high() == null || b.high() == null) {
          high = a.high() == null ? b.high() : a.high();
          highIncluded = a.high() == null ? b.highIncluded() : a.highIncluded();
        } else {
          int highOrder = a.high().compareTo(b.high());
          high = highOrder <= 0 ? a.high() : b.high();
          highIncluded = highOrder < 0 ? a.highIncluded() : highOrder > 0 ? b.highIncluded() : a.highIncluded() && b.highIncluded();
        }
        result.add(new Interval(low, lowIncluded, high, highIncluded));
      }
    }
    result.sort((x, y) -> x.low().compareTo(y.low()));
    return new NumberSet(clean(result));
  }

  /** The non-negative numbers not in this set. */
  NumberSet complement() {
    List<Interval> result = new ArrayList<>();
    BigDecimal from = BigDecimal.ZERO;
    boolean fromIncluded = true;
    for (Interval interval : intervals) {
      result.add(new Interval(from, fromIncluded, interval.low(), !interval.lowIncluded()));
      if (interval.high() == null) {
        return new NumberSet(clean(result));
      }
      from = interval.high();
      fromIncluded = !interval.highIncluded();
    }
    result.add(new Interval(from, fromIncluded, null, false));
    return new NumberSet(clean(result));
  }

  private static List<Interval> clean(List<Interval> intervals) {
    return intervals.stream().filter(i -> !i.isEmpty()).toList();
  }

  /** The set as FEEL unary tests: {@code 5000}, {@code [1..5)}, {@code >= 50000}, joined by commas. */
  String feel() {
    List<String> tests = new ArrayList<>();
    for (Interval i : intervals) {
      String low = Amounts.plain(i.low());
      if (i.high() == null) {
        tests.add((i.lowIncluded() ? ">= " : "> ") + low);
      } else if (i.low().compareTo(i.high()) == 0) {
        tests.add(low);
      } else if (i.low().signum() == 0 && i.lowIncluded()) {
        tests.add((i.highIncluded() ? "<= " : "< ") + Amounts.plain(i.high()));
      } else {
        tests.add((i.lowIncluded() ? "[" : "(") + low + ".." + Amounts.plain(i.high()) + (i.highIncluded() ? "]" : ")"));
      }
    }
    return String.join(", ", tests);
  }
}
