package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The constant names of enum values, which generated enums and the interpreter share. */
class ConstantNamesTest {
  @Test
  void wordsAreSplitAndUpperCasedAndNamesThatMendAlikeAreNumbered() {
    assertEquals(List.of("OTHER_SERIOUS", "OTHER_SERIOUS_2", "UNIT", "UNIT_2", "ART5_1", "OTHER_SERIOUS_3"),
        ConstantNames.of(List.of("otherSerious", "other_serious", "unit", "UNIT", "art5_1", "OTHER_SERIOUS")));
  }

  @Test
  void whatJavaDoesNotAcceptIsMended() {
    assertEquals("V_1ST", ConstantNames.constant("1st"));
    assertEquals("个体户", ConstantNames.constant("个体户"));
    assertEquals("A_B", ConstantNames.constant("a-b"));
    assertEquals("__", ConstantNames.constant("_"));
    assertEquals("V_", ConstantNames.constant(""));
    assertEquals("CLASS", ConstantNames.constant("class"));
  }
}
