package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.examples.standards.E05403Violation;
import org.cailiang.examples.standards.ExampleSecurity2026_E05403Violation;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.DatesRequiredException;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.TimedCaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedDecision;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one standard generated into one package and found on one class path: each
 * keeps its classes, and the registry chooses between them by the act and decision dates.
 */
class ExampleSecurity2026Test {

  @Test
  void bothVersionsLoadAndTheRegistryChoosesBetweenThemByDate() {
    Standards standards = Standards.load();
    assertEquals(List.of("beijing_psb", "example_security", "example_security_2026", "pipl66"),
        standards.standards().stream().map(Standard::id).toList());
    assertEquals("example_security", standards.standard("example_security_2026").orElseThrow().supersedes());
    assertEquals("example_security_2026", standards.violation("E05403").standardId());
    Map<String, Object> minor = Map.of("minor", true, "again", false);
    assertThrows(DatesRequiredException.class, () -> standards.evaluate("E05403", minor));
    TimedDecision before = standards.evaluate(
        "E05403", minor, LocalDate.parse("2025-12-01"), LocalDate.parse("2026-02-01"));
    assertEquals(TimedDecision.Ground.OLD_NOT_LIGHTER, before.ground());
    assertEquals("example_security", before.applied().get(0).version());
    assertEquals("2024-01-01 至 2025-12-31", before.applied().get(0).period());
    TimedDecision after = standards.evaluate(
        "E05403", minor, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01"));
    assertEquals(TimedDecision.Ground.IN_FORCE, after.ground());
    String revised = after.applied().get(0).decision().explain();
    assertTrue(revised.contains("5日以上10日以下拘留"), revised);
    assertEquals(Optional.of(LocalDate.parse("2026-01-01")),
        standards.standard("example_security_2026").orElseThrow().effective());
  }

  /** Dates and the general part together, through the generated classes of both versions. */
  @Test
  void theVersionChosenIsDecidedUnderItsGeneralPart() {
    Standards standards = Standards.load();
    Map<String, Object> minor = Map.of("minor", true, "again", false);
    LocalDate act = LocalDate.parse("2025-12-01");
    GeneralFacts young = GeneralFacts.of(java.util.Set.of("minor_age"));
    TimedCaseDecision outcome =
        standards.evaluate("E05403", minor, act, LocalDate.parse("2026-02-01"), young);
    assertEquals(TimedDecision.Ground.OLD_NOT_LIGHTER, outcome.timed().ground());
    TimedCaseDecision.Outcome old = outcome.outcomes().get(0);
    CaseDecision general = old.general().orElseThrow();
    assertEquals(old.applied().decision(), general.decision());
    CaseDecision own = E05403Violation.E05403.evaluate(Map.of("minor", true), young);
    // The substance as the version's own class decides it (实体从旧)…
    assertEquals(own.steps(), general.steps());
    assertEquals(own.sanctions(), general.sanctions());
    assertEquals(own.options(), general.options());
    // …the procedures of the version in force when deciding (程序从新): 2025 第一百一十七条, not
    // 2012 第九十八条.
    assertTrue(own.procedures().stream().anyMatch(f -> f.basis().contains("第九十八条")));
    assertTrue(general.procedures().stream().anyMatch(f -> f.basis().contains("第一百一十七条")),
        general.procedures().toString());
    assertTrue(general.procedures().stream().noneMatch(f -> f.basis().contains("第九十八条")));
    assertEquals(CaseDecision.Verdict.PUNISHED, general.verdict());
    assertTrue(outcome.toJson().contains("\"general\": {"), outcome.toJson());

    // 治安管理处罚法's six months (security2012.cailiang): discovered the day after they ran out.
    GeneralFacts late = young.dated(act, LocalDate.parse("2026-06-02"));
    CaseDecision barred = standards.evaluate("E05403", minor, act, LocalDate.parse("2026-07-01"), late)
        .outcomes().get(0).general().orElseThrow();
    assertEquals(CaseDecision.Verdict.TIME_BARRED, barred.verdict());
    assertEquals(LocalDate.parse("2026-06-01"), barred.limitation().orElseThrow().lastDay());
  }

  /** The README's lines for dates and the general part together, as written there. */
  @Test
  void theReadmesDatedGeneralLinesSayWhatTheirCommentsSay() throws java.io.IOException {
    Standards standards = Standards.load();
    TimedCaseDecision both = standards.evaluate("E05403", Map.of("minor", "是", "again", "否"),
        LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 1), GeneralFacts.of(java.util.Set.of("minor_age")));
    assertEquals(CaseDecision.Verdict.PUNISHED,
        both.outcomes().get(0).general().orElseThrow().verdict());
    assertEquals("应当从轻或者减轻处罚",
        both.outcomes().get(0).general().orElseThrow().steps().get(0).effect().label());
    assertTrue(both.toJson().contains("\"verdict\": \"PUNISHED\""));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    assertTrue(readme.contains("""
        TimedCaseDecision both = standards.evaluate("E05403", Map.of("minor", "是", "again", "否"),
            LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 1), GeneralFacts.of(Set.of("minor_age")));
        both.outcomes().get(0).general().orElseThrow().verdict();"""), "the README has these lines");
  }

  @Test
  void eachVersionsTypedClassDecidesUnderItsOwnText() {
    Decision old = E05403Violation.E05403.evaluate(new E05403Violation.Facts(true));
    Decision revised = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(true, false));
    assertEquals("E05403B020", old.tierCode());
    assertEquals("E05403B020", revised.tierCode());
    assertTrue(old.explain().contains("第五十四条") && old.explain().contains("5日以下拘留"), old.explain());
    assertTrue(revised.explain().contains("第六十五条") && revised.explain().contains("1000元以上3000元以下罚款"),
        revised.explain());
    Decision again = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(true, true));
    assertEquals("E05403B030", again.tierCode());
  }
  @Test
  void aDetentionTheLawDoesNotExecuteIsDecidedAndMarkedInTheGeneratedCode() {
    // 治安管理处罚法第二十三条第一款第（三）项: 七十周岁以上. The detention stays decided, the fine stands.
    CaseDecision outcome = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(false, false),
        GeneralFacts.of(Set.of("detention_70")));
    assertEquals(CaseDecision.Verdict.PUNISHED, outcome.verdict());
    org.cailiang.runtime.Sanction.Detention detention =
        (org.cailiang.runtime.Sanction.Detention) outcome.sanctions().get(0);
    assertEquals(10, detention.minDays());
    assertEquals(15, detention.maxDays());
    assertEquals(false, detention.executed());
    assertEquals("可以对违法行为人并处5000元以下罚款", outcome.sanctions().get(1).toChinese());
    assertTrue(outcome.toJson().contains("\"executed\": false"), outcome.toJson());
    // Without the circumstance the same tier's detention is executed.
    CaseDecision plain = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(false, false), GeneralFacts.NONE);
    assertTrue(((org.cailiang.runtime.Sanction.Detention) plain.sanctions().get(0)).executed());
  }
}
