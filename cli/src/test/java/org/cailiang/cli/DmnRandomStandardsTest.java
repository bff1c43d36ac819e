package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.cailiang.cli.render.DmnRenderer;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Condition semantics are written again in the DMN export. On random standards (random nested
 * conditions over every operator and fact type, priorities, with and without {@code otherwise}),
 * Camunda evaluating the export must pick the tier the interpreter picks, for every combination
 * of facts at and around the conditions' constants; and no tier when the interpreter finds none.
 * The generator's {@code RandomStandards} is test code of another module, so a small generator
 * of the same kind lives here.
 */
class DmnRandomStandardsTest {
  private static final DmnEngine CAMUNDA =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final String[] AMOUNTS = {"0", "0.01", "100", "999.99", "1000", "5000.5", "1万"};
  private static final long[] COUNTS = {0, 1, 3, 10};
  private static final List<BigDecimal> AMOUNT_VALUES = new ArrayList<>();

  static {
    // Each constant of AMOUNTS, a fen below and a fen above (a few merged).
    for (String amount : new String[] {"0", "0.01", "0.02", "99.99", "100", "100.01", "999.99",
        "1000", "1000.01", "5000.49", "5000.5", "5000.51", "9999.99", "10000", "10000.01"}) {
      AMOUNT_VALUES.add(new BigDecimal(amount));
    }
  }

  private final Random random = new Random(20261202L);

  @Test
  void camundaOnTheExportPicksTheInterpretersTierOnRandomStandards() {
    StringBuilder source = new StringBuilder();
    source.append("standard d \"随机标准\" {\n}\nparty unit \"单位\"\n");
    source.append("regulation reg \"条例\" {\n  article a1 \"第一条\" \"罚则。\"\n");
    for (int v = 0; v < 15; v++) {
      source.append(String.format("  violation X%05d \"行为\" {\n    basis a1\n", v));
      source.append("    fact e \"枚举\": enum { v0 \"取值0\", v1 \"取值1\", v2 \"取值2\" }\n");
      source.append("    fact b \"是否\": bool\n    fact m \"金额\": amount\n    fact n \"人数\": int\n");
      int tiers = 1 + random.nextInt(4);
      for (int t = 0; t < tiers; t++) {
        source.append("    tier T").append(t).append(" \"情节").append(t).append("\" when ")
            .append(condition(3)).append(" {\n");
        if (random.nextInt(3) == 0) {
          source.append("      priority ").append(random.nextInt(3)).append('\n');
        }
        source.append("      warning\n    }\n");
      }
      if (random.nextBoolean()) {
        source.append("    tier T9 \"其他\" otherwise { warning }\n");
      }
      source.append("  }\n");
    }
    source.append("}\n");
    Diagnostics diagnostics = new Diagnostics();
    Standard standard =
        StandardParser.parse(new SourceFile("d.cailiang", source.toString()), diagnostics)
            .orElseThrow();
    Checker.check(List.of(standard), diagnostics);
    assertEquals(List.of(), diagnostics.sorted().stream()
        .filter(d -> d.severity() == Severity.ERROR).toList(), source.toString());

    Standards interpreter = Interpreter.standards(List.of(standard));
    Map<String, DmnDecision> decisions = DmnExportTest.decisions(standard);
    int compared = 0;
    int none = 0;
    for (Violation violation : standard.violations()) {
      DmnDecision decision = decisions.get(DmnRenderer.decisionId(violation));
      String code = violation.codes().first();
      for (Map<String, Object> facts : grid()) {
        String expected;
        try {
          expected = interpreter.evaluate(code, facts).tierCode().substring(code.length());
        } catch (NoApplicableTierException e) {
          expected = null;
          none++;
        }
        DmnDecisionTableResult result = CAMUNDA.evaluateDecisionTable(decision, new HashMap<>(facts));
        String tier = result.isEmpty() ? null : result.getFirstResult().getEntry("tier");
        assertEquals(expected, tier, code + " " + facts);
        compared++;
      }
    }
    assertTrue(none > 0 && none < compared, "both outcomes: " + none + " of " + compared);
  }

  private static List<Map<String, Object>> grid() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (String e : List.of("v0", "v1", "v2")) {
      for (boolean b : new boolean[] {false, true}) {
        for (BigDecimal m : AMOUNT_VALUES) {
          for (long n : new long[] {0, 1, 2, 3, 4, 10, 11}) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("e", e);
            facts.put("b", b);
            facts.put("m", m);
            facts.put("n", n);
            all.add(facts);
          }
        }
      }
    }
    return all;
  }

  private String condition(int depth) {
    switch (random.nextInt(depth <= 0 ? 1 : 5)) {
      case 1:
        return "(" + condition(depth - 1) + " and " + condition(depth - 1) + ")";
      case 2:
        return "(" + condition(depth - 1) + " or " + condition(depth - 1) + ")";
      case 3:
        return "not " + condition(depth - 1);
      default:
        return atom();
    }
  }

  private String atom() {
    String[] ops = {"==", "!=", "<", "<=", ">", ">="};
    switch (random.nextInt(4)) {
      case 0: {
        String value = "v" + random.nextInt(3);
        return switch (random.nextInt(4)) {
          case 0 -> "e == " + value;
          case 1 -> "e != \"取值" + value.substring(1) + "\"";
          case 2 -> "e in {" + value + ", v" + random.nextInt(3) + "}";
          default -> "e not in {" + value + "}";
        };
      }
      case 1:
        return random.nextBoolean() ? "b" : "b " + (random.nextBoolean() ? "== true" : "!= false");
      case 2:
        return "m " + ops[random.nextInt(ops.length)] + " " + AMOUNTS[random.nextInt(AMOUNTS.length)];
      default:
        return "n " + ops[random.nextInt(ops.length)] + " " + COUNTS[random.nextInt(COUNTS.length)];
    }
  }
}
