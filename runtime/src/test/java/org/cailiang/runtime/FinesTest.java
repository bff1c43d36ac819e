package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.internal.Fines;
import org.junit.jupiter.api.Test;

class FinesTest {
  private static final List<Party> UNIT = List.of(new Party("unit", "单位"));

  private static Sanction.Fine percent(String amount, String min, String max) {
    return Fines.multiple(UNIT, false, new BigDecimal(min), new BigDecimal(max),
        new BigDecimal(amount), "违法所得", true, false);
  }

  @Test
  void boundsAreRoundedInwardToTheFen() {
    Sanction.Fine fine = percent("12345.67", "0.3", "0.5");
    assertEquals(new BigDecimal("3703.71"), fine.range().min());
    assertEquals(new BigDecimal("6172.83"), fine.range().max());
  }

  /** 0.01 元 × 30%..50% is 0.003..0.005 元: no whole fen lies in it, and 0 元 is no fine. */
  @Test
  void aRangeWithoutAWholeFenKeepsItsExactBoundsInsteadOfBecomingZero() {
    Sanction.Fine fine = percent("0.01", "0.3", "0.5");
    assertEquals(new BigDecimal("0.003"), fine.range().min());
    assertEquals(new BigDecimal("0.005"), fine.range().max());
    assertTrue(fine.toChinese().contains("即0.003元以上0.005元以下"), fine.toChinese());
  }

  @Test
  void aFixedMultipleFinerThanAFenIsKeptExact() {
    Sanction.Fine fine = Fines.multiple(UNIT, false, new BigDecimal("0.5"), new BigDecimal("0.5"),
        new BigDecimal("0.01"), "违法所得", true, false);
    assertEquals(0, fine.range().min().compareTo(new BigDecimal("0.005")), fine.toChinese());
    assertTrue(fine.range().isFixed());
  }

  /** One prepared multiple serves every case: each amount gets its own fine, equal to the one-off's. */
  @Test
  void aPreparedMultipleGivesEachAmountTheFineOfTheOneOffComputation() {
    Fines.Multiple prepared = new Fines.Multiple(UNIT, false, new BigDecimal("1"), new BigDecimal("3"),
        "违法所得", false, false);
    for (String amount : new String[] {"0.01", "12345.67", "50000", "99999999.99", "0"}) {
      Sanction.Fine expected = Fines.multiple(UNIT, false, new BigDecimal("1"), new BigDecimal("3"),
          new BigDecimal(amount), "违法所得", false, false);
      assertEquals(expected, prepared.fine(new BigDecimal(amount)), amount);
    }
    assertEquals(new BigDecimal("37037.01"), prepared.fine(new BigDecimal("12345.67")).range().max());
    assertEquals("违法所得1倍以上3倍以下", prepared.fine(new BigDecimal("1")).basis());
  }
}
