package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.TreeSet;

/**
 * The amounts, days and multiples an official text states, in digits or Chinese numerals:
 * {@code 1万元以上2万以下}, {@code 500元以下}, {@code 二百元}, {@code 五日以上十日以下}, {@code
 * 1至3倍}, {@code 一倍以上三倍以下}, {@code 百分之三十}. Article numbers (第十九条) and ordinals
 * are not amounts.
 */
public final class TextNumbers {
  private static final String CHINESE = "零〇一二两三四五六七八九十百千万亿";
  private static final String DIGITS = "0123456789.０１２３４５６７８９．";

  final TreeSet<BigDecimal> money = new TreeSet<>();
  final TreeSet<BigDecimal> days = new TreeSet<>();
  final TreeSet<BigDecimal> factors = new TreeSet<>();

  static TextNumbers of(String text) {
    TextNumbers found = new TextNumbers();
    int i = 0;
    while (i < text.length()) {
      if (!isNumeral(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isNumeral(text.charAt(i))) {
        i++;
      }
      found.classify(text, start, i);
    }
    return found;
  }

  private void classify(String text, int start, int end) {
    String run = text.substring(start, end);
    BigDecimal value = parse(run);
    if (value == null || start > 0 && text.charAt(start - 1) == '第') {
      return;
    }
    String after = text.substring(end);
    boolean percent = start >= 3 && text.startsWith("百分之", start - 3);
    if (percent) {
      factors.add(normal(value.movePointLeft(2)));
    } else if (after.startsWith("倍") || after.startsWith("至") && nextRunEndsWith(text, end + 1, "倍")) {
      factors.add(normal(value));
    } else if (after.startsWith("日") || after.startsWith("天")) {
      days.add(normal(value));
    } else if (after.startsWith("元") || after.startsWith("以上") || after.startsWith("以下") || after.startsWith("罚款")) {
      money.add(normal(value));
    }
  }

  private static boolean nextRunEndsWith(String text, int from, String unit) {
    int i = from;
    while (i < text.length() && isNumeral(text.charAt(i))) {
      i++;
    }
    return i > from && text.startsWith(unit, i);
  }

  private static boolean isNumeral(char c) {
    return CHINESE.indexOf(c) >= 0 || DIGITS.indexOf(c) >= 0;
  }

  /** A run of digits with unit characters ({@code 1.5万}) or of Chinese numerals ({@code 三十万}). */
  public static BigDecimal parse(String run) {
    StringBuilder digits = new StringBuilder();
    int i = 0;
    while (i < run.length() && DIGITS.indexOf(run.charAt(i)) >= 0) {
      char c = run.charAt(i++);
      digits.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    if (digits.length() > 0) {
      if (!digits.toString().matches("[0-9]+(\\.[0-9]+)?")) {
        return null;
      }
      BigDecimal value = new BigDecimal(digits.toString());
      for (char unit : run.substring(i).toCharArray()) {
        int scale = unit == '万' ? 4 : unit == '千' ? 3 : unit == '百' ? 2 : unit == '亿' ? 8 : unit == '十' ? 1 : -1;
        if (scale < 0) {
          return null;
        }
        value = value.movePointRight(scale);
      }
      return value;
    }
    return chinese(run);
  }

  private static BigDecimal chinese(String run) {
    long total = 0;
    long section = 0;
    long number = 0;
    for (char c : run.toCharArray()) {
      int digit = "零一二三四五六七八九".indexOf(c);
      if (c == '〇') {
        digit = 0;
      } else if (c == '两') {
        digit = 2;
      }
      if (digit >= 0) {
        number = digit;
      } else if (c == '十' || c == '百' || c == '千') {
        long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        section += (number == 0 && c == '十' ? 1 : number) * unit;
        number = 0;
      } else if (c == '万') {
        total += (section + number) * 10_000;
        section = 0;
        number = 0;
      } else if (c == '亿') {
        total = (total + section + number) * 100_000_000;
        section = 0;
        number = 0;
      } else {
        return null;
      }
    }
    return BigDecimal.valueOf(total + section + number);
  }

  private static BigDecimal normal(BigDecimal value) {
    return value.stripTrailingZeros();
  }
}
