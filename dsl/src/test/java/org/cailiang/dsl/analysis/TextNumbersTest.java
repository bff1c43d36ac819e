package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The numbers an official text states, as the text-mismatch check reads them. */
class TextNumbersTest {
  private static List<String> plain(TreeSet<BigDecimal> values) {
    return values.stream().map(BigDecimal::toPlainString).toList();
  }

  /**
   * Hostile check: a tier text of 400,000 digits took 14 s (a run of N digits parses in N²).
   * Runs longer than any amount of a legal text are not read; the text's other numbers are.
   */
  @Test
  void aRunLongerThanAnyAmountIsNotRead() {
    String forty = "1".repeat(TextNumbers.MAX_RUN);
    assertEquals(new BigDecimal(forty), TextNumbers.parse(forty));
    assertNull(TextNumbers.parse(forty + "1"));
    String text = "处" + "1".repeat(1_000_000) + "元罚款，或者处5000元以下罚款";
    assertEquals(List.of(new BigDecimal("5000")),
        TextNumbers.numerals(text).stream().map(TextNumbers.Numeral::value).toList());
  }

  /**
   * Hostile check: a zero-width space or soft hyphen pasted from Word inside 五千元 made it 0元;
   * 2025年3月1日 in a tier's text was a one-day period; 不超过一万元 was a circumstance's threshold.
   */
  @Test
  void invisibleCharactersDatesAndLimitsOfTheSanction() {
    assertEquals(List.of("5000"), plain(TextNumbers.of("处五\u200B千元罚款").money));
    assertEquals(List.of("5000"), plain(TextNumbers.of("处5\u00AD000\u2060元罚款").money));
    assertEquals(List.of("5000"), plain(TextNumbers.of("处五千\uFEFF元罚款").money));
    assertEquals(new BigDecimal("5000"), TextNumbers.parse("五\u200B千"));
    assertEquals(List.of(), plain(TextNumbers.of("自2025年3月1日起，处五千元罚款").days));
    assertEquals(List.of(), plain(TextNumbers.of("二〇二五年三月一日").days));
    assertEquals(List.of("1"), plain(TextNumbers.of("拘留一日").days), "a day not after 月 is a day");
    TextNumbers limited = TextNumbers.of("处不超过一万元罚款，不少于五千元");
    assertEquals(List.of("5000", "10000"), plain(limited.money));
    assertEquals(List.of(), plain(limited.moneyThresholds), "limits of the sanction");
    assertEquals(List.of("10000"), plain(TextNumbers.of("违法所得超过一万元，处警告").moneyThresholds));
    assertEquals(List.of("50000"), plain(TextNumbers.of("不足五万元，处警告").moneyThresholds), "不足 is a word");
  }

  /** Hostile check: 10 000元, 百元, 廿万元 were 0元; 十五日内改正 was a detention of 15 days. */
  @Test
  void groupSeparatorsOpeningUnitsAndTimeLimits() {
    assertEquals(List.of("10000"), plain(TextNumbers.of("处10 000元罚款").money));
    assertEquals(List.of("10000"), plain(TextNumbers.of("处10\u00A0000元罚款").money));
    assertEquals(List.of("10000"), plain(TextNumbers.of("处10\u2009000元罚款").money));
    assertEquals(List.of("1000"), plain(TextNumbers.of("处500 1000元罚款").money), "a space before no group of three");
    assertEquals(new BigDecimal("100"), TextNumbers.parse("百"));
    assertEquals(new BigDecimal("1000"), TextNumbers.parse("千"));
    assertEquals(new BigDecimal("200000"), TextNumbers.parse("廿万"));
    assertEquals(new BigDecimal("300000"), TextNumbers.parse("卅万"));
    assertEquals(new BigDecimal("1005"), TextNumbers.parse("一千零五"), "a unit after a digit keeps the digit");
    assertEquals(List.of(), plain(TextNumbers.of("责令十五日内改正，期限30日，限期7日").days));
    assertEquals(List.of("15"), plain(TextNumbers.of("处十五日拘留").days));
  }

