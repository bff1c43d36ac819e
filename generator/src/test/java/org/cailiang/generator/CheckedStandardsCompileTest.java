package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The property: every standard that passes {@code check} generates Java that compiles with
 * {@code -Xlint:all -Werror}, and that decides as the interpreter does. Checked on random
 * standards in the nasty shapes of {@link NastyStandards}; the seed and the number of standards
 * can be raised for a longer run: {@code -Dcailiang.nasty.seed=… -Dcailiang.nasty.standards=…}.
 */
class CheckedStandardsCompileTest {
  static final long SEED = Long.getLong("cailiang.nasty.seed", 20261202L);
  static final int STANDARDS = Integer.getInteger("cailiang.nasty.standards", 16);
  /** Standards compiled together: javac's start-up is most of the cost of a small one. */
  static final int PER_COMPILATION = 8;
  static final int CASES_PER_VIOLATION = 20;

  @Test
  void everyRandomStandardThatPassesCheckCompilesAndDecidesAsInterpreted() {
    NastyStandards nasty = new NastyStandards(SEED);
    RandomStandards inputs = new RandomStandards(SEED);
    List<Standard> batch = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    int compiled = 0;
    for (int s = 0; s < STANDARDS; s++) {
      String source = nasty.standard(s);
      Diagnostics diagnostics = new Diagnostics();
      Standard standard = StandardParser.parse(new SourceFile("n" + s + ".cailiang", source), diagnostics).orElse(null);
      if (standard != null) {
        Checker.check(List.of(standard), diagnostics);
      }
      if (diagnostics.hasErrors()) {
        rejected.add(diagnostics.sorted().get(0).toString());
        continue;
      }
      batch.add(standard);
      if (batch.size() == PER_COMPILATION) {
        compiled += compileAndCompare(batch, inputs);
        batch.clear();
      }
    }
    compiled += compileAndCompare(batch, inputs);
    System.out.println("nasty standards: " + compiled + " of " + STANDARDS + " passed check and compiled; rejected: "
        + rejected);
    assertTrue(compiled >= STANDARDS * 3 / 4, "too few random standards pass check: " + rejected);
  }

  /** Compiles the standards together and compares random decisions; returns how many. */
  private static int compileAndCompare(List<Standard> standards, RandomStandards inputs) {
    if (standards.isEmpty()) {
      return 0;
    }
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.nasty").generate(standards)));
    Standards interpreted = Interpreter.standards(standards);
    for (Standard standard : standards) {
      for (Violation violation : standard.violations()) {
        List<RandomStandards.FactDef> defs = new ArrayList<>();
        violation.facts().forEach(f -> defs.add(new RandomStandards.FactDef(f.id(), f.type().name(),
            f.type() instanceof FactType.Enum e ? e.values().stream().map(v -> v.id()).toList() : List.of())));
        String code = violation.codes().first();
        for (int i = 0; i < CASES_PER_VIOLATION; i++) {
          Map<String, Object> facts = inputs.facts(defs);
          assertEquals(DifferentialTest.outcome(interpreted, code, facts), DifferentialTest.outcome(generated, code, facts),
              code + " " + facts);
        }
      }
    }
    return standards.size();
  }
}
