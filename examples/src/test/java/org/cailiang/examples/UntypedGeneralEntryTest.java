package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * A system that keeps facts as text applies the general part as the typed path does: 减轻 from
 * the violation's statute (C05837, 个人设置, 已满十四周岁不满十八周岁: 250–750, not the tier's
 * 500–750 with a note that no statute was declared).
 */
class UntypedGeneralEntryTest {
  private static final Standards STANDARDS = Standards.load();
  private static final GeneralFacts MINOR = GeneralFacts.of(Set.of("minor_age"));
  private static final Map<String, String> BY_INDIVIDUAL = Map.of("setter", "个人设置", "harm", "否");

  @Test
  void textFactsGiveTheTypedOutcome() {
    CaseDecision typed = C05837Violation.C05837.evaluate(
        new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false), MINOR);
    CaseDecision untyped = STANDARDS.evaluate("C05837", BY_INDIVIDUAL, MINOR);
    assertEquals(typed, untyped);
    assertEquals(typed, STANDARDS.violation("C05837").evaluate(BY_INDIVIDUAL, MINOR));
    assertEquals(MoneyRange.of(250, 750), untyped.sanctions().stream()
        .filter(s -> s instanceof Sanction.Fine).map(s -> ((Sanction.Fine) s).range())
        .findFirst().orElseThrow());
    assertEquals(List.of(), untyped.unresolved());
    assertEquals(typed, STANDARDS.evaluate("C05837B030", BY_INDIVIDUAL, MINOR), "by its tier code too");
  }

  @Test
  void aFactNeitherTheTierNorTheStatuteNeedsMayBeLeftOutWithCircumstancesToo() {
    Map<String, String> setterOnly = Map.of("setter", "个人设置");
    CaseDecision plain = STANDARDS.evaluate("C05837", setterOnly, GeneralFacts.NONE);
    assertEquals("C05837B030", plain.decision().tierCode());
    assertEquals(CaseDecision.Verdict.PUNISHED, plain.verdict());
    // 减轻 reads the statute; C05837's does not depend on harm, so the outcome is the one with
    // every fact given, as `cailiang eval … setter=个人设置 --general minor_age` gives it.
    assertEquals(STANDARDS.evaluate("C05837", BY_INDIVIDUAL, MINOR), STANDARDS.evaluate("C05837", setterOnly, MINOR));
    // A fact the tier needs is still named when left out.
    InvalidFactsException missing = assertThrows(InvalidFactsException.class,
        () -> STANDARDS.evaluate("C05837", Map.of("harm", "否"), MINOR));
    assertEquals(List.of("setter"), missing.problems().stream().map(FactProblem::fact).toList());
  }

  @Test
  void aTierCodeTheFactsDoNotLeadToIsRefused() {
    assertThrows(InvalidFactsException.class, () -> STANDARDS.evaluate("C05837B010", BY_INDIVIDUAL, MINOR));
  }
}
