package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.examples.standards.E05403Violation;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.SanctionKind;
import org.junit.jupiter.api.Test;

/** The second example: multiples of 违法所得, inclusive thresholds, detention and alternatives. */
class ExampleSecurityTest {

  private static Decision income(String amount, boolean minor, boolean serious) {
    return E06401Violation.E06401.evaluate(new E06401Violation.Facts(new BigDecimal(amount), minor, serious));
  }

  @Test
  void theFineIsAnExactMultipleOfTheIllegalIncome() {
    Decision decision = income("12345.67", false, false);
    assertEquals("E06401A020", decision.tierCode());
    Sanction.Fine fine = (Sanction.Fine) decision.sanctions(SanctionKind.FINE).get(0);
    assertEquals(new MoneyRange(new BigDecimal("12345.67"), new BigDecimal("37037.01")), fine.range());
    assertEquals("违法所得1倍以上3倍以下", fine.basis());
  }

  @Test
  void thresholdsIncludeTheirBound() {
    assertEquals("E06401A020", income("49999.99", false, false).tierCode());
    assertEquals("E06401A030", income("50000", false, false).tierCode(), "5万元以上 includes 5万");
    assertEquals("E06401A030", income("50000.00", false, false).tierCode());
    assertEquals("E06401A040", income("0", false, false).tierCode());
    assertEquals("E06401A040", income("0.00", false, false).tierCode());
    assertEquals("E06401A020", income("0.01", false, false).tierCode());
  }

  @Test
  void seriousCasesAndExemptions() {
    Decision serious = income("100000", false, true);
    assertEquals("E06401A050", serious.tierCode());
    assertEquals(List.of("ORDER", "CONFISCATION", "FINE", "FINE", "SUSPENSION", "LICENCE"),
        serious.sanctions().stream().map(s -> s.kind().name()).toList());
    assertEquals(new MoneyRange(new BigDecimal("600000.00"), new BigDecimal("1000000.00")),
        ((Sanction.Fine) serious.sanctions().get(2)).range());
    assertEquals(true, serious.sanctions().get(5).optional());
    Decision exempt = income("300", true, false);
    assertEquals("E06401A010", exempt.tierCode());
    Sanction.NoPenalty none = (Sanction.NoPenalty) exempt.sanctions().get(0);
    assertEquals("第三十三条第一款", none.grounds().get(0).number());
  }

  @Test
  void detentionAndAlternatives() {
    Decision general = E05403Violation.E05403.evaluate(new E05403Violation.Facts(false));
    Sanction.Detention detention = (Sanction.Detention) general.sanctions().get(0);
    assertEquals(10, detention.minDays());
    assertEquals(15, detention.maxDays());
    // The untyped facts of this version: the registry's E05403 is now the 2026 version's.
    Decision minor = E05403Violation.E05403.evaluate(Map.of("minor", "是"));
    Sanction.Alternative either = (Sanction.Alternative) minor.sanctions().get(0);
    assertEquals("对违法行为人处5日以下拘留或者对违法行为人处500元以下罚款", either.toChinese());
    assertEquals(MoneyRange.atMost(500), ((Sanction.Fine) either.options().get(1)).range());
  }

  @Test
  void minorAndSeriousTogetherAreRejectedNotDecided() {
    // The example once decided {minor, serious} as A060 (情节严重压倒轻微); the standard now
    // declares them exclusive, so the generated API rejects the facts instead of picking a tier.
    org.cailiang.runtime.InvalidFactsException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.cailiang.runtime.InvalidFactsException.class, () -> income("0", true, true));
    assertEquals(List.of("事实 minor（违法行为轻微并及时改正，没有造成危害后果）与 serious（情节严重）不能同时成立："
        + "违法行为轻微并及时改正、没有造成危害后果，与情节严重不能同时成立"), e.messages());
  }
}
