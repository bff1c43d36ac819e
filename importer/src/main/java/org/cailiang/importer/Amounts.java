package org.cailiang.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.analysis.TextNumbers;

/**
 * Reads the amount of a fine as the official texts write it ({@code 1万元以上3万元以下}, {@code
 * 500元以下}, {@code 违法所得1倍以上3倍以下}, {@code 百分之三十}) into the language's notation, with
 * the number reading the text checks use. A typo is read with its evident meaning and reported.
 */
final class Amounts {
  private static final Pattern RANGE = Pattern.compile("(.+?)以上(.+?)以下");
  private static final Pattern BETWEEN = Pattern.compile("(.+?)(?:至|到|－|-|～|~)(.+)");
  private static final Pattern UPPER = Pattern.compile("(.+?)以下");
  private static final Pattern LOWER = Pattern.compile("(.+?)以上");
  private static final Pattern UPPER_MISSING = Pattern.compile("(.+?)以上(.+)");
  /**
   * What statutes fine a multiple of, and the amount fact each is drafted as, in the order the
   * facts are declared (legal author: 货值金额十倍以上二十倍以下, 食品安全法's measure, was not read).
   */
  static final java.util.Map<String, String> BASES = baseFacts();

  /** The words of {@link #BASES}, longest first, for patterns. */
  static final String BASE_WORDS = String.join("|", BASES.keySet().stream()
      .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());

  /**
   * 不超过一万元, 最高不超过五千元: an upper limit written before the amount (hostile check: drafted
   * as the fixed amount); 不少于五千元, 不低于违法所得一倍: a lower limit. A pattern fragment,
   * optional, before a numeral.
   */
  static final String LIMIT = "(?:(?:最高|最多|最低|最少)?不(?:得)?(?:超过|高于|少于|低于))?";

  private static final Pattern AT_MOST_AMOUNT = Pattern.compile("(?:最高|最多)?不(?:得)?(?:超过|高于)(.+)");

  private static final Pattern AT_LEAST_AMOUNT = Pattern.compile("(?:最低|最少)?不(?:得)?(?:少于|低于)(.+)");

  private static final Pattern MULTIPLE = Pattern.compile("(?:没收)?(" + BASE_WORDS + ")(?:的)?(.+)");

  private Amounts() {}

  private static java.util.Map<String, String> baseFacts() {
    java.util.Map<String, String> bases = new java.util.LinkedHashMap<>();
    bases.put("违法所得", "income");
    bases.put("货值金额", "goods_value");
    bases.put("违法经营额", "turnover");
    bases.put("销售额", "sales");
    bases.put("营业额", "revenue");
    return java.util.Collections.unmodifiableMap(bases);
  }

  /**
   * An amount read: its notation, the fact it is a multiple of (null for an amount in 元), and
   * what to check.
   */
  record Amount(String notation, String base, List<String> doubts) {}

  /** The amount, or null when the text is not understood. */
  static Amount read(String written) {
    String text = written.strip();
    Matcher atMost = AT_MOST_AMOUNT.matcher(text);
    if (atMost.matches()) {
      // 不超过违法所得三倍 as 不超过一万元: an upper limit only (legal re-review: drafted as fixed).
      Amount limit = read(atMost.group(1));
      if (limit == null || limit.notation().contains("..")) {
        return null;
      }
      return new Amount(".." + limit.notation(), limit.base(), limit.doubts());
    }
    Matcher atLeast = AT_LEAST_AMOUNT.matcher(text);
    if (atLeast.matches()) {
      // 不少于五千元 is 5000 and more, as 五千元以上 (legal re-review: not read).
      Amount limit = read(atLeast.group(1));
      if (limit == null || limit.notation().contains("..")) {
        return null;
      }
      return new Amount(limit.notation().replaceFirst("^([^ ]+)", "$1.."), limit.base(), limit.doubts());
    }
    Matcher multiple = MULTIPLE.matcher(text);
    if (multiple.matches()) {
      return multiple(multiple.group(2), BASES.get(multiple.group(1)));
    }
    java.util.ArrayList<String> doubts = new java.util.ArrayList<>();
    BigDecimal[] bounds = bounds(text, doubts, "元");
    if (bounds == null) {
      return null;
    }
    return new Amount(range(bounds[0], bounds[1], ""), null, doubts);
  }

