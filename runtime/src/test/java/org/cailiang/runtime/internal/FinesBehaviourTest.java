package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/** How a fine computed from an amount fact words its basis. */
class FinesBehaviourTest {
  private static final Party UNIT = new Party("unit", "单位");

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void factorsAsMultiples() {
    assertEquals("1倍以上3倍以下", Fines.factors(n("1"), n("3"), false));
    assertEquals("2倍", Fines.factors(n("2"), n("2.0"), false));
    assertEquals("5倍以下", Fines.factors(null, n("5"), false));
    assertEquals("0.5倍以上", Fines.factors(n("0.50"), null, false));
  }

  @Test
  void factorsAsPercentages() {
    assertEquals("百分之三十以上百分之五十以下", Fines.factors(n("0.3"), n("0.5"), true));
    assertEquals("百分之十", Fines.factors(n("0.1"), n("0.10"), true));
    assertEquals("百分之二百以下", Fines.factors(null, n("2"), true));
    assertEquals("百分之二点五以上", Fines.factors(n("0.025"), null, true));
  }

  @Test
  void aFineWithOnlyAnUpperMultipleHasNoLowerBound() {
    Sanction.Fine fine =
        Fines.multiple(List.of(UNIT), true, null, n("5"), n("2000"), "违法所得", false, false);
    assertEquals(new MoneyRange(null, n("10000.00")), fine.range());
    assertEquals("对单位分别处违法所得5倍以下（即1万元以下）罚款", fine.toChinese());
  }

  @Test
  void aFineWithOnlyALowerMultipleHasNoUpperBound() {
    Sanction.Fine fine =
        Fines.multiple(List.of(UNIT), false, n("2"), null, n("300"), "货值金额", false, true);
    assertEquals(new MoneyRange(n("600.00"), null), fine.range());
    assertEquals("可以对单位并处货值金额2倍以上（即600元以上）罚款", fine.toChinese());
  }
}
