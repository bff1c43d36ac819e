package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code eval} answers the question asked, or says why it cannot. */
class EvalAnswersTest {
  @Test
  void aTierCodeTheFactsLeadToIsHonoured() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837B030", "setter=个人设置", "harm=否");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("C05837B030（个人设置）"), run.out());
  }

  @Test
  void aTierCodeTheFactsDoNotLeadToIsRejected() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837B010", "setter=个人设置", "harm=否");
    assertEquals(1, run.exitCode(), run.out());
    assertEquals("", run.out());
    assertEquals("""
        C05837：事实有误
          - 所给事实适用阶次 C05837B030，而不是所请求的阶次 C05837B010；由事实决定阶次时请传入违法行为编码 C05837
        """, run.err());
  }

  @Test
  void aFactGivenTwiceIsAUsageError() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "harm=true", "harm=false", "setter=个人设置");
    assertEquals(2, run.exitCode(), run.out());
    assertEquals("", run.out());
    assertEquals("事实 harm 给出了两次（harm=true 与 harm=false）：每个事实只写一次\n", run.err());
    CliRun same = CliRun.of("eval", CliRun.BEIJING, "C05837", "harm=否", "harm= 否", "setter=个人设置");
    assertEquals(0, same.exitCode(), same.err());
    assertEquals(CliRun.of("eval", CliRun.BEIJING, "C05837", "harm=否", "setter=个人设置").out(), same.out());
    // 否 and false are one value; a blank one is none (found by an outside check: both exit 2).
    for (String[] pair : new String[][] {{"harm=否", "harm=false"}, {"harm=否", "harm="}, {"harm=", "harm=否"}}) {
      CliRun alike = CliRun.of("eval", CliRun.BEIJING, "C05837", pair[0], pair[1], "setter=个人设置");
      assertEquals(0, alike.exitCode(), String.join(" ", pair) + alike.err());
      assertEquals(same.out(), alike.out(), String.join(" ", pair));
    }
  }
}
