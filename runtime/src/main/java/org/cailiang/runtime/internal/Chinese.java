package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Party;

/** Joins labels and citations the way official Chinese texts do. */
public final class Chinese {
  private Chinese() {}

  private static final String DIGITS = "零一二三四五六七八九";

  /**
   * A number in Chinese numerals, as percentages are written: {@code 30} → 三十, {@code 15} →
   * 十五, {@code 100} → 一百, {@code 105} → 一百零五, {@code 2.5} → 二点五. Whole parts from 0 to
   * 9999; larger numbers stay in digits.
   */
  public static String numerals(java.math.BigDecimal value) {
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    java.math.BigInteger whole = stripped.toBigInteger();
    if (value.signum() < 0 || whole.compareTo(java.math.BigInteger.valueOf(9999)) > 0) {
      return Amounts.plain(value);
    }
    StringBuilder text = new StringBuilder(wholeNumerals(whole.intValue()));
    if (stripped.scale() > 0) {
      String fraction = stripped.toPlainString();
      text.append('点');
      for (char digit : fraction.substring(fraction.indexOf('.') + 1).toCharArray()) {
        text.append(DIGITS.charAt(digit - '0'));
      }
    }
    return text.toString();
  }

  private static String wholeNumerals(int n) {
    if (n == 0) {
      return "零";
    }
    String[] units = {"千", "百", "十", ""};
    int[] places = {1000, 100, 10, 1};
    StringBuilder text = new StringBuilder();
    boolean pendingZero = false;
    for (int i = 0; i < places.length; i++) {
      int digit = n / places[i] % 10;
      if (digit == 0) {
        pendingZero = text.length() > 0;
        continue;
      }
      if (pendingZero) {
        text.append('零');
        pendingZero = false;
      }
      // 十五, not 一十五, when the number starts at the tens.
      if (!(digit == 1 && places[i] == 10 && text.length() == 0)) {
        text.append(DIGITS.charAt(digit));
      }
      text.append(units[i]);
    }
    return text.toString();
  }

  /** {@code 单位主要负责人、直接责任人员}. */
  public static String labels(List<Party> parties) {
    List<String> labels = new ArrayList<>(parties.size());
    for (Party party : parties) {
      labels.add(party.label());
    }
    return String.join("、", labels);
  }

  /**
   * {@code 《A》第二十一条、第七条} — articles of one regulation share its title; several
   * regulations are joined by {@code 和}.
   */
  public static String citations(List<Citation> citations) {
    Map<String, List<String>> byRegulation = new LinkedHashMap<>();
    for (Citation citation : citations) {
      byRegulation.computeIfAbsent(citation.regulation(), r -> new ArrayList<>()).add(citation.number());
    }
    List<String> parts = new ArrayList<>();
    byRegulation.forEach((regulation, numbers) -> parts.add("《" + regulation + "》" + String.join("、", numbers)));
    return String.join("和", parts);
  }
}
