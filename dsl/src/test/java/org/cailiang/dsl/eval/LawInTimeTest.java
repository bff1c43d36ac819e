package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.TimedDecision;
import org.cailiang.runtime.TimedDecision.Ground;
import org.cailiang.runtime.InvalidDatesException;
import org.cailiang.runtime.InvalidFactsException;
import org.junit.jupiter.api.Test;

/**
 * Version selection and 从旧兼从轻 (《行政处罚法》第三十七条) on the security example in its two
 * versions (in force to 2025-12-31, and from 2026-01-01), and on small constructed standards for
 * a conduct the new version drops and one it newly punishes.
 */
class LawInTimeTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");
  private static final LawInTime SECURITY = law(StandardCompiler.compile(List.of(
      EXAMPLES.resolve("example_security.cailiang"), EXAMPLES.resolve("example_security_2026.cailiang")),
      EXAMPLES));

  private static LawInTime law(Compilation compilation) {
    assertFalse(compilation.hasErrors(), compilation.render());
    return new LawInTime(compilation.standards());
  }

  private static TimedDecision e05403(String act, String decision, boolean minor, boolean again) {
    return SECURITY.decide("E05403", Map.of("minor", minor, "again", again),
        LocalDate.parse(act), LocalDate.parse(decision));
  }

  @Test
  void anActBeforeTheRevisionDecidedAfterItKeepsTheLighterOldRangeForAMinorCase() {
    TimedDecision decision = e05403("2025-12-01", "2026-02-01", true, false);
    assertEquals(Ground.OLD_NOT_LIGHTER, decision.ground());
    assertTrue(decision.ground().byArticle37());
    assertEquals(1, decision.applied().size());
    assertEquals("example_security", decision.applied().get(0).version());
    assertEquals("2024-01-01 至 2025-12-31", decision.applied().get(0).period());
    assertEquals("E05403B020", decision.applied().get(0).decision().tierCode());
    assertTrue(decision.applied().get(0).decision().explain().contains("5日以下拘留"));
    assertTrue(decision.explanation().contains("第三十七条"), decision.explanation());
  }

  @Test
  void anActAfterTheRevisionGetsTheNewRange() {
    TimedDecision decision = e05403("2026-02-01", "2026-02-10", true, false);
    assertEquals(Ground.IN_FORCE, decision.ground());
    assertEquals("example_security_2026", decision.applied().get(0).version());
    assertTrue(decision.applied().get(0).decision().explain().contains("5日以上10日以下拘留"));
  }

  @Test
  void theBoundaryIsInclusive2025_12_31IsOldAnd2026_01_01IsNew() {
    assertEquals("example_security",
        e05403("2025-12-31", "2025-12-31", true, false).applied().get(0).version());
    assertEquals("example_security_2026",
        e05403("2026-01-01", "2026-01-01", true, false).applied().get(0).version());
  }

  @Test
  void theNewRepeatTierAppliesOnlyToActsFrom2026() {
    assertEquals("E05403B030", e05403("2026-01-01", "2026-03-01", false, true).applied().get(0).decision().tierCode());
    // Before 2026 the repeat tier did not exist: the old, lighter law applies.
    TimedDecision before = e05403("2025-12-31", "2026-03-01", false, true);
    assertEquals(Ground.OLD_NOT_LIGHTER, before.ground());
    assertEquals("E05403B010", before.applied().get(0).decision().tierCode());
  }

  @Test
  void theGeneralTierCannotBeOrderedSoBothOutcomesAreGivenToTheOfficer() {
    // Old: 500..1000 yuan with detention; new: an optional fine up to 5000 yuan with detention.
    TimedDecision decision = e05403("2025-12-01", "2026-02-01", false, false);
    assertEquals(Ground.INCOMPARABLE, decision.ground());
    assertTrue(decision.needsOfficer());
    assertEquals(List.of("example_security", "example_security_2026"),
        decision.applied().stream().map(TimedDecision.Applied::version).toList());
  }

  @Test
  void aMissingFactOfTheVersionWeighedIsReportedNotGuessed() {
    assertThrows(InvalidFactsException.class, () -> SECURITY.decide("E05403", Map.of("minor", true),
        LocalDate.parse("2025-12-01"), LocalDate.parse("2026-02-01")));
  }

  @Test
  void aDecisionBeforeTheActIsRejected() {
    assertThrows(InvalidDatesException.class, () -> e05403("2026-02-01", "2026-01-01", true, false));
  }

  private static final String OLD = """
      standard v1 "旧版" { effective "2020-01-01" }
      party p "个人"
      regulation r "某法" {
        article a1 "第一条" "罚则。"
        violation X00010 "被新法删去的行为" { basis a1 statute { fine p ..1000 } tier B010 "一般" otherwise { fine p ..1000 } }
        violation X00020 "新法减轻的行为" { basis a1 statute { fine p 500..1000 } tier B010 "一般" otherwise { fine p 500..1000 } }
      }
      """;
  private static final String NEW = """
      standard v2 "新版" { supersedes v1 effective "2026-01-01" }
      party p "个人"
      regulation r "某法" {
        article a1 "第一条" "罚则。"
        violation X00020 "新法减轻的行为" { basis a1 statute { fine p ..500 } tier B010 "一般" otherwise { fine p ..500 } }
        violation X00030 "新法才处罚的行为" { basis a1 statute { warning } tier B010 "一般" otherwise { warning } }
      }
      """;
  private static final LawInTime CONSTRUCTED = law(StandardCompiler.compileSources(
      List.of(new SourceFile("v1.cailiang", OLD), new SourceFile("v2.cailiang", NEW))));

  private static TimedDecision constructed(String code, String act, String decision) {
    return CONSTRUCTED.decide(code, Map.of(), LocalDate.parse(act), LocalDate.parse(decision));
  }

  @Test
  void aCodeTheNewVersionLacksIsLeftToTheOfficer() {
    TimedDecision decision = constructed("X00010", "2025-06-01", "2026-02-01");
    assertEquals(Ground.NOT_COVERED_AT_DECISION, decision.ground());
    assertEquals("v1", decision.applied().get(0).version());
    assertTrue(decision.needsOfficer());
    assertTrue(decision.explanation().contains("第三十七条"));
    // Decided before the new version took effect, the old one still punishes it.
    assertEquals(Ground.IN_FORCE, constructed("X00010", "2025-06-01", "2025-12-31").ground());
  }

  @Test
  void aLighterNewVersionAppliesToAnOldAct() {
    TimedDecision decision = constructed("X00020", "2025-06-01", "2026-02-01");
    assertEquals(Ground.NEW_LIGHTER, decision.ground());
    assertEquals("v2", decision.applied().get(0).version());
  }

  @Test
  void aCodeNoVersionAtTheActCoversIsLeftToTheOfficer() {
    TimedDecision decision = constructed("X00030", "2025-06-01", "2026-02-01");
    assertEquals(Ground.NOT_COVERED_AT_ACT, decision.ground());
    assertTrue(decision.applied().isEmpty());
    assertTrue(decision.needsOfficer());
    assertEquals(Ground.IN_FORCE, constructed("X00030", "2026-01-01", "2026-02-01").ground());
  }

  @Test
  void anActBeforeTheFirstVersionIsLeftToTheOfficer() {
    assertEquals(Ground.NOT_COVERED_AT_ACT, constructed("X00020", "2019-12-31", "2026-02-01").ground());
  }

}
