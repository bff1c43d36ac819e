package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.junit.jupiter.api.Test;

/**
 * A moved or reduced fine is rounded to the fen towards the inside of the exact range, as a
 * computed fine is (docs/language.md §12, §18.2). Integrator's review: 从重 then 从轻 gave an upper
 * bound of 216049.23 for an exact 216049.225, half a fen above what the adjustment allows.
 */
class FineRoundingTest {
  private static final Adjustment LOWER_HALF =
      new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), "");
  private static final Adjustment UPPER_HALF =
      new Adjustment(Kind.HEAVIER, Adjustment.Mode.UPPER, BigDecimal.valueOf(50), "");
  private static final Adjustment FLOOR_HALF =
      new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), "");

  private static MoneyRange range(String min, String max) {
    return new MoneyRange(new BigDecimal(min), new BigDecimal(max));
  }

  @Test
  void heavierThenLighterStaysInsideTheExactRange() {
    MoneyRange heavier = FineMoves.move(range("123456.70", "246913.40"), UPPER_HALF);
    assertEquals(range("185185.05", "246913.40"), heavier);
    // Exactly 185185.05 + 30864.175 = 216049.225: rounded down, not up.
    assertEquals(range("185185.05", "216049.22"), FineMoves.move(heavier, LOWER_HALF));
  }

  @Test
  void aLowerBoundRoundsUpAndAnUpperBoundDown() {
    // Half of 0.05 is 0.025: 从轻 ends at 0.02, 从重 starts at 0.03, 减轻 starts at 0.03.
    assertEquals(range("0", "0.02"), FineMoves.move(range("0", "0.05"), LOWER_HALF));
    assertEquals(range("0.03", "0.05"), FineMoves.move(range("0", "0.05"), UPPER_HALF));
    assertEquals(range("0.03", "0.04"),
        FineMoves.reduce(new BigDecimal("0.05"), FLOOR_HALF).orElseThrow());
  }
}
