package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.runtime.internal.Amounts;

/**
 * A part of one fact's domain on which every condition of a violation has one truth value: an
 * enum value, a boolean, or a numeric interval between two neighbouring constants of the
 * conditions. Numbers are never enumerated: {@code income >= 5万} splits the amounts into
 * [0, 5万), the point 5万 and (5万, ∞), whatever their size.
 */
sealed interface Region {

  /** The value conditions are evaluated with: any member of the region gives the same truth. */
  Object sample();

  /** The region in the author's words, e.g. {@code 单位设置}, {@code 是}, {@code 5万元}. */
  String describe(boolean amount);

  record Choice(EnumValue value) implements Region {
    @Override
    public Object sample() {
      return value.id();
    }

    @Override
    public String describe(boolean amount) {
      return value.label();
    }
  }

  record Flag(boolean value) implements Region {
    @Override
    public Object sample() {
      return value;
    }

    @Override
    public String describe(boolean amount) {
      return value ? "是" : "否";
    }
  }

  /**
   * Numbers from {@code low} to {@code high} ({@code null}: no upper bound); a point when both are
   * equal and included.
   */
  record Interval(BigDecimal low, boolean lowIncluded, BigDecimal high, boolean highIncluded, BigDecimal sample)
      implements Region {

    boolean isPoint() {
      return high != null && low.compareTo(high) == 0;
    }

    /** Whether {@code value} lies in this interval. */
    boolean contains(BigDecimal value) {
      int fromLow = value.compareTo(low);
      if (fromLow < 0 || fromLow == 0 && !lowIncluded) {
        return false;
      }
      if (high == null) {
        return true;
      }
      int toHigh = value.compareTo(high);
      return toHigh < 0 || toHigh == 0 && highIncluded;
    }

    @Override
    public String describe(boolean amount) {
      if (isPoint()) {
        return show(low, amount);
      }
      String example = "，如 " + show(sample, amount);
      // Bounds are open but where parts were joined (diff): a joined run may start or end on a
      // point it includes.
      String from = (lowIncluded ? "不少于 " : "大于 ") + show(low, amount);
      if (high == null) {
        return from + example;
      }
      String to = (highIncluded ? "不超过 " : "小于 ") + show(high, amount);
      if (low.signum() == 0 && lowIncluded) {
        return to + example;
      }
      return from + " 且" + to + example;
    }

    private static String show(BigDecimal value, boolean amount) {
      return amount ? Amounts.format(value) : Amounts.plain(value);
    }
  }
}
