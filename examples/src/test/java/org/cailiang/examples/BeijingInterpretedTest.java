package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Beijing source, compiled and checked by the front end and run by the interpreter. */
class BeijingInterpretedTest {
  private static Standards standards;

  @BeforeAll
  static void compile() {
    Compilation compilation = StandardCompiler.compile(
        List.of(Path.of("src/main/cailiang/beijing.cailiang")), Path.of("."));
    // Clean but for one note per 地方政府规章: no fine-limit is declared, so the limit of
    // 《行政处罚法》第十四条第二款 was not checked.
    assertEquals(List.of("fine-limit-undeclared", "fine-limit-undeclared"),
        compilation.diagnostics().stream().map(d -> d.check()).toList(), compilation.render());
    assertEquals(1, compilation.standards().size());
    // The two Beijing regulations, and 国务院令第799号 as the higher law two violations implement.
    assertEquals(3, compilation.standards().get(0).regulations().size());
    assertEquals(java.util.Set.of("csvis"), org.cailiang.dsl.model.HigherLawOnly.of(compilation.standards().get(0)));
    assertEquals(18, compilation.standards().get(0).violations().stream().mapToInt(v -> v.tiers().size()).sum());
    standards = Standards.of(Interpreter.standard(compilation.standards().get(0)));
  }

  @Test
  void everyCodeDecidesAsTheTableSays() {
    BeijingStandardChecks.everyCodeDecidesAsTheTableSays(standards);
  }

  @Test
  void citationsFollowTheTable() {
    BeijingStandardChecks.citationsFollowTheTable(standards);
  }

  @Test
  void explanationIsTheOfficersSentence() {
    BeijingStandardChecks.explanationIsTheOfficersSentence(standards);
  }
}