  @Test
  void readsDigitsWithUnitCharacters() {
    assertEquals(new BigDecimal("15000"), TextNumbers.parse("1.5万").stripTrailingZeros().setScale(0));
    assertEquals(0, new BigDecimal("3000").compareTo(TextNumbers.parse("3千")));
    assertEquals(0, new BigDecimal("500").compareTo(TextNumbers.parse("5百")));
    assertEquals(0, new BigDecimal("50").compareTo(TextNumbers.parse("5十")));
    assertEquals(0, new BigDecimal("200000000").compareTo(TextNumbers.parse("2亿")));
    assertEquals(0, new BigDecimal("500").compareTo(TextNumbers.parse("５００")));
    assertEquals(0, new BigDecimal("1.5").compareTo(TextNumbers.parse("１．５")));
    assertNull(TextNumbers.parse("1.2.3"), "not a number");
    assertNull(TextNumbers.parse("5两"), "two is no unit after digits");
  }

  /** Hostile check: 二〇〇〇 and 二零零零, as official documents write years and amounts, were 0. */
  @Test
  void readsDigitsWrittenPlaceByPlace() {
    for (String written : List.of("二〇〇〇", "二零零零", "2〇〇〇", "２〇〇〇")) {
      assertEquals(0, new BigDecimal("2000").compareTo(TextNumbers.parse(written)), written);
    }
    assertEquals(0, new BigDecimal("50000000").compareTo(TextNumbers.parse("五〇〇〇万")));
    assertEquals(0, new BigDecimal("1005").compareTo(TextNumbers.parse("一千零五")), "零 after a unit");
    assertEquals(0, new BigDecimal("1998").compareTo(TextNumbers.parse("一九九八")));
    // Hostile re-check: 一万五 was 10005.
    for (String[] pair : new String[][] {{"一万五", "15000"}, {"两万五", "25000"}, {"一千二", "1200"},
        {"一百五", "150"}, {"一亿五", "150000000"}, {"一万零五", "10005"}, {"二十五", "25"}, {"三万五千", "35000"}}) {
      assertEquals(0, new BigDecimal(pair[1]).compareTo(TextNumbers.parse(pair[0])), pair[0]);
    }
    assertEquals(0, new BigDecimal("5000").compareTo(TextNumbers.parse("三五千")),
        "三五千 is three to five thousand, not 35000: read as before");
    assertEquals(0, new BigDecimal("2").compareTo(TextNumbers.parse("二")));
    assertEquals(0, new BigDecimal("20").compareTo(TextNumbers.parse("二十")));
    assertEquals(List.of(new BigDecimal("2000"), new BigDecimal("5000")), TextNumbers.numerals("对单位处二〇〇〇元以上五〇〇〇元以下罚款")
        .stream().map(n -> n.value().stripTrailingZeros().setScale(0)).toList());
  }

  @Test
  void readsADecimalPointBetweenChineseDigitsAndNowhereElse() {
    assertEquals(new BigDecimal("1.5"), TextNumbers.parse("一点五"));
    assertEquals(0, new BigDecimal("25000").compareTo(TextNumbers.parse("二点五万")));
    assertEquals(new BigDecimal("10.25"), TextNumbers.parse("十点二五"));
    assertNull(TextNumbers.parse("一点"), "no fraction");
    assertNull(TextNumbers.parse("一点五百"), "no unit but 万 or 亿 after a fraction");
    TextNumbers found = TextNumbers.of("并处货值金额一倍以上一点五倍以下的罚款");
    assertEquals(List.of("1", "1.5"), plain(found.factors));
    assertEquals(List.of("25000"), plain(TextNumbers.of("处二点五万元以下罚款").money));
    assertEquals(List.of("5"), plain(TextNumbers.of("重点五倍").factors), "重点 is a word");
  }

  /** Legal author: 处罚款伍仟元以上壹万元以下 read as no amount at all. */
  @Test
  void readsTheFinancialNumeralsAsTheCommonOnes() {
    assertEquals(0, new BigDecimal("5000").compareTo(TextNumbers.parse("伍仟")));
    assertEquals(0, new BigDecimal("10000").compareTo(TextNumbers.parse("壹萬")));
    assertEquals(0, new BigDecimal("38").compareTo(TextNumbers.parse("叁拾捌")));
    assertEquals(0, new BigDecimal("2600").compareTo(TextNumbers.parse("貳仟陸佰")));
    assertEquals(0, new BigDecimal("974").compareTo(TextNumbers.parse("玖佰柒拾肆")));
    assertEquals(0, new BigDecimal("300").compareTo(TextNumbers.parse("參佰")));
    TextNumbers text = TextNumbers.of("处罚款伍仟元以上壹万元以下");
    assertEquals(List.of(new BigDecimal("5000"), new BigDecimal("10000")),
        text.money.stream().map(v -> v.setScale(0)).toList());
  }

