package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading and writing amounts: every digit, both widths, and 万 only where the texts use it. */
class AmountsBehaviourTest {

  @Test
  void readsEveryDigitAndTheFullWidthPoint() {
    assertEquals(new BigDecimal("1234567890"), Amounts.parse("1234567890"));
    assertEquals(new BigDecimal("1234567890"), Amounts.parse("１２３４５６７８９０"));
    assertEquals(new BigDecimal("1950"), Amounts.parse("０．１９５万"));
    assertEquals(new BigDecimal("900"), Amounts.parse("9百"));
    assertEquals(new BigDecimal("99.5"), Amounts.parse(" 99.5元 "));
  }

  @Test
  void refusesWhatIsNotAnAmount() {
    for (String bad : new String[] {".5", "5.", "1.2.3", "5元元", "/5", ":5", "5/", "5:", "Ａ"}) {
      NumberFormatException e =
          assertThrows(NumberFormatException.class, () -> Amounts.parse(bad), bad);
      assertEquals("not an amount of yuan: " + bad, e.getMessage());
    }
  }

  @Test
  void decimalsAreDigitsWithAtMostOnePoint() {
    assertTrue(Amounts.isDecimal("0"));
    assertTrue(Amounts.isDecimal("90.09"));
    assertFalse(Amounts.isDecimal(""));
    assertFalse(Amounts.isDecimal("."));
    assertFalse(Amounts.isDecimal("1."));
  }

  @Test
  void plainHasNeitherExponentNorTrailingZeros() {
    assertEquals("1000", Amounts.plain(new BigDecimal("1E+3")));
    assertEquals("1000", Amounts.plain(new BigDecimal("1000.00")));
    assertEquals("0", Amounts.plain(new BigDecimal("0.000")));
    assertEquals("0.05", Amounts.plain(new BigDecimal("0.050")));
  }

  @Test
  void tenThousandIsTheFirstAmountWrittenInWan() {
    assertEquals("9999元", Amounts.format(new BigDecimal("9999")));
    assertEquals("9999.99元", Amounts.format(new BigDecimal("9999.99")));
    assertEquals("1万元", Amounts.format(new BigDecimal("10000")));
    assertEquals("10500元", Amounts.format(new BigDecimal("10500")));
    assertEquals("20000万元", Amounts.format(new BigDecimal("200000000")));
  }
}
