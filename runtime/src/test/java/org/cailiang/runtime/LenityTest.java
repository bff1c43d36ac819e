package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cailiang.runtime.Lenity.Verdict;
import org.junit.jupiter.api.Test;

/** "处罚较轻" as docs/language.md defines it: axis by axis, mixed is incomparable. */
class LenityTest {
  private static final Party P = new Party("p", "个人");

  private static Sanction fine(long min, long max, boolean optional) {
    return new Sanction.Fine(List.of(P), false, MoneyRange.of(min, max), null, optional);
  }

  private static Sanction detain(int min, int max) {
    return new Sanction.Detention(P, min, max, false);
  }

  @Test
  void lowerMinimumAndMaximumIsLighter() {
    assertEquals(Verdict.LIGHTER, Lenity.compare(List.of(fine(500, 1000, false)), List.of(fine(0, 500, false))));
    assertEquals(Verdict.HEAVIER, Lenity.compare(List.of(fine(0, 500, false)), List.of(fine(500, 1000, false))));
    assertEquals(Verdict.SAME, Lenity.compare(List.of(fine(0, 500, false)), List.of(fine(0, 500, false))));
  }

  @Test
  void aLowerMinimumWithAHigherMaximumIsIncomparable() {
    assertEquals(Verdict.INCOMPARABLE,
        Lenity.compare(List.of(fine(500, 1000, false)), List.of(fine(0, 5000, true))));
  }

  @Test
  void aHigherFineAgainstADetentionIsIncomparable() {
    assertEquals(Verdict.INCOMPARABLE, Lenity.compare(List.of(detain(1, 5)), List.of(fine(3000, 5000, false))));
  }

  @Test
  void droppingAPenaltyIsLighterAndOrdersAreNotWeighed() {
    assertEquals(Verdict.LIGHTER, Lenity.compare(
        List.of(detain(5, 10), fine(100, 200, false)), List.of(fine(100, 200, false), new Sanction.Order("责令改正"))));
    assertEquals(Verdict.SAME, Lenity.compare(List.of(new Sanction.Order("责令改正")), List.of()));
  }

  @Test
  void eitherBranchMayBeNothing() {
    Sanction oldEither = new Sanction.Alternative(List.of(detain(0, 5), fine(0, 500, false)), false);
    Sanction newEither = new Sanction.Alternative(List.of(detain(5, 10), fine(1000, 3000, false)), false);
    assertEquals(Verdict.HEAVIER, Lenity.compare(List.of(oldEither), List.of(newEither)));
    // A required fine of 1000 against a choice of two fines of at most 800 and 1000: lighter,
    // since only one option is imposed (the extents of one axis are not added up).
    assertEquals(Verdict.LIGHTER, Lenity.compare(List.of(fine(1000, 1000, false)),
        List.of(new Sanction.Alternative(List.of(fine(0, 800, false), fine(0, 1000, false)), false))));
    // A warning is on an axis of its own: against a fine alone, a choice that adds it is not
    // lighter, whatever the fine — the law gives no scale between a warning and a fine.
    assertEquals(Verdict.INCOMPARABLE, Lenity.compare(List.of(fine(1000, 1000, false)),
        List.of(new Sanction.Alternative(List.of(new Sanction.Warning(false), fine(0, 1000, false)), false))));
  }
}
