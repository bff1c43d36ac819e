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
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Differential testing: random valid standards, their generated Java compiled in memory and run
 * on random facts (inclusive boundaries and amount multiples among them); the answer must equal
 * the interpreter's for every input, exceptions included.
 */
class DifferentialTest {
  static final long SEED = 20261129L;
  static final int STANDARDS = 40;
  static final int VIOLATIONS = 4;
  static final int CASES_PER_VIOLATION = 150;

  @Test
  void generatedCodeEqualsTheInterpreterOnRandomStandards() {
    RandomStandards random = new RandomStandards(SEED);
    List<Standard> standards = new ArrayList<>();
    List<List<Map<String, Object>>> inputs = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (int s = 0; s < STANDARDS; s++) {
      String source = random.standard(s, VIOLATIONS);
      Diagnostics diagnostics = new Diagnostics();
      Standard standard = StandardParser.parse(new SourceFile("r" + s + ".cailiang", source), diagnostics).orElse(null);
      if (standard != null) {
        Checker.check(List.of(standard), diagnostics);
      }
      assertEquals(List.of(), diagnostics.sorted(), source);
      standards.add(standard);
      for (var violation : standard.violations()) {
        List<RandomStandards.FactDef> defs = new ArrayList<>();
        violation.facts().forEach(f -> defs.add(new RandomStandards.FactDef(f.id(), f.type().name(),
            f.type() instanceof org.cailiang.dsl.model.FactType.Enum e ? e.values().stream().map(v -> v.id()).toList() : List.of())));
        for (String code : violation.codes().codes()) {
          List<Map<String, Object>> cases = new ArrayList<>();
          for (int i = 0; i < CASES_PER_VIOLATION / violation.codes().codes().size(); i++) {
            cases.add(random.facts(defs));
          }
          codes.add(code);
          inputs.add(cases);
        }
      }
    }
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.random").generate(standards)));
    Standards interpreted = Interpreter.standards(standards);
    int evaluations = 0;
    int decided = 0;
    int contradictions = 0;
    int handedOver = 0;
    int besides = 0;
    for (int i = 0; i < codes.size(); i++) {
      for (Map<String, Object> facts : inputs.get(i)) {
        Object expected = outcome(interpreted, codes.get(i), facts);
        assertEquals(expected, outcome(generated, codes.get(i), facts), codes.get(i) + " " + facts);
        evaluations++;
        decided += expected instanceof List ? 1 : 0;
        contradictions += expected.toString().contains("不能同时成立") ? 1 : 0;
        handedOver += expected instanceof List<?> list && ((Decision) list.get(0)).handedOver() ? 1 : 0;
        besides += expected instanceof List<?> list && !((Decision) list.get(0)).handedOver()
            && ((Decision) list.get(0)).sanctions().contains(new org.cailiang.runtime.Sanction.Referral("移送")) ? 1 : 0;
      }
    }
    System.out.println("differential: " + STANDARDS + " random standards, " + codes.size() + " codes, "
        + evaluations + " evaluations (" + decided + " decisions, of which " + handedOver + " handed over and " + besides
        + " with a referral beside; " + contradictions + " contradictory facts rejected, "
        + (evaluations - decided - contradictions) + " no-tier exceptions), all equal");
    assertTrue(contradictions > 0, "some random facts should contradict an exclusive declaration");
    assertTrue(standards.stream().flatMap(st -> st.violations().stream()).flatMap(v -> v.tiers().stream())
        .filter(org.cailiang.dsl.model.Tier::hasConditionalSanctions).count() > 10,
        "some random tiers should have sanctions that depend on a fact");
    assertTrue(handedOver > 0 && besides > 0, "some random cases should be handed over, some decided with a referral beside");
    assertTrue(decided > evaluations / 2, "most random cases should be decided: " + decided + " of " + evaluations);
  }

  /**
   * The same random standards on maps with random facts left out (each with probability 1/3,
   * none at times, all at times): the generated untyped path decides or refuses exactly as the
   * interpreter's partial decision does, down to the list of missing facts that matter.
   */
  @Test
  void generatedCodeEqualsTheInterpreterWithFactsLeftOut() {
    RandomStandards random = new RandomStandards(SEED + 1);
    java.util.Random removal = new java.util.Random(SEED + 2);
    List<Standard> standards = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<List<Map<String, Object>>> inputs = new ArrayList<>();
    for (int s = 0; s < STANDARDS; s++) {
      String source = random.standard(s, VIOLATIONS);
      Diagnostics diagnostics = new Diagnostics();
      Standard standard = StandardParser.parse(new SourceFile("p" + s + ".cailiang", source), diagnostics).orElseThrow();
      Checker.check(List.of(standard), diagnostics);
      assertEquals(List.of(), diagnostics.sorted(), source);
      standards.add(standard);
      for (var violation : standard.violations()) {
        List<RandomStandards.FactDef> defs = new ArrayList<>();
        violation.facts().forEach(f -> defs.add(new RandomStandards.FactDef(f.id(), f.type().name(),
            f.type() instanceof org.cailiang.dsl.model.FactType.Enum e ? e.values().stream().map(v -> v.id()).toList() : List.of())));
        for (String code : violation.codes().codes()) {
          List<Map<String, Object>> cases = new ArrayList<>();
          for (int i = 0; i < CASES_PER_VIOLATION / violation.codes().codes().size(); i++) {
            Map<String, Object> facts = new java.util.LinkedHashMap<>(random.facts(defs));
            int mode = removal.nextInt(10);
            facts.keySet().removeIf(id -> mode == 0 || mode != 1 && removal.nextInt(3) == 0);
            cases.add(facts);
          }
          codes.add(code);
          inputs.add(cases);
        }
      }
    }
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.partial").generate(standards)));
    Standards interpreted = Interpreter.standards(standards);
    int partialDecided = 0;
    int refused = 0;
    int evaluations = 0;
    for (int i = 0; i < codes.size(); i++) {
      int factCount = interpreted.violation(codes.get(i)).facts().size();
      for (Map<String, Object> facts : inputs.get(i)) {
        Object expected = outcome(interpreted, codes.get(i), facts);
        assertEquals(expected, outcome(generated, codes.get(i), facts), codes.get(i) + " " + facts);
        evaluations++;
        boolean leftOut = facts.size() < factCount;
        partialDecided += leftOut && expected instanceof List ? 1 : 0;
        refused += expected instanceof Refusal refusal && refusal.missingOnly() ? 1 : 0;
      }
    }
    System.out.println("differential with facts left out: " + codes.size() + " codes, " + evaluations
        + " evaluations, " + partialDecided + " decided without some facts, " + refused
        + " refused naming the missing facts that matter, all equal");
    assertTrue(partialDecided > evaluations / 10, "some cases leaving facts out should be decided: " + partialDecided);
    assertTrue(refused > evaluations / 10, "some cases leaving facts out should be refused: " + refused);
  }

  /** Invalid facts: the message and the exact problems (fact, kind, allowed values, message). */
  record Refusal(String message, List<org.cailiang.runtime.FactProblem> problems) {
    boolean missingOnly() {
      return problems.stream().allMatch(p -> p.kind() == org.cailiang.runtime.FactProblem.Kind.MISSING);
    }
  }

  static Object outcome(Standards standards, String code, Map<String, Object> facts) {
    try {
      Decision decision = standards.evaluate(code, facts);
      return List.of(decision, decision.explain());
    } catch (org.cailiang.runtime.InvalidFactsException e) {
      return new Refusal(e.getMessage(), e.problems());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