  private static Amount multiple(String text, String base) {
    java.util.ArrayList<String> doubts = new java.util.ArrayList<>();
    boolean percent = text.contains("百分之");
    String unit = percent ? "" : "倍";
    String plain = text.replace("百分之", "");
    BigDecimal[] bounds = bounds(plain, doubts, unit);
    if (bounds == null) {
      return null;
    }
    if (percent) {
      return new Amount(range(bounds[0], bounds[1], "%") + " of " + base, base, doubts);
    }
    return new Amount(range(bounds[0], bounds[1], "") + " times " + base, base, doubts);
  }

  /** Lower and upper bound (either may be null), or null when not understood. */
  private static BigDecimal[] bounds(String text, List<String> doubts, String unit) {
    Matcher m;
    if ((m = RANGE.matcher(text)).matches()) {
      return pair(number(m.group(1), unit, doubts), number(m.group(2), unit, doubts));
    }
    if ((m = BETWEEN.matcher(text)).matches()) {
      String low = m.group(1);
      String high = m.group(2).replaceAll("以下$", "");
      // 1至3倍: the unit is written once, after the upper bound.
      boolean shared = !unit.isEmpty() && !low.endsWith(unit) && high.endsWith(unit);
      BigDecimal upper = number(high, unit, doubts);
      String lowText = low.strip().startsWith("处") ? low.strip().substring(1) : low.strip();
      if (shared && upper != null && TextNumbers.parse(grouped(lowText)) != null) {
        // 1-3万元, 一至三万元: the 万 of the upper end is the lower end's too (hostile check:
        // drafted as 1元..3万).
        String highText = high.strip().substring(0, high.strip().length() - unit.length());
        return pair(TextNumbers.lowerBound(grouped(lowText), grouped(highText)), upper);
      }
      return pair(number(shared ? low + unit : low, unit, doubts), upper);
    }
    if ((m = UPPER.matcher(text)).matches()) {
      BigDecimal high = number(m.group(1), unit, doubts);
      return high == null ? null : new BigDecimal[] {null, high};
    }
    if ((m = LOWER.matcher(text)).matches()) {
      BigDecimal low = number(m.group(1), unit, doubts);
      return low == null ? null : new BigDecimal[] {low, null};
    }
    if ((m = UPPER_MISSING.matcher(text)).matches()) {
      BigDecimal[] pair = pair(number(m.group(1), unit, doubts), number(m.group(2), unit, doubts));
      if (pair != null) {
        doubts.add("「" + text + "」上限后缺“以下”，按 " + range(pair[0], pair[1], "") + " 起草");
      }
      return pair;
    }
    BigDecimal exact = number(text, unit, doubts);
    return exact == null ? null : new BigDecimal[] {exact, exact};
  }

  private static BigDecimal[] pair(BigDecimal low, BigDecimal high) {
    return low == null || high == null ? null : new BigDecimal[] {low, high};
  }

  private static BigDecimal number(String written, String unit, List<String> doubts) {
    String text = written.strip();
    if (text.startsWith("处")) {
      text = text.substring(1);
    }
    if (!unit.isEmpty()) {
      if (text.endsWith(unit)) {
        text = text.substring(0, text.length() - unit.length());
      } else if (unit.equals("元")) {
        doubts.add("金额「" + written.strip() + "」缺单位“元”，按元读");
      }
    }
    if (text.isEmpty()) {
      return null;
    }
    return TextNumbers.parse(grouped(text));
  }

  /**
   * Digits grouped by commas (2,000元) without them (hostile check: drafted as ..0); the sanction
   * reader's clauses too, where such a comma is no clause break.
   */
  static String grouped(String text) {
    // 10 000元 with a space, no-break or thin space between the groups too (re-check).
    return text.replaceAll("(?<=[0-9])[, \u00A0\u2009\u202F](?=[0-9]{3}(?![0-9]))", "");
  }

  /** The language's notation of a range: {@code 1万..3万}, {@code ..500}, {@code 500}. */
  static String range(BigDecimal low, BigDecimal high, String suffix) {
    if (low != null && high != null && low.compareTo(high) == 0) {
      return format(low) + suffix;
    }
    return (low == null ? "" : format(low) + suffix) + ".." + (high == null ? "" : format(high) + suffix);
  }

  static String format(BigDecimal value) {
    BigDecimal tenThousands = value.movePointLeft(4).stripTrailingZeros();
    if (value.compareTo(BigDecimal.valueOf(10_000)) >= 0 && tenThousands.scale() <= 0) {
      return tenThousands.toPlainString() + "万";
    }
    return value.stripTrailingZeros().toPlainString();
  }
}