  @Test
  void readsChineseNumerals() {
    assertEquals(new BigDecimal("0"), TextNumbers.parse("零"));
    assertEquals(new BigDecimal("0"), TextNumbers.parse("〇"));
    assertEquals(new BigDecimal("2"), TextNumbers.parse("两"));
    assertEquals(new BigDecimal("10"), TextNumbers.parse("十"));
    assertEquals(new BigDecimal("15"), TextNumbers.parse("十五"));
    assertEquals(new BigDecimal("30"), TextNumbers.parse("三十"));
    assertEquals(new BigDecimal("200"), TextNumbers.parse("二百"));
    assertEquals(new BigDecimal("2500"), TextNumbers.parse("两千五百"));
    assertEquals(new BigDecimal("1005"), TextNumbers.parse("一千零五"));
    assertEquals(new BigDecimal("300000"), TextNumbers.parse("三十万"));
    assertEquals(new BigDecimal("12030000"), TextNumbers.parse("一千二百零三万"));
    assertEquals(new BigDecimal("150000000"), TextNumbers.parse("一亿五千万"));
    assertEquals(new BigDecimal("200000000"), TextNumbers.parse("二亿"));
    assertEquals(new BigDecimal("100010000"), TextNumbers.parse("一亿一万"));
  }

  @Test
  void sortsNumbersByWhatFollowsThem() {
    TextNumbers found = TextNumbers.of("处1万元以上2万以下罚款，五日以上十日以下拘留，违法所得1至3倍，一倍以上三倍以下，百分之三十。");
    assertEquals(List.of("10000", "20000"), plain(found.money));
    assertEquals(List.of("5", "10"), plain(found.days));
    assertEquals(List.of("0.3", "1", "3"), plain(found.factors));
  }

  @Test
  void moneyIsANumberBeforeYuanABoundOrAFine() {
    assertEquals(List.of("200", "300", "400", "500"), plain(TextNumbers.of("二百元，三百以上，四百以下，五百罚款").money));
    assertEquals(List.of(), plain(TextNumbers.of("二百人，三百次").money));
  }

  @Test
  void daysAreCountedInRiOrTian() {
    assertEquals(List.of("3", "7"), plain(TextNumbers.of("三日，七天").days));
  }

  @Test
  void aRangeToAMultipleIsAMultipleAtBothEnds() {
    TextNumbers found = TextNumbers.of("2至5倍");
    assertEquals(List.of("2", "5"), plain(found.factors));
    assertEquals(List.of(), plain(found.money));
    assertEquals(List.of(), plain(TextNumbers.of("2至5人").factors), "至 without 倍 is no multiple");
    assertEquals(List.of(), plain(TextNumbers.of("2至倍").factors), "至 must be followed by a number");
  }

  /**
   * Legal author: 三万至五万元, 一至三万元, 1-3万元, 5000-10000元 lost their lower end (a false
   * text-mismatch), and 10,000元 was read as 0元.
   */
  @Test
  void aRangeWithItsUnitWrittenOnceReadsBothEnds() {
    assertEquals(List.of("30000", "50000"), plain(TextNumbers.of("处三万至五万元罚款").money));
    assertEquals(List.of("10000", "30000"), plain(TextNumbers.of("处一至三万元罚款").money));
    assertEquals(List.of("10000", "30000"), plain(TextNumbers.of("处1-3万元罚款").money));
    assertEquals(List.of("10000", "30000"), plain(TextNumbers.of("处1～3万元罚款").money));
    assertEquals(List.of("5000", "10000"), plain(TextNumbers.of("处五千到一万元罚款").money));
    assertEquals(List.of("5000", "10000"), plain(TextNumbers.of("处5000-10000元罚款").money));
    assertEquals(List.of("500", "10000"), plain(TextNumbers.of("处500至1万元罚款").money), "500 is no 500万");
    assertEquals(List.of("5", "10"), plain(TextNumbers.of("处5至10日拘留").days));
    assertEquals(List.of(), plain(TextNumbers.of("第1-3项").money), "no unit: no amount");
    assertEquals(List.of("30000"), plain(TextNumbers.of("1 至3万元").money), "joined directly only");
  }

