package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.cailiang.examples.standards.E05403Violation;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.examples.standards.ExampleSecurityGeneral;
import org.cailiang.examples.standards.ExampleSecurityGeneralPublicOrder;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.GeneralFacts;
import org.junit.jupiter.api.Test;

/**
 * example_security uses xzcff for every violation and security2012 only for its 治安管理处罚法
 * regulation: the generated typed entries decide each violation with its own parts.
 */
class ScopedGeneralPartTest {
  /** Act 2024-03-01, discovered seven months later. */
  private static final GeneralFacts SEVEN_MONTHS = GeneralFacts.of(Set.of())
      .dated(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 10, 1));

  @Test
  void aCybersecurityViolationKeepsTwoYearsWhileAPublicOrderOneHasSixMonths() {
    CaseDecision cyber = E06401Violation.E06401.evaluate(
        new E06401Violation.Facts(BigDecimal.ZERO, false, false), SEVEN_MONTHS);
    assertEquals(CaseDecision.Verdict.PUNISHED, cyber.verdict());
    assertEquals("二年", cyber.limitation().orElseThrow().period());
    assertTrue(cyber.limitation().orElseThrow().basis().contains("行政处罚法》第三十六条"),
        cyber.limitation().orElseThrow().basis());
    CaseDecision publicOrder = E05403Violation.E05403.evaluate(
        new E05403Violation.Facts(false), SEVEN_MONTHS);
    assertEquals(CaseDecision.Verdict.TIME_BARRED, publicOrder.verdict());
    assertEquals("六个月", publicOrder.limitation().orElseThrow().period());
  }

  @Test
  void eachListOfPartsHasItsOwnClass() {
    assertEquals("行政处罚法总则", ExampleSecurityGeneral.RULES.title());
    assertEquals("行政处罚法总则、治安管理处罚法总则（2012年修正）",
        ExampleSecurityGeneralPublicOrder.RULES.title());
    // A 治安 circumstance is not one of the 行政处罚法 part's.
    assertTrue(ExampleSecurityGeneral.RULES.circumstance("waive_art19").isEmpty());
    assertTrue(ExampleSecurityGeneralPublicOrder.RULES.circumstance("waive_art19").isPresent());
  }
}
