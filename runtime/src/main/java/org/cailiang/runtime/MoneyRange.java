package org.cailiang.runtime;

import java.math.BigDecimal;
import java.util.Objects;
import org.cailiang.runtime.internal.Amounts;

/**
 * An exact, inclusive range of yuan. Either bound may be open ({@code null}): {@code 500元以下}
 * has no lower bound, {@code 1万元以上} no upper bound. {@code 以上} and {@code 以下} include the
 * bound itself.
 *
 * @param min the least amount in yuan, or {@code null} when the range has no lower bound
 * @param max the greatest amount in yuan, or {@code null} when the range has no upper bound
 */
public record MoneyRange(BigDecimal min, BigDecimal max) {

  /**
   * Checks that the range is a range of money.
   *
   * @throws IllegalArgumentException when both bounds are null, either is negative, or the minimum
   *     exceeds the maximum
   *
   * @param min the least amount in yuan, or {@code null} when the range has no lower bound
   * @param max the greatest amount in yuan, or {@code null} when the range has no upper bound
   */
  public MoneyRange {
    if (min == null && max == null) {
      throw new IllegalArgumentException("a money range needs at least one bound");
    }
    if (min != null && min.signum() < 0 || max != null && max.signum() < 0) {
      throw new IllegalArgumentException("negative amount: " + min + ".." + max);
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("minimum " + min + " exceeds maximum " + max);
    }
  }

  /**
   * A range {@code min..max} in whole yuan.
   *
   * @param min the least amount, included
   * @param max the greatest amount, included
   * @return the range
   */
  public static MoneyRange of(long min, long max) {
    return new MoneyRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /**
   * A range with only an upper bound: {@code max元以下}.
   *
   * @param max the greatest amount in yuan, included
   * @return the range
   */
  public static MoneyRange atMost(long max) {
    return new MoneyRange(null, BigDecimal.valueOf(max));
  }

  /**
   * A range with only a lower bound: {@code min元以上}.
   *
   * @param min the least amount in yuan, included
   * @return the range
   */
  public static MoneyRange atLeast(long min) {
    return new MoneyRange(BigDecimal.valueOf(min), null);
  }

  /**
   * A fixed amount.
   *
   * @param amount the amount in yuan
   * @return the range holding only {@code amount}
   */
  public static MoneyRange exactly(long amount) {
    return of(amount, amount);
  }

  /** {@return whether both bounds are present and equal} */
  public boolean isFixed() {
    return min != null && max != null && min.compareTo(max) == 0;
  }

  /**
   * Whether {@code amount} lies within the range, bounds included.
   *
   * @param amount an amount in yuan
   * @return whether the range holds it
   */
  public boolean contains(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    return (min == null || min.compareTo(amount) <= 0) && (max == null || amount.compareTo(max) <= 0);
  }

  /** {@return the range as the official texts write it: {@code 1万元以上2万元以下}, {@code 500元以下}} */
  public String toChinese() {
    if (isFixed()) {
      return Amounts.format(min);
    }
    StringBuilder text = new StringBuilder();
    // No statute writes 0元以上: a range from nothing is a range with only its upper bound.
    if (min != null && (min.signum() != 0 || max == null)) {
      text.append(Amounts.format(min)).append("以上");
    }
    if (max != null) {
      text.append(Amounts.format(max)).append("以下");
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return toChinese();
  }
}