  @Test
  void digitGroupsSeparatedByCommasAreOneNumber() {
    assertEquals(List.of("10000", "30000"), plain(TextNumbers.of("处10,000元以上30,000元以下罚款").money));
    assertEquals(List.of("1000000"), plain(TextNumbers.of("1,000,000元").money));
    assertEquals(List.of("5000", "10000"), plain(TextNumbers.of("处5,000-10,000元罚款").money), "hostile re-check");
    assertEquals(List.of("2000", "5000"), plain(TextNumbers.of("处2,000至5,000元罚款").money));
    assertEquals(List.of("3000"), plain(TextNumbers.of("12,3000元").money), "not a group of three: two numbers");
    assertEquals(List.of("500"), plain(TextNumbers.of("2，500元").money), "a full-width comma separates clauses");
    assertEquals(List.of("0"), plain(TextNumbers.of("1,00元").money), "two digits after: no group");
    assertEquals(List.of("0"), plain(TextNumbers.of("1,0000元").money), "four digits after: no group");
    assertEquals(List.of("0"), plain(TextNumbers.of(",000元").money), "no digit before");
    assertEquals(List.of("0"), plain(TextNumbers.of("甲,000元").money));
    assertEquals(List.of(new java.math.BigDecimal("1000")),
        TextNumbers.numerals("1,000").stream().map(TextNumbers.Numeral::value).toList(), "a group at the end of the text");
  }

  @Test
  void theLowerEndTakesTheUpperEndsUnitOnlyWhenSmaller() {
    assertEquals(new java.math.BigDecimal("10000"), TextNumbers.lowerBound("1", "3万"));
    assertEquals(0, new java.math.BigDecimal("15000").compareTo(TextNumbers.lowerBound("1.5", "3万")));
    assertEquals(new java.math.BigDecimal("500"), TextNumbers.lowerBound("500", "1万"));
    assertEquals(new java.math.BigDecimal("5000"), TextNumbers.lowerBound("五千", "一万"));
    assertEquals(new java.math.BigDecimal("100000000"), TextNumbers.lowerBound("1", "2亿"));
    assertEquals(new java.math.BigDecimal("3000"), TextNumbers.lowerBound("三", "五千"), "legal re-review");
    assertEquals(new java.math.BigDecimal("3000"), TextNumbers.lowerBound("3", "5千"));
    assertEquals(new java.math.BigDecimal("200"), TextNumbers.lowerBound("二", "五百"));
    assertEquals(new java.math.BigDecimal("3"), TextNumbers.lowerBound("3", "3万"), "not smaller");
    assertEquals(new java.math.BigDecimal("2"), TextNumbers.lowerBound("2", "5"), "no unit");
    assertEquals(null, TextNumbers.lowerBound("甲", "5万"));
  }

  @Test
  void articleNumbersAndOrdinalsAreNotAmounts() {
    TextNumbers found = TextNumbers.of("第十九条、第2条规定的罚款");
    assertEquals(List.of(), plain(found.money));
    assertEquals(List.of("19"), plain(TextNumbers.of("19元").money), "the first character may be a numeral");
  }

  @Test
  void aPercentNeedsAllOfBaiFenZhi() {
    assertEquals(List.of("0.3"), plain(TextNumbers.of("百分之三十").factors));
    assertEquals(List.of(), plain(TextNumbers.of("分之三十").factors));
  }

  @Test
  void amountsOfACircumstanceClauseAreThresholds() {
    TextNumbers found = TextNumbers.of("违法所得5000元以上不足十万元的，处一万元以上三万元以下罚款。");
    assertEquals(List.of("5000", "100000"), plain(found.moneyThresholds));
    assertEquals(List.of("5000", "10000", "30000", "100000"), plain(found.money), "thresholds are still read");
    assertEquals(List.of("100000"), plain(TextNumbers.of("超过十万元，处罚款").moneyThresholds), "after 超过");
    assertEquals(List.of(), plain(TextNumbers.of("处一万元以上三万元以下的罚款。").moneyThresholds),
        "的 inside a sanction clause is no circumstance");
    assertEquals(List.of(), plain(TextNumbers.of("五千元以上的，处五千元罚款").moneyThresholds),
        "an amount also written as a sanction is no threshold only");
    assertEquals(List.of("30"), plain(TextNumbers.of("逾期三十日的，处拘留").dayThresholds));
  }
}
