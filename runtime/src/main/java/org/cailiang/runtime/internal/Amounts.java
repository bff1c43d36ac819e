package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting and the rounding rule for amounts of money, in yuan. */
public final class Amounts {
  /**
   * The longest amount text read: the greatest accepted amount, 10 trillion yuan to the fen,
   * needs 17 characters; room is left for a unit and spaces.
   */
  public static final int MAX_TEXT = 32;

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Amounts() {}

  /**
   * Writes an amount as the official texts do: {@code 500元}, {@code 1万元}, {@code 1.5万元}; an
   * amount that is not a round number of 万 stays in yuan ({@code 12345元}, {@code 0.35元}).
   */
  public static String format(BigDecimal yuan) {
    if (yuan.compareTo(TEN_THOUSAND) >= 0) {
      BigDecimal wan = yuan.divide(TEN_THOUSAND);
      // Only when 万 needs at most one decimal does the official style use it (1.5万元).
      if (wan.stripTrailingZeros().scale() <= 1) {
        return plain(wan) + "万元";
      }
    }
    return plain(yuan) + "元";
  }

  /**
   * The number without trailing zeros but never of negative scale: {@code 5万} and {@code
   * 50000.00} are both {@code 50000}, one form that compares equal (and fast) wherever it is used.
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A decimal without trailing zeros or exponent: {@code 3}, {@code 1.5}, {@code 0.35}. */
  public static String plain(BigDecimal value) {
    // toPlainString writes a negative scale (1E+3) out in zeros: no exponent to remove.
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Reads an amount written with digits and an optional Chinese unit: {@code 500}, {@code
   * 500元}, {@code 1万}, {@code 1.5万元}, {@code 3千}, {@code 2亿}. Full-width digits are accepted.
   *
   * @return the amount in yuan, exact
   * @throws NumberFormatException when the text is not such an amount
   */
  public static BigDecimal parse(String text) {
    // Checked before any work on the text: a runaway value costs neither time nor memory.
    if (text.length() > MAX_TEXT) {
      throw new NumberFormatException("amount longer than " + MAX_TEXT + " characters");
    }
    String digits = toHalfWidth(text.strip());
    if (digits.endsWith("元")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    int scale = 0;
    if (digits.endsWith("万")) {
      scale = 4;
    } else if (digits.endsWith("千")) {
      scale = 3;
    } else if (digits.endsWith("百")) {
      scale = 2;
    } else if (digits.endsWith("亿")) {
      scale = 8;
    }
    if (scale > 0) {
      digits = digits.substring(0, digits.length() - 1);
    }
    if (!isDecimal(digits)) {
      throw new NumberFormatException("not an amount of yuan: " + text);
    }
    return new BigDecimal(digits).movePointRight(scale);
  }

  /** {@code [0-9]+(\.[0-9]+)?}, without a regular expression: this runs for every amount read. */
  static boolean isDecimal(String text) {
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "1" : text.substring(dot + 1);
    return allDigits(whole) && allDigits(fraction);
  }

  private static boolean allDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Full-width digits and point (０１２．５) as ASCII, as typed beside Chinese text. */
  static String toHalfWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) (c - '０' + '0');
      } else if (c == '．') {
        c = '.';
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The rounding rule for fines computed from an amount fact (违法所得 etc.): the exact product
   * is kept to the fen (0.01 元); a lower bound rounds up and an upper bound rounds down, so a
   * computed range never leaves the range the statute defines.
   */
  public static BigDecimal lowerBound(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.CEILING);
  }

  /** The upper-bound half of the rounding rule; see {@link #lowerBound(BigDecimal)}. */
  public static BigDecimal upperBound(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.FLOOR);
  }
}
