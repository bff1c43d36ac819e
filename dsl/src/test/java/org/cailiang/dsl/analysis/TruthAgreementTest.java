package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Condition semantics are written twice in the dsl: the interpreter's evaluator and the legal
 * analysis's three-valued {@link Truth}. On random conditions, for every full assignment of the
 * analysis's regions, Truth must give a definite value, and it must be whether the interpreter
 * picks the tier guarded by the condition (each violation has that one tier and an {@code
 * otherwise}) for the region's sample values.
 */
class TruthAgreementTest {
  private static final String[] AMOUNTS = {"0", "0.01", "100", "999.99", "1000", "5000.5", "1万"};
  private static final String[] COUNTS = {"0", "1", "2", "3", "10"};
  private static final int VIOLATIONS = 300;

  private final Random random = new Random(20261202L);

  @Test
  void truthOnFullAssignmentsEqualsTheInterpreter() {
    List<String> conditions = new ArrayList<>();
    StringBuilder source = new StringBuilder();
    source.append("standard t \"随机条件\" {\n}\nparty unit \"单位\"\n");
    source.append("regulation reg \"条例\" {\n  article a1 \"第一条\" \"罚则。\"\n");
    for (int v = 0; v < VIOLATIONS; v++) {
      String condition = condition(3);
      conditions.add(condition);
      source.append(String.format("  violation X%05d \"行为\" {\n    basis a1\n", v));
      source.append("    fact e \"枚举\": enum { v0 \"取值0\", v1 \"取值1\", v2 \"取值2\" }\n");
      source.append("    fact b \"是否\": bool\n    fact m \"金额\": amount\n    fact n \"人数\": int\n");
      source.append("    tier T0 \"情节\" when ").append(condition).append(" { warning }\n");
      source.append("    tier T9 \"其他\" otherwise { warning }\n  }\n");
    }
    source.append("}\n");
    Diagnostics diagnostics = new Diagnostics();
    Standard standard =
        StandardParser.parse(new SourceFile("t.cailiang", source.toString()), diagnostics)
            .orElseThrow();
    Checker.check(List.of(standard), diagnostics);
    assertEquals(List.of(), diagnostics.sorted().stream().filter(d -> d.severity().name()
        .equals("ERROR")).toList());
    Standards interpreter = Interpreter.standards(List.of(standard));

    int assignments = 0;
    int held = 0;
    List<Violation> violations = standard.regulations().get(0).violations();
    for (int v = 0; v < violations.size(); v++) {
      Violation violation = violations.get(v);
      Tier tier = violation.triedTiers().get(0);
      Map<String, List<Region>> domains = Domains.of(violation, List.of(tier.condition()));
      Truth truth = new Truth(violation);
      for (Map<String, Region> assignment : product(domains)) {
        Boolean value = truth.of(tier.condition(), assignment);
        assertNotNull(value, conditions.get(v) + " " + assignment);
        String code = violation.codes().first();
        String decided = interpreter.evaluate(code, facts(violation, assignment)).tierCode();
        assertEquals(decided.equals(code + "T0"), value,
            conditions.get(v) + " at " + assignment);
        assignments++;
        held += value ? 1 : 0;
      }
    }
    assertTrue(held > assignments / 10 && held < assignments * 9 / 10,
        "both truth values are exercised: " + held + " of " + assignments);
  }

  /** Every combination of one region per fact. */
  private static List<Map<String, Region>> product(Map<String, List<Region>> domains) {
    List<Map<String, Region>> all = new ArrayList<>();
    all.add(new HashMap<>());
    for (Map.Entry<String, List<Region>> domain : domains.entrySet()) {
      List<Map<String, Region>> next = new ArrayList<>();
      for (Map<String, Region> partial : all) {
        for (Region region : domain.getValue()) {
          Map<String, Region> extended = new HashMap<>(partial);
          extended.put(domain.getKey(), region);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }

  /** The regions' samples as the untyped facts the interpreter reads. */
  private static Map<String, Object> facts(Violation violation, Map<String, Region> assignment) {
    Map<String, Object> facts = new LinkedHashMap<>();
    violation.facts().forEach(fact -> {
      Object sample = assignment.get(fact.id()).sample();
      facts.put(fact.id(), fact.type() instanceof FactType.Int
          ? (Object) ((BigDecimal) sample).longValueExact() : sample);
    });
    return facts;
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
        return random.nextInt(5) == 0
            ? "m in {" + AMOUNTS[random.nextInt(AMOUNTS.length)] + ", "
                + AMOUNTS[random.nextInt(AMOUNTS.length)] + "}"
            : "m " + ops[random.nextInt(ops.length)] + " " + AMOUNTS[random.nextInt(AMOUNTS.length)];
      default:
        return "n " + ops[random.nextInt(ops.length)] + " " + COUNTS[random.nextInt(COUNTS.length)];
    }
  }
}
