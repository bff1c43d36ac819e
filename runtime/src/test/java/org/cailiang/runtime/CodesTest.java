package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cailiang.runtime.internal.Codes;
import org.junit.jupiter.api.Test;

/** Code ranges such as C05840..C05846, and what a code may be made of. */
class CodesTest {

  @Test
  void expandsARangeKeepingItsLeadingZeros() {
    assertArrayEquals(
        new String[] {"C05840", "C05841", "C05842", "C05843", "C05844", "C05845", "C05846"},
        Codes.expand("C05840", "C05846"));
    assertArrayEquals(new String[] {"B0998", "B0999", "B1000"}, Codes.expand("B0998", "B1000"));
  }

  @Test
  void aSetOfCodesAndRangesInSeveralTexts() {
    assertEquals(java.util.Set.of("C05840", "C05841", "C05842", "E05403", "A1"),
        Codes.set("C05840..C05842 E05403", "A1"));
    assertThrows(IllegalArgumentException.class, () -> Codes.set("C05842..C05840"));
  }

  @Test
  void aRangeOfTwoAndARangeOfOne() {
    assertArrayEquals(new String[] {"C01", "C02"}, Codes.expand("C01", "C02"));
    assertArrayEquals(new String[] {"C05840"}, Codes.expand("C05840", "C05840"));
    assertArrayEquals(new String[] {"ABC"}, Codes.expand("ABC", "ABC"));
  }

  @Test
  void codesMadeOfDigitsOnlyFormRangesToo() {
    assertArrayEquals(new String[] {"009", "010"}, Codes.expand("009", "010"));
  }

  @Test
  void refusesWhatIsNotARange() {
    assertRefused("C1", "D2"); // other prefix
    assertRefused("C5", "C10"); // other width
    assertRefused("C10", "C5"); // other width, and backwards
    assertRefused("C2", "C1"); // backwards
    assertRefused("AB", "AC"); // no digits
    assertRefused("C1234567890123456789", "C1234567890123456790"); // 19 digits
  }

  @Test
  void refusesMoreThanTenThousandCodesBeforeExpandingThem() {
    assertEquals(10_000, Codes.expand("C00001", "C10000").length);
    for (String last : new String[] {"C10001", "C9999999999"}) {
      String first = last.length() == 6 ? "C00001" : "C0000000000";
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Codes.expand(first, last));
      assertEquals("more than 10000 codes: " + first + ".." + last, e.getMessage());
    }
  }

  @Test
  void eighteenDigitsAreStillARange() {
    assertArrayEquals(
        new String[] {"C100000000000000000", "C100000000000000001"},
        Codes.expand("C100000000000000000", "C100000000000000001"));
  }

  private static void assertRefused(String first, String last) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codes.expand(first, last));
    assertEquals("not a code range: " + first + ".." + last, e.getMessage());
  }

  @Test
  void codesAreAsciiLettersAndDigits() {
    assertTrue(Codes.isAlphanumeric("C05840"));
    assertTrue(Codes.isAlphanumeric("09AZaz"));
    assertTrue(Codes.isAlphanumeric("x"));
    assertFalse(Codes.isAlphanumeric(""));
    for (String bad : new String[] {"C-1", "C 1", "/", ":", "@", "[", "`", "{", "Ｃ1", "码"}) {
      assertFalse(Codes.isAlphanumeric(bad), bad);
    }
    assertFalse(Codes.isAlphanumeric("C1/"), "a bad last character counts");
  }

  @Test
  void theStemIsEverythingBeforeTheTrailingDigits() {
    assertEquals("C", Codes.stem("C05840"));
    assertEquals("C05840B", Codes.stem("C05840B010"));
    assertEquals("", Codes.stem("123"));
    assertEquals("ABC", Codes.stem("ABC"));
    assertEquals("", Codes.stem(""));
    assertEquals("A", Codes.stem("A19"));
  }
}
