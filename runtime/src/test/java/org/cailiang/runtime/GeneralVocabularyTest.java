package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Operator;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.Threshold;
import org.junit.jupiter.api.Test;

/**
 * The words of the general part that integrators show and JSON carries: thresholds at their
 * boundary (以上/以下 include the amount, 超过/不满 do not), which effects lighten, and the
 * procedures' keywords.
 */
class GeneralVocabularyTest {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
  private static final BigDecimal JUST_BELOW = new BigDecimal("9999.99");
  private static final BigDecimal JUST_ABOVE = new BigDecimal("10000.01");

  private static Threshold threshold(Operator operator) {
    return new Threshold(operator, TEN_THOUSAND);
  }

  @Test
  void atLeastAndAtMostIncludeTheAmount() {
    assertTrue(threshold(Operator.GE).test(TEN_THOUSAND));
    assertFalse(threshold(Operator.GE).test(JUST_BELOW));
    assertTrue(threshold(Operator.LE).test(TEN_THOUSAND));
    assertFalse(threshold(Operator.LE).test(JUST_ABOVE));
    assertEquals("罚款1万元以上", threshold(Operator.GE).label());
    assertEquals("罚款1万元以下", threshold(Operator.LE).label());
  }

  @Test
  void moreThanAndLessThanExcludeIt() {
    assertFalse(threshold(Operator.GT).test(TEN_THOUSAND));
    assertTrue(threshold(Operator.GT).test(JUST_ABOVE));
    assertFalse(threshold(Operator.LT).test(TEN_THOUSAND));
    assertTrue(threshold(Operator.LT).test(JUST_BELOW));
    assertEquals("罚款超过1万元", threshold(Operator.GT).label());
    assertEquals("罚款不满1万元", threshold(Operator.LT).label());
  }

  @Test
  void onlyAtMostAndLessThanAreUpperLimits() {
    assertFalse(threshold(Operator.GE).below());
    assertFalse(threshold(Operator.GT).below());
    assertTrue(threshold(Operator.LE).below());
    assertTrue(threshold(Operator.LT).below());
  }

  @Test
  void lighterAreFromLightReducedAndEither() {
    assertEquals(List.of(Kind.LIGHTER, Kind.REDUCED, Kind.LIGHTER_OR_REDUCED),
        List.of(Kind.values()).stream().filter(Kind::lighter).toList());
    assertEquals("应当从轻或者减轻处罚",
        new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED).label());
    assertEquals("可以不予处罚", new GeneralEffect(Modality.MAY, Kind.WAIVE).label());
  }

  @Test
  void proceduresHaveTheirKeywordsAndVerdictsAndStatusesTheirWords() {
    assertEquals(List.of("hearing", "simplified", "review", "collective"),
        List.of(Procedure.values()).stream().map(Procedure::keyword).toList());
    assertEquals("不予行政处罚", CaseDecision.Verdict.WAIVED.label());
    assertEquals("视罚款数额而定", CaseDecision.Status.DEPENDS_ON_AMOUNT.label());
    assertEquals("先从重，再在从重后的幅度内从轻或者减轻",
        GeneralRules.Combination.Rule.HEAVIER_FIRST.label());
  }
}
