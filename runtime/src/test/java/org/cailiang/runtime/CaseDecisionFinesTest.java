package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.junit.jupiter.api.Test;

/**
 * Integrator's review: the fine after 从轻/减轻 could only be read by scanning {@code sanctions()}
 * with {@code instanceof} and recursing into choices; {@link Decision} had typed accessors,
 * {@link CaseDecision} none.
 */
class CaseDecisionFinesTest {
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PERSON = new Party("person", "个人");

  private static final GeneralRules RULES = new GeneralRules("总则",
      List.of(new Circumstance("light", "从轻情节", Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "甲"),
          new Circumstance("either", "从轻或者减轻情节",
              Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED)), "乙")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(), List.of(), Map.of());

  private static final Decision TIER = new Decision("s", "C1B1", "一般", List.of(
      new Sanction.Order("责令改正"),
      new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(10000, 20000), null, false),
      new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(1000, 3000), null, false)),
      List.of(), "原文");

  @Test
  void theAdjustedFinesAreReadWithoutAScan() {
    CaseDecision lighter = RULES.decide(TIER, GeneralFacts.of(Set.of("light")));
    assertEquals(List.of(MoneyRange.of(10000, 15000), MoneyRange.of(1000, 2000)),
        lighter.fines().stream().map(Sanction.Fine::range).toList());
    assertEquals(MoneyRange.of(1000, 2000), lighter.fineFor(PERSON).orElseThrow().range());
    assertEquals(List.of(MoneyRange.of(10000, 15000)),
        lighter.fineOptionsFor(UNIT).stream().map(Sanction.Fine::range).toList());
    assertEquals(Optional.empty(), lighter.fineFor(new Party("other", "其他")));
  }

  @Test
  void aChoiceOfRangesIsNoFineAloneButBothAreOptions() {
    Statute statute = Statute.of(List.of(
        new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(10000, 30000), null, false),
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(1000, 5000), null, false)));
    // A tier in the upper part of the statute: 从轻 stays in it, 减轻 goes below the statute's
    // minimum, and the two ranges do not meet — a choice of two.
    Decision upper = new Decision("s", "C1B2", "严重", List.of(
        new Sanction.Fine(List.of(UNIT), false, MoneyRange.of(20000, 30000), null, false)), List.of(), "原文");
    CaseDecision either = RULES.decide(upper, GeneralFacts.of(Set.of("either")), statute);
    assertEquals(List.of(), either.fines(), either.sanctions().toString());
    // Integrator's review: empty read as "the unit is not fined"; the choice is said instead.
    IllegalStateException choice = assertThrows(IllegalStateException.class, () -> either.fineFor(UNIT));
    assertEquals("对单位的罚款只是可选择的处罚之一（" + either.sanctions().get(0).toChinese()
        + "），由执法人员选择，不是确定的罚款：用 fineOptionsFor 读出各个选项", choice.getMessage());
    assertEquals(Optional.empty(), either.fineFor(PERSON), "no fine can fall on the person");
    assertEquals(true, either.fineIsOnlyAnOption(UNIT));
    assertEquals(false, either.fineIsOnlyAnOption(PERSON));
    List<Sanction.Fine> options = either.fineOptionsFor(UNIT);
    assertEquals(2, options.size(), options.toString());
    assertEquals(List.of(new MoneyRange(new BigDecimal("5000"), new BigDecimal("9999.99")),
            MoneyRange.of(20000, 25000)),
        options.stream().map(Sanction.Fine::range).toList(), "减轻's range, then 从轻's, as the choice lists them");
    assertEquals(List.of(), either.fineOptionsFor(PERSON));
  }
}
