package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.cases.CaseResult;
import org.cailiang.dsl.cases.CaseRunner;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.examples.standards.P06601Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.SanctionKind;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The third example, written in Chinese keywords: a fine computed from the turnover, a
 * confiscation that depends on 违法所得, and cases that leave out the facts the decision does not
 * read.
 */
class Pipl66Test {
  private static final Path SOURCES = Path.of("src/main/cailiang");

  @Test
  void everyCaseRunsOnTheInterpreterAndEveryTierIsReached() {
    Compilation compilation =
        StandardCompiler.compile(List.of(SOURCES.resolve("pipl66.cailiang")), SOURCES);
    assertFalse(compilation.hasErrors(), compilation.render());
    List<CaseResult> results =
        CaseRunner.run(compilation.standards(), Interpreter.standards(compilation.standards()));
    assertEquals(6, results.size(), "the file has 6 cases");
    for (CaseResult result : results) {
      assertTrue(result.passed(), result.testCase().name() + ": " + result.failure());
    }
    assertEquals(List.of(), CaseRunner.unreached(compilation.standards(), results));
  }

  /**
   * The cases leave facts out, which the generated untyped path does not accept yet; with every
   * fact given, the generated class decides as the interpreter does on a grid around each bound.
   */
  @Test
  void theGeneratedClassDecidesAsTheInterpreterWithEveryFactGiven() {
    Compilation compilation =
        StandardCompiler.compile(List.of(SOURCES.resolve("pipl66.cailiang")), SOURCES);
    Standards interpreted = Interpreter.standards(compilation.standards());
    Set<String> tiers = new TreeSet<>();
    for (String income : List.of("0", "20000")) {
      for (boolean refused : List.of(false, true)) {
        for (long people : List.of(9999L, 10000L, 99999L, 100000L)) {
          for (boolean sensitive : List.of(false, true)) {
            for (boolean harm : List.of(false, true)) {
              for (String turnover : List.of("999999999.99", "1000000000", "2000000000")) {
                Map<String, Object> facts = Map.of("违法所得", new BigDecimal(income), "拒不改正", refused,
                    "涉及人数", people, "敏感信息", sensitive, "严重后果", harm,
                    "营业额", new BigDecimal(turnover));
                Decision expected = interpreted.evaluate("P06601", facts);
                Decision generated = P06601Violation.P06601.evaluate(facts);
                assertEquals(expected, generated, facts.toString());
                assertEquals(expected.explain(), generated.explain(), facts.toString());
                tiers.add(generated.tierCode());
              }
            }
          }
        }
      }
    }
    assertEquals(
        Set.of("P06601A010", "P06601A020", "P06601A030", "P06601A040", "P06601A050"), tiers);
  }

  @Test
  void theSeriousFineIsAPercentageOfTheTurnover() {
    Decision decision = evaluate("300000", true, "2000000000");
    assertEquals("P06601A050", decision.tierCode());
    Sanction.Fine fine = (Sanction.Fine) decision.sanctions(SanctionKind.FINE).get(0);
    MoneyRange onePercentToFive =
        new MoneyRange(new BigDecimal("20000000.00"), new BigDecimal("100000000.00"));
    assertEquals(onePercentToFive, fine.range());
    assertEquals(1, decision.sanctions(SanctionKind.CONFISCATION).size());
  }

  @Test
  void theIncomeIsConfiscatedOnlyWhenThereIsSome() {
    Decision some = evaluate("20000", false, "0");
    Decision none = evaluate("0", false, "0");
    assertEquals("P06601A020", some.tierCode());
    assertEquals("P06601A020", none.tierCode());
    assertEquals(1, some.sanctions(SanctionKind.CONFISCATION).size());
    assertEquals(List.of(), none.sanctions(SanctionKind.CONFISCATION));
  }

  /** A processor that refused to correct, 3000 people, no sensitive information. */
  private static Decision evaluate(String income, boolean seriousHarm, String turnover) {
    return P06601Violation.P06601.evaluate(new P06601Violation.Facts(
        new BigDecimal(income), true, 3000, false, seriousHarm, new BigDecimal(turnover)));
  }
}
