package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code eval --act-date/--decision-date} and {@code diff} on the two security versions. */
class VersionCommandsTest {
  private static final String NEW = "../examples/src/main/cailiang/example_security_2026.cailiang";

  @Test
  void aMinorActOf2025DecidedIn2026GetsTheOldRangeCitingArticle37() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("适用版本：example_security（2024-01-01 至 2025-12-31）"), run.out());
    assertTrue(run.out().contains("第三十七条"), run.out());
    assertTrue(run.out().contains("E05403B020"), run.out());
    assertTrue(run.out().contains("5日以下拘留"), run.out());
    assertFalse(run.out().contains(TimedEval.OFFICER_MARK), run.out());
  }

  @Test
  void anIncomparablePairPrintsBothOutcomesMarkedForTheOfficer() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=false", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("违法行为发生之日：2025-12-01"), run.out());
    assertTrue(run.out().contains(TimedEval.OFFICER_MARK), run.out());
    assertTrue(run.out().contains("适用版本：example_security（") && run.out().contains("适用版本：example_security_2026（"),
        run.out());
  }

  @Test
  void jsonCarriesTheGroundAndEveryOutcome() {
    CliRun run = CliRun.of("eval", "--json", CliRun.EXAMPLE, NEW, "E05403", "minor=false", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"ground\": \"INCOMPARABLE\""), run.out());
    assertTrue(run.out().contains("\"needsOfficer\": true"), run.out());
    assertTrue(run.out().contains("\"version\": \"example_security_2026\""), run.out());
  }

  @Test
  void aCodeInTwoVersionsWithoutAnActDateIsAUsageError() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "again=false");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--act-date"), run.err());
  }

  @Test
  void badDatesAreUsageErrorsWithoutAStackTrace() {
    CliRun bad = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "--act-date", "2025-13-01");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("YYYY-MM-DD"), bad.err());
    CliRun reversed = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true",
        "--act-date", "2026-02-01", "--decision-date", "2026-01-01");
    assertEquals(2, reversed.exitCode());
    assertTrue(reversed.err().contains("早于"), reversed.err());
    assertFalse((bad.err() + reversed.err()).contains("Exception"));
  }

  @Test
  void oneFileWithoutDatesWorksAsBefore() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, "E05403", "minor=true");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("E05403B020"), run.out());
  }

  @Test
  void diffListsEveryChangedTierOfThePublicOrderViolation() {
    CliRun run = CliRun.of("diff", CliRun.EXAMPLE, NEW);
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("example_security → example_security_2026："), out);
    assertTrue(out.contains("E05403  轻重无法比较  情节较轻=否，被取缔一年以内又实施=否\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=是，被取缔一年以内又实施=否\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=否，被取缔一年以内又实施=是\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=是，被取缔一年以内又实施=是\n"), out);
    for (String tier : new String[] {"旧：E05403B010", "旧：E05403B020", "新：E05403B010", "新：E05403B020", "新：E05403B030"}) {
      assertTrue(out.contains(tier), tier + " missing:\n" + out);
    }
  }
}
