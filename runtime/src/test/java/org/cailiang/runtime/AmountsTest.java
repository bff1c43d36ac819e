package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.Chinese;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.Fines;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void formatsAsTheOfficialTextsDo() {
    assertEquals("500元", Amounts.format(new BigDecimal("500")));
    assertEquals("1000元", Amounts.format(new BigDecimal("1000")));
    assertEquals("1万元", Amounts.format(new BigDecimal("10000.00")));
    assertEquals("1.5万元", Amounts.format(new BigDecimal("15000")));
    assertEquals("12345元", Amounts.format(new BigDecimal("12345")));
    assertEquals("100万元", Amounts.format(new BigDecimal("1000000")));
    assertEquals("0.35元", Amounts.format(new BigDecimal("0.350")));
  }

  @Test
  void parsesChineseUnitsExactly() {
    assertEquals(0, new BigDecimal("15000").compareTo(Amounts.parse("1.5万")));
    assertEquals(0, new BigDecimal("10000").compareTo(Amounts.parse("1万元")));
    assertEquals(0, new BigDecimal("3000").compareTo(Amounts.parse("3千")));
    assertEquals(0, new BigDecimal("500").compareTo(Amounts.parse("５００元")));
    assertEquals(0, new BigDecimal("200000000").compareTo(Amounts.parse("2亿")));
    for (String bad : List.of("", "万", "-5", "1e3", "五百", "1.万", "NaN")) {
      assertThrows(NumberFormatException.class, () -> Amounts.parse(bad), bad);
    }
  }

  @Test
  void rangesIncludeTheirBounds() {
    MoneyRange range = MoneyRange.of(500, 1000);
    assertTrue(range.contains(new BigDecimal("500")));
    assertTrue(range.contains(new BigDecimal("1000.00")));
    assertFalse(range.contains(new BigDecimal("1000.01")));
    assertTrue(MoneyRange.atMost(500).contains(BigDecimal.ZERO));
    assertEquals("500元以下", MoneyRange.atMost(500).toChinese());
    assertEquals("1万元以上", MoneyRange.atLeast(10000).toChinese());
    assertEquals("200元", MoneyRange.exactly(200).toChinese());
    assertThrows(IllegalArgumentException.class, () -> MoneyRange.of(2, 1));
    assertThrows(IllegalArgumentException.class, () -> new MoneyRange(null, null));
  }

  @Test
  void multiplesAreExactAndRoundInwardToTheFen() {
    Party unit = new Party("unit", "单位");
    Sanction.Fine fine = Fines.multiple(List.of(unit), false, new BigDecimal("0.3"), new BigDecimal("0.5"),
        new BigDecimal("333.33"), "违法所得", true, false);
    // 99.999 rounds up to 100.00; 166.665 rounds down to 166.66: never outside the statute.
    assertEquals(new MoneyRange(new BigDecimal("100.00"), new BigDecimal("166.66")), fine.range());
    assertEquals("对单位处违法所得百分之三十以上百分之五十以下（即100元以上166.66元以下）罚款", fine.toChinese());
    Sanction.Fine zero = Fines.multiple(List.of(unit), false, BigDecimal.ONE, new BigDecimal("3"),
        BigDecimal.ZERO, "违法所得", false, true);
    assertEquals("可以对单位并处违法所得1倍以上3倍以下（即0元）罚款", zero.toChinese());
    Sanction.Fine tiny = Fines.multiple(List.of(unit), false, new BigDecimal("0.1"), new BigDecimal("0.2"),
        new BigDecimal("0.01"), "违法所得", false, false);
    // No whole fen lies in 0.001..0.002: the exact bounds stay, rather than a fine of 0元.
    assertEquals(new MoneyRange(new BigDecimal("0.001"), new BigDecimal("0.002")), tiny.range());
  }

  @Test
  void codeRangesExpandWithTheirWidth() {
    assertArrayEquals(new String[] {"C05840", "C05841", "C05842"}, Codes.expand("C05840", "C05842"));
    assertArrayEquals(new String[] {"A0099", "A0100"}, Codes.expand("A0099", "A0100"));
    assertArrayEquals(new String[] {"X"}, Codes.expand("X", "X"));
    assertThrows(IllegalArgumentException.class, () -> Codes.expand("C1", "D2"));
    assertThrows(IllegalArgumentException.class, () -> Codes.expand("C2", "C1"));
  }

  @Test
  void anOversizedCodeRangeIsRefusedBeforeItIsExpanded() {
    // 999,999,999 codes would need gigabytes: the count is computed, not the codes.
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> Codes.expand("X000000001", "X999999999"));
    assertTrue(refused.getMessage().contains("10000"), refused.getMessage());
    assertEquals(Codes.MAX_CODES, Codes.expand("A00001", "A10000").length);
    assertThrows(IllegalArgumentException.class, () -> Codes.expand("A00000", "A10000"));
  }

  @Test
  void percentagesAreWrittenInChineseNumerals() {
    assertEquals("三十", Chinese.numerals(new BigDecimal("30")));
    assertEquals("十五", Chinese.numerals(new BigDecimal("15")));
    assertEquals("一百", Chinese.numerals(new BigDecimal("100.0")));
    assertEquals("一百零五", Chinese.numerals(new BigDecimal("105")));
    assertEquals("一千零一十", Chinese.numerals(new BigDecimal("1010")));
    assertEquals("二点五", Chinese.numerals(new BigDecimal("2.50")));
    assertEquals("零", Chinese.numerals(BigDecimal.ZERO));
  }
}
