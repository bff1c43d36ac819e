package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * {@code eval} with facts that contradict an {@code exclusive} declaration of the standard: a
 * wrong-facts answer (exit code 1, like every other fact problem), naming the facts and the
 * declaration's reason, and no decision.
 */
class ContradictoryFactsEvalTest {
  @Test
  void contradictoryFactsAreWrongFactsNotADecision() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=0", "minor=是", "serious=是");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("""
        E06401：事实有误
          - 事实 minor（违法行为轻微并及时改正，没有造成危害后果）与 serious（情节严重）不能同时成立：\
        违法行为轻微并及时改正、没有造成危害后果，与情节严重不能同时成立
        """, run.err().replace("\r\n", "\n"));
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void eitherCircumstanceAloneIsDecided() {
    CliRun minor = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=0", "minor=是", "serious=否");
    assertEquals(0, minor.exitCode(), minor.err());
    CliRun serious = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=0", "minor=否", "serious=是");
    assertEquals(0, serious.exitCode(), serious.err());
    assertFalse(serious.out().contains("A010"), serious.out());
  }
}
