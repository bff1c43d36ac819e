package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The amounts, days and multiples an official text states, in digits or Chinese numerals:
 * {@code 1万元以上2万以下}, {@code 500元以下}, {@code 二百元}, {@code 五日以上十日以下}, {@code
 * 1至3倍}, {@code 一倍以上三倍以下}, {@code 百分之三十}. Article numbers (第十九条) and ordinals
 * are not amounts.
 */
public final class TextNumbers {
  /** Numerals, the financial forms (大写: 伍仟元, 壹万元) included. */
  private static final String CHINESE = "零〇一二两三四五六七八九十廿卅百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬";
  private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬";
  private static final String COMMON = "一二二三三四五六六七八九十百千万";
  private static final String DIGITS = "0123456789.０１２３４５６７８９．";
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  /**
   * What may stand between digit groups: 10,000, 10 000 (a space, no-break or thin). A
   * full-width comma separates clauses (2，500元 is 500元).
   */
  private static final String GROUPING = ", \u00A0\u2009\u202F";
  private static final Pattern GROUP_SEPARATORS = Pattern.compile("[" + GROUPING + "]");

  final TreeSet<BigDecimal> money = new TreeSet<>();
  final TreeSet<BigDecimal> days = new TreeSet<>();
  final TreeSet<BigDecimal> factors = new TreeSet<>();
  /**
   * The values of {@link #money}, {@link #days} and {@link #factors} that the text only ever
   * writes as a threshold of a circumstance ({@code 违法所得5000元以上的}, {@code 不足五万元}),
   * never as a sanction; in the same sets as {@link #money} and the others, by kind.
   */
  final TreeSet<BigDecimal> moneyThresholds = new TreeSet<>();
  final TreeSet<BigDecimal> dayThresholds = new TreeSet<>();
  final TreeSet<BigDecimal> factorThresholds = new TreeSet<>();
  private final TreeSet<BigDecimal> moneyStated = new TreeSet<>();
  private final TreeSet<BigDecimal> daysStated = new TreeSet<>();
  private final TreeSet<BigDecimal> factorsStated = new TreeSet<>();

  /** Words before an amount that make it a threshold: 不足五万元、超过1万元. */
  private static final java.util.List<String> THRESHOLD_WORDS =
      java.util.List.of("不足", "不满", "未满", "未超过", "超过", "满", "达到", "低于", "高于", "少于", "多于");
  /** What ends a clause: a circumstance clause ends in 的 before one of these (……以上的，处……). */
  static final String CLAUSE_END = "，,；;。：:\n";

  /** What a number of the text counts: yuan, days of detention, or a multiple (or percentage). */
  enum Kind {
    MONEY,
    DAYS,
    FACTOR
  }

  /**
   * One number of the text where it stands.
   *
   * @param start where its run of numerals starts (after 百分之 for a percentage)
   * @param threshold whether it is written as a threshold of a circumstance, not a sanction
   */
  record Occurrence(Kind kind, BigDecimal value, int start, int end, boolean threshold) {}

  static TextNumbers of(String text) {
    TextNumbers found = new TextNumbers();
    for (Occurrence o : occurrences(text)) {
      switch (o.kind()) {
        case MONEY -> add(found.money, found.moneyThresholds, found.moneyStated, o);
        case DAYS -> add(found.days, found.dayThresholds, found.daysStated, o);
        case FACTOR -> add(found.factors, found.factorThresholds, found.factorsStated, o);
      }
    }
    found.moneyThresholds.removeAll(found.moneyStated);
    found.dayThresholds.removeAll(found.daysStated);
    found.factorThresholds.removeAll(found.factorsStated);
    return found;
  }

  /** A number of the text where it stands: a run of numerals that parses, not an ordinal. */
  record Numeral(int start, int end, BigDecimal value) {}

