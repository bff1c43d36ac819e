package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code eval --json} on a case it cannot decide: exit 1, the text on stderr as without {@code
 * --json}, and the reason as JSON on stdout (docs/json.md), so a program never parses Chinese text.
 */
class EvalJsonErrorsTest {
  @Test
  void invalidFactsAreTheProblemsOfInvalidFactsException() {
    CliRun run = CliRun.of("eval", "--json", CliRun.BEIJING, "C05837", "setter=公司", "colour=red");
    assertEquals(1, run.exitCode());
    assertEquals("""
        {
          "error": {
            "kind": "invalid_facts",
            "code": "C05837",
            "message": "C05837：事实有误",
            "problems": [
              {
                "fact": "setter",
                "kind": "invalid",
                "given": "公司",
                "allowed": [
                  "unit（单位设置）",
                  "individual（个人设置）"
                ],
                "message": "事实 setter（设置主体）的值无效：公司，可取：unit（单位设置）、individual（个人设置）"
              },
              {
                "fact": "colour",
                "kind": "unknown",
                "given": "red",
                "allowed": [
                  "setter",
                  "harm"
                ],
                "message": "未知事实 colour，本违法行为的事实有：setter, harm"
              }
            ]
          }
        }
        """, run.out());
    CliRun text = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=公司", "colour=red");
    assertEquals(text.err(), run.err(), "stderr is the same with --json");
    assertEquals("", text.out(), "without --json nothing goes to stdout");
  }

  @Test
  void anUnknownCodeHasItsKindAndCode() {
    CliRun run = CliRun.of("eval", "--json", CliRun.BEIJING, "C09999");
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("""
        {
          "error": {
            "kind": "unknown_code",
            "code": "C09999",
            "message": "未知编码 C09999"""), run.out());
  }

  @Test
  void withDatesTheSameErrorIsWritten() {
    CliRun run = CliRun.of("eval", "--json", CliRun.BEIJING, "C05837", "setter=单位设置",
        "--act-date", "2024-03-01", "--decision-date", "2024-04-01");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"kind\": \"invalid_facts\""), run.out());
    assertTrue(run.out().contains("\"fact\": \"harm\",\n        \"kind\": \"missing\""), run.out());
  }

  @Test
  void generalFactsTheGeneralPartRefusesAreInvalidGeneralFacts() {
    CliRun run = CliRun.of("eval", "--json", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--general", "nobody");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("""
        {
          "error": {
            "kind": "invalid_general_facts",
            "code": "C05837",
            "message": "未知的总则情节 nobody"""), run.out());
    CliRun dated = CliRun.of("eval", "--json", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--fine", "200", "--act-date", "2024-03-01", "--decision-date", "2024-04-01");
    assertEquals(1, dated.exitCode(), dated.err());
    assertTrue(dated.out().contains("\"kind\": \"invalid_general_facts\""), dated.out() + dated.err());
  }
}
