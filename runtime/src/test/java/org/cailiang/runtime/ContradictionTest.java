package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cailiang.runtime.internal.FactChecks;
import org.junit.jupiter.api.Test;

/** The message for facts that contradict an {@code exclusive} declaration. */
class ContradictionTest {
  private static final List<String> IDS = List.of("minor", "serious", "repeated");
  private static final List<String> LABELS = List.of("情节轻微", "情节严重", "多次违法");

  @Test
  void namesOnlyTheCircumstancesThatHoldAndGivesTheReason() {
    InvalidFactsException e = FactChecks.contradiction("E06401", IDS, LABELS, "不能既轻微又严重", true, false, true);
    assertEquals("E06401", e.code());
    assertEquals(List.of("事实 minor（情节轻微）与 repeated（多次违法）不能同时成立：不能既轻微又严重"), e.messages());
  }

  @Test
  void withoutAReasonTheMessageEndsAtTheFacts() {
    InvalidFactsException e = FactChecks.contradiction("E06401", IDS, LABELS, "", true, true, true);
    assertEquals(List.of("事实 minor（情节轻微）与 serious（情节严重）与 repeated（多次违法）不能同时成立"), e.messages());
  }
}