  /** The numbers of the text in the order they are written; article numbers (第十九条) are not. */
  static java.util.List<Numeral> numerals(String text) {
    java.util.List<Numeral> found = new java.util.ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isNumeral(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length()) {
        if (isNumeral(text.charAt(i)) || isDecimalPoint(text, i) || isDigitGroupComma(text, i)) {
          i++;
        } else {
          // 五\u200B千元: a zero-width character pasted from Word inside a number (hostile check:
          // read as 五 and 千, 0元) is no break in it.
          int next = afterFormat(text, i);
          if (next == i || next == text.length() || !isNumeral(text.charAt(next))) {
            break;
          }
          i = next;
        }
      }
      BigDecimal value = parse(GROUP_SEPARATORS.matcher(text.substring(start, i)).replaceAll(""));
      if (value != null && !(start > 0 && text.charAt(start - 1) == '第')) {
        found.add(new Numeral(start, i, value));
      }
    }
    return found;
  }

  /** The amounts, days and multiples of the text, in the order they are written. */
  static java.util.List<Occurrence> occurrences(String text) {
    java.util.List<Occurrence> found = new java.util.ArrayList<>();
    // Where the clause of each numeral ends, found once per clause: scanning from each numeral
    // made a long clause of many numerals quadratic (hostile check: 40,000 characters, 15 s).
    int clauseEnd = -1;
    java.util.List<Numeral> numerals = numerals(text);
    for (int n = 0; n < numerals.size(); n++) {
      Numeral numeral = numerals.get(n);
      if (clauseEnd < numeral.end()) {
        clauseEnd = Clauses.end(text, numeral.end(), CLAUSE_END);
      }
      Occurrence occurrence = classify(text, numeral.start(), numeral.end(), numeral.value(), clauseEnd);
      if (occurrence == null && n + 1 < numerals.size()) {
        occurrence = rangeStart(text, numeral, numerals.get(n + 1), clauseEnd);
      }
      if (occurrence != null) {
        found.add(occurrence);
      }
    }
    return found;
  }

  /** What joins the two ends of a range written with its unit once: 一至三万元、1-3万元、5000～10000元. */
  private static final String RANGE_JOINERS = "至到-－～~—";

  /**
   * The lower end of a range whose unit is written once, after the upper end (legal author:
   * 三万至五万元, 1-3万元 and 5000-10000元 lost their lower end): of the upper end's kind, and
   * scaled by its 万 or 亿 when written without one ({@link #lowerBound}).
   */
  private static Occurrence rangeStart(String text, Numeral low, Numeral high, int clauseEnd) {
    if (low.end() + 1 != high.start() || RANGE_JOINERS.indexOf(text.charAt(low.end())) < 0) {
      return null;
    }
    Occurrence upper = classify(text, high.start(), high.end(), high.value(), clauseEnd);
    if (upper == null) {
      return null;
    }
    BigDecimal value = lowerBound(text.substring(low.start(), low.end()), text.substring(high.start(), high.end()));
    return value == null ? null
        : new Occurrence(upper.kind(), normal(value), low.start(), low.end(), upper.threshold());
  }

  /**
   * The lower end of a range written {@code 一至三万}, {@code 1-3万}, {@code 三至五千}: scaled by the
   * upper end's final 万, 亿, 千 or 百 when it is smaller than the upper end's figure before it
   * (1 &lt; 3: 1万); read as
   * written otherwise ({@code 500至1万}: 500, {@code 五千至一万}: 5000, {@code 1万至3万}: 1万).
   *
   * @param low the lower end as written
   * @param high the upper end as written, without 元
   * @return the lower end, or null when it is no number
   */
  public static BigDecimal lowerBound(String low, String high) {
    // 5,000-10,000元: the numerals keep their digit-group commas (hostile re-check).
    BigDecimal value = parse(low.replace(",", ""));
    String upper = common(high.strip().replace(",", ""));
    if (value == null || upper.length() < 2) {
      return value;
    }
    char unit = upper.charAt(upper.length() - 1);
    // 三至五千元 is 3000 to 5000 (legal re-review: read as 3元), as 一至三万元 is 1万 to 3万.
    int scale = unit == '万' ? 4 : unit == '亿' ? 8 : unit == '千' ? 3 : unit == '百' ? 2 : -1;
    BigDecimal figure = scale < 0 ? null : parse(upper.substring(0, upper.length() - 1));
    return figure != null && value.compareTo(figure) < 0 ? value.movePointRight(scale) : value;
  }

  private static Occurrence classify(String text, int start, int runEnd, BigDecimal value,
      int clauseEnd) {
    boolean percent = start >= 3 && text.startsWith("百分之", start - 3);
    int end = afterFormat(text, runEnd);
    if (start > 0 && text.charAt(start - 1) == '月' && text.startsWith("日", end)) {
      return null; // 2025年3月1日 is a date, not one day (legal re-review: read as a 1-day period)
    }
    boolean threshold = isThreshold(text, percent ? start - 3 : start, end, clauseEnd);
    if (percent) {
      return new Occurrence(Kind.FACTOR, normal(value.movePointLeft(2)), start, runEnd, threshold);
    } else if (text.startsWith("倍", end)
        || text.startsWith("至", end) && nextRunEndsWith(text, end + 1, "倍")) {
      return new Occurrence(Kind.FACTOR, normal(value), start, runEnd, threshold);
    } else if (text.startsWith("日", end) || text.startsWith("天", end)) {
      if (text.startsWith("内", end + 1) || start >= 2 && (text.startsWith("期限", start - 2)
          || text.startsWith("限期", start - 2))) {
        return null; // 十五日内改正, 期限30日: a time limit, not a detention (hostile check)
      }
      return new Occurrence(Kind.DAYS, normal(value), start, runEnd, threshold);
    } else if (text.startsWith("元", end) || text.startsWith("以上", end)
        || text.startsWith("以下", end) || text.startsWith("罚款", end)) {
      return new Occurrence(Kind.MONEY, normal(value), start, runEnd, threshold);
    }
    return null;
  }

  private static void add(TreeSet<BigDecimal> all, TreeSet<BigDecimal> thresholds, TreeSet<BigDecimal> stated,
      Occurrence occurrence) {
    all.add(occurrence.value());
    (occurrence.threshold() ? thresholds : stated).add(occurrence.value());
  }

  /**
   * Whether the number at {@code start..end} is phrased as a threshold of a circumstance: after
   * 不足/超过/… , or in a clause that ends in 的 (违法所得5000元以上不足1万元的，处……), as Chinese
   * legal drafting writes conditions.
   */
  private static boolean isThreshold(String text, int start, int end, int clauseEnd) {
    for (String word : THRESHOLD_WORDS) {
      int at = start - word.length();
      // 处不超过一万元罚款, 不少于五千元: a limit of the sanction, not a circumstance; 不足 and 不满
      // are words of their own.
      if (at >= 0 && text.startsWith(word, at) && !(at > 0 && text.charAt(at - 1) == '不')) {
        return true;
      }
    }
    return clauseEnd > end && text.charAt(clauseEnd - 1) == '的';
  }

  private static boolean nextRunEndsWith(String text, int from, String unit) {
    int i = from;
    while (i < text.length() && isNumeral(text.charAt(i))) {
      i++;
    }
    return i > from && text.startsWith(unit, i);
  }

  /**
   * 点 between Chinese digits is a decimal point (一点五倍, 二点五万元); elsewhere (一点, 重点) it is
   * a word.
   */
  private static boolean isDecimalPoint(String text, int i) {
    return text.charAt(i) == '点' && i > 0 && i + 1 < text.length()
        && "零〇一二两三四五六七八九".indexOf(text.charAt(i - 1)) >= 0
        && "零〇一二两三四五六七八九".indexOf(text.charAt(i + 1)) >= 0;
  }

  /**
   * A comma between digit groups (10,000元): a digit before, exactly three digits after (legal
   * author: 处10,000元以上30,000元以下 was read as 0元); so too a space (hostile check: 10 000元
   * was 0元).
   */
  private static boolean isDigitGroupComma(String text, int i) {
    if (GROUPING.indexOf(text.charAt(i)) < 0 || i == 0 || !isAsciiDigit(text.charAt(i - 1))) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (i + k >= text.length() || !isAsciiDigit(text.charAt(i + k))) {
        return false;
      }
    }
    return i + 4 >= text.length() || !isAsciiDigit(text.charAt(i + 4));
  }

  /**
   * A character of Unicode's format category (zero-width space, soft hyphen, byte-order mark,
   * word joiner, …): invisible, pasted from Word with the text.
   */
  private static boolean isFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  /** The first index at or after {@code i} that holds no format character. */
  private static int afterFormat(String text, int i) {
    int at = i;
    while (at < text.length() && isFormat(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumeral(char c) {
    return CHINESE.indexOf(c) >= 0 || DIGITS.indexOf(c) >= 0;
  }

  /**
   * Longer runs are no amount, day count or multiple of a legal text: they are not read, since
   * parsing a run of N digits costs N² (hostile check: 400,000 digits in a tier's text, 14 s).
   */
  static final int MAX_RUN = 40;

  /**
   * A run of digits with unit characters ({@code 1.5万}) or of Chinese numerals ({@code 三十万});
   * null when it is none, or longer than {@value #MAX_RUN} characters.
   */
  public static BigDecimal parse(String written) {
    String visible = withoutFormat(written);
    if (visible.length() > MAX_RUN) {
      return null;
    }
    String run = positional(common(visible));
    StringBuilder digits = new StringBuilder();
    int i = 0;
    while (i < run.length() && DIGITS.indexOf(run.charAt(i)) >= 0) {
      char c = run.charAt(i++);
      digits.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    if (digits.length() > 0) {
      if (!DECIMAL.matcher(digits).matches()) {
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

  /**
   * A number opening with Chinese digits written place by place (二〇〇〇, 二零零零, 2〇〇〇, 五〇〇〇万)
   * as Arabic digits: read as a counted numeral they were 0 (hostile check). Only the opening run
   * of two or more: the 零 of 一千零五 comes after a unit and keeps its meaning.
   */
  private static String positional(String run) {
    int end = 0;
    while (end < run.length() && PLACE_DIGITS.indexOf(run.charAt(end)) >= 0) {
      end++;
    }
    String digitsRun = run.substring(0, end);
    boolean zero = digitsRun.indexOf('〇') >= 0 || digitsRun.indexOf('零') >= 0;
    boolean mixed = digitsRun.chars().anyMatch(c -> c < 128 || c >= '０' && c <= '９');
    boolean unitAfter = end < run.length() && "十百千万亿".indexOf(run.charAt(end)) >= 0;
    // 三五千 is "three to five thousand" (hostile re-check: read as 35000); 一九九八 and 五〇〇〇万
    // stand place by place: a zero written, or no unit after the run.
    if (end < 2 || digitsRun.chars().allMatch(c -> c < 128 || c >= '０' && c <= '９')
        || unitAfter && !zero && !mixed) {
      return run;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < end; i++) {
      char c = run.charAt(i);
      int at = "〇零一二三四五六七八九".indexOf(c);
      digits.append(at == 0 || at == 1 ? '0' : at > 1 ? (char) ('0' + at - 1) : c);
    }
    return digits + run.substring(end);
  }

  private static String withoutFormat(String written) {
    for (int i = 0; i < written.length(); i++) {
      if (isFormat(written.charAt(i))) {
        StringBuilder visible = new StringBuilder(written.length());
        written.chars().filter(c -> !isFormat((char) c)).forEach(c -> visible.append((char) c));
        return visible.toString();
      }
    }
    return written;
  }

  /** Digits of any script that may stand place by place. */
  private static final String PLACE_DIGITS = "0123456789０１２３４５６７８９〇零一二三四五六七八九";

  /** The financial numerals (伍仟) as the common ones (五千), which read alike. */
  private static String common(String run) {
    char[] chars = run.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int at = FINANCIAL.indexOf(chars[i]);
      if (at >= 0) {
        chars[i] = COMMON.charAt(at);
      }
    }
    return new String(chars);
  }

  private static BigDecimal chinese(String run) {
    int point = run.indexOf('点');
    if (point >= 0) {
      // 一点五 is 1.5; 二点五万 is 25000: the fraction's digits, then the units that scale both.
      BigDecimal whole = chinese(run.substring(0, point));
      StringBuilder fraction = new StringBuilder("0.");
      int i = point + 1;
      while (i < run.length() && "零〇一二两三四五六七八九".indexOf(run.charAt(i)) >= 0) {
        char c = run.charAt(i++);
        fraction.append(c == '〇' ? 0 : c == '两' ? 2 : "零一二三四五六七八九".indexOf(c));
      }
      if (whole == null || fraction.length() == 2) {
        return null;
      }
      BigDecimal value = whole.add(new BigDecimal(fraction.toString()));
      for (char unit : run.substring(i).toCharArray()) {
        int scale = unit == '万' ? 4 : unit == '亿' ? 8 : -1;
        if (scale < 0) {
          return null;
        }
        value = value.movePointRight(scale);
      }
      return value;
    }
    long total = 0;
    long section = 0;
    long number = 0;
    for (int at = 0; at < run.length(); at++) {
      char c = run.charAt(at);
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
        // 十元, and 百元 and 千元 opening a number (hostile check: 百元以上 was 0元), are one of it.
        section += (number == 0 && (c == '十' || at == 0) ? 1 : number) * unit;
        number = 0;
      } else if (c == '廿' || c == '卅') {
        section += c == '廿' ? 20 : 30;
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
    // 一万五 is 15000, 一千二 1200, 一百五 150: a last digit right after 百, 千, 万 or 亿 counts in the
    // next lower place (hostile check: read as 10005); 一千零五 keeps its 零, 二十五 is 25.
    int n = run.length();
    if (n >= 2 && number > 0 && "百千万亿".indexOf(run.charAt(n - 2)) >= 0) {
      char unit = run.charAt(n - 2);
      number *= unit == '百' ? 10 : unit == '千' ? 100 : unit == '万' ? 1000 : 10_000_000;
    }
    return BigDecimal.valueOf(total + section + number);
  }

  private static BigDecimal normal(BigDecimal value) {
    return value.stripTrailingZeros();
  }
}
