package org.cailiang.runtime.internal;

import java.math.BigDecimal;

/**
 * The untyped path's fast reads, for generated code: a fact given as its Java type or as its
 * plain text (no blanks, no full-width digits) is read here without allocating, beyond the
 * {@link BigDecimal} of an amount that is not one already. Anything else, valid or not, is left
 * to {@link FactReader}, which reads every spelling and names every problem: a quick read
 * returns only values the reader would return for the same input, and only valid ones, so the
 * two paths cannot disagree.
 */
public final class QuickFacts {
  /** What {@link #bool} and {@link #count} return when they leave the value to the reader. */
  public static final int NOT_READ = -1;

  /** The greatest amount accepted, in yuan, as {@link FactChecks#MAX_AMOUNT}. */
  private static final long MAX_YUAN = FactChecks.MAX_AMOUNT.longValueExact();

  /** Digits read into a long without any chance of overflow. */
  private static final int MAX_DIGITS = 17;

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

  private QuickFacts() {}

  /**
   * A yes-or-no fact.
   *
   * @param raw the value given, possibly null
   * @return 1 for yes, 0 for no, {@link #NOT_READ} for anything but a {@link Boolean} or one of
   *     {@code true}, {@code false}, {@code 是}, {@code 否} (also {@code TRUE}, {@code True},
   *     {@code FALSE}, {@code False})
   */
  public static int bool(Object raw) {
    if (raw instanceof String text) {
      return switch (text) {
        case "true", "是", "TRUE", "True" -> 1;
        case "false", "否", "FALSE", "False" -> 0;
        default -> NOT_READ;
      };
    }
    if (raw instanceof Boolean flag) {
      return flag ? 1 : 0;
    }
    return NOT_READ;
  }

  /**
   * A whole-number fact that is not negative.
   *
   * @param raw the value given, possibly null
   * @return the number, or {@link #NOT_READ} unless a {@link Long}, {@link Integer}, {@link
   *     Short} or {@link Byte} not below zero or 1 to 18 ASCII digits
   */
  public static long count(Object raw) {
    if (raw instanceof String text) {
      int length = text.length();
      if (length == 0 || length > 18) {
        return NOT_READ;
      }
      long value = 0;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return NOT_READ;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      long value = ((Number) raw).longValue();
      return value < 0 ? NOT_READ : value;
    }
    return NOT_READ;
  }

  /**
   * A valid amount of money in yuan, exactly as {@link FactReader} reads it (the same digits and
   * scale: {@code 1200.50} keeps its two decimals).
   *
   * @param raw the value given, possibly null
   * @return the amount, or null unless a valid {@link BigDecimal}, a {@link Long}, {@link
   *     Integer}, {@link Short} or {@link Byte} not below zero, or ASCII digits with at most two
   *     decimals after the unit is applied, optionally followed by 万, 千, 百 or 亿 and by 元,
   *     within the accepted maximum
   */
  public static BigDecimal amount(Object raw) {
    if (raw instanceof String text) {
      return amountText(text);
    }
    if (raw instanceof BigDecimal amount) {
      return FactChecks.amountProblem(amount) == null ? amount : null;
    }
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      long value = ((Number) raw).longValue();
      return value < 0 || value > MAX_YUAN ? null : BigDecimal.valueOf(value);
    }
    return null;
  }

  /** {@link Amounts#parse} for plain text, without its intermediate strings; null otherwise. */
  private static BigDecimal amountText(String text) {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '元') {
      end--;
    }
    int unit = end == 0 ? 0 : unit(text.charAt(end - 1));
    if (unit > 0) {
      end--;
    }
    long digits = 0;
    int count = 0;
    int dot = -1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.' && dot < 0) {
        dot = i;
      } else if (c >= '0' && c <= '9' && count < MAX_DIGITS) {
        digits = digits * 10 + (c - '0');
        count++;
      } else {
        return null;
      }
    }
    // Digits on both sides of a dot, as Amounts.isDecimal requires.
    if (count == 0 || dot == 0 || dot == end - 1) {
      return null;
    }
    int decimals = dot < 0 ? 0 : end - 1 - dot;
    // new BigDecimal(digits).movePointRight(unit): the scale falls by the unit, not below zero.
    int scale = decimals - unit;
    if (scale < 0) {
      long factor = POWERS_OF_TEN[-scale];
      if (digits > MAX_YUAN / factor) {
        return null;
      }
      return BigDecimal.valueOf(digits * factor);
    }
    // Finer than a fen, or above the maximum: the reader decides (1.500 is valid, 1.505 not).
    if (scale > 2 || digits > MAX_YUAN * POWERS_OF_TEN[scale]) {
      return null;
    }
    return BigDecimal.valueOf(digits, scale);
  }

  private static int unit(char c) {
    return switch (c) {
      case '万' -> 4;
      case '千' -> 3;
      case '百' -> 2;
      case '亿' -> 8;
      default -> 0;
    };
  }
}
