package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.internal.Chinese;
import org.junit.jupiter.api.Test;

/** Numerals, party lists and citations the way official Chinese texts write them. */
class ChineseTest {
  private static String numerals(String value) {
    return Chinese.numerals(new BigDecimal(value));
  }

  @Test
  void tensStartWithoutOne() {
    assertEquals("十", numerals("10"));
    assertEquals("十一", numerals("11"));
    assertEquals("二十", numerals("20"));
    assertEquals("九十九", numerals("99"));
  }

  @Test
  void onesAndZeros() {
    assertEquals("一", numerals("1"));
    assertEquals("九", numerals("9"));
    assertEquals("零", numerals("0.00"));
  }

  @Test
  void innerZerosAreReadOnceAndTrailingZerosNotAtAll() {
    assertEquals("一百一十", numerals("110"));
    assertEquals("一百零一", numerals("101"));
    assertEquals("一千零一", numerals("1001"));
    assertEquals("一千零一十", numerals("1010"));
    assertEquals("一千一百", numerals("1100"));
    assertEquals("二千", numerals("2000"));
    assertEquals("九千九百九十九", numerals("9999"));
  }

  @Test
  void fractionsAreReadDigitByDigit() {
    assertEquals("零点五", numerals("0.5"));
    assertEquals("十二点零五", numerals("12.05"));
    assertEquals("三十三点三三", numerals("33.330"));
    assertEquals("一百", numerals("1E+2"));
  }

  @Test
  void numbersBeyondThousandsAndNegativesStayInDigits() {
    assertEquals("10000", numerals("10000"));
    assertEquals("12345.6", numerals("12345.60"));
    assertEquals("-5", numerals("-5"));
    assertEquals("-0.5", numerals("-0.5"));
  }

  @Test
  void partiesAreJoinedByTheEnumerationComma() {
    assertEquals("单位", Chinese.labels(List.of(new Party("unit", "单位"))));
    assertEquals(
        "单位主要负责人、直接责任人员",
        Chinese.labels(List.of(new Party("head", "单位主要负责人"), new Party("staff", "直接责任人员"))));
  }

  @Test
  void articlesShareTheTitleOfTheirRegulation() {
    Citation a21 = new Citation("甲条例", "第二十一条", "……");
    Citation b3 = new Citation("乙法", "第三条", "……");
    Citation a7 = new Citation("甲条例", "第七条", "……");
    assertEquals("《甲条例》第二十一条、第七条和《乙法》第三条", Chinese.citations(List.of(a21, b3, a7)));
    assertEquals("《乙法》第三条", Chinese.citations(List.of(b3)));
  }
}
