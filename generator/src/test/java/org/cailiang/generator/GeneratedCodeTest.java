package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiled in memory under {@code -Xlint:all -Werror}, found through the
 * services file, and held to the interpreter's answers on every combination of facts around
 * the boundaries.
 */
class GeneratedCodeTest {
  private static final List<BigDecimal> AMOUNTS = List.of(
      BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("12345.67"), new BigDecimal("14999.99"),
      new BigDecimal("15000"), new BigDecimal("15000.01"), new BigDecimal("30000"), new BigDecimal("49999.99"),
      new BigDecimal("50000"), new BigDecimal("1000000"));
  private static final List<Long> COUNTS = List.of(0L, 1L, 2L, 3L, 100L, 101L);

  @Test
  void generatedCodeAgreesWithTheInterpreterOnEveryCombination() throws Exception {
    List<Standard> standards = Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES);
    ClassLoader loader = InMemoryJavac.compile(new JavaGenerator("test.generated").generate(standards));
    Standards generated = Standards.load(loader);
    Standards interpreted = Interpreter.standards(standards);
    assertEquals(interpreted.codes(), generated.codes());
    assertEquals(33, generated.codes().stream().filter(c -> c.startsWith("C058")).mapToInt(c -> generated.violation(c).tierCodes().size()).sum());
    int compared = 0;
    for (String code : generated.codes()) {
      Violation typed = generated.violation(code);
      assertEquals(typed.getClass().getClassLoader(), loader, "found through the services file");
      for (Map<String, Object> facts : combinations(typed.facts())) {
        assertEquals(outcome(interpreted, code, facts), outcome(generated, code, facts), code + " " + facts);
        compared++;
      }
    }
    assertTrue(compared > 1000, "compared only " + compared + " cases");
  }

  @Test
  void aCaseNoTierCoversRaisesAnExceptionNamingTheFacts() {
    // The analysis rejects such a standard; parse and check alone let it through, as a standard
    // compiled with an older or laxer front end might be.
    String source = """
        standard gap "有缺口" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation X00001 "行为" {
            basis a1
            fact harm "造成危害后果": bool
            fact income "违法所得": amount
            tier B010 "未造成危害后果" when not harm { fine unit ..500 }
          }
        }
        """;
    org.cailiang.dsl.diag.Diagnostics diagnostics = new org.cailiang.dsl.diag.Diagnostics();
    Standard standard = org.cailiang.dsl.parse.StandardParser.parse(
        new org.cailiang.dsl.diag.SourceFile("gap.cailiang", source), diagnostics).orElseThrow();
    org.cailiang.dsl.check.Checker.check(List.of(standard), diagnostics);
    assertEquals(List.of(), diagnostics.sorted());
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.gap").generate(List.of(standard))));
    org.cailiang.runtime.NoApplicableTierException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.cailiang.runtime.NoApplicableTierException.class,
        () -> generated.evaluate("X00001", Map.of("harm", "是", "income", "1200.50")));
    assertEquals("X00001: 没有任何情节适用：造成危害后果 = 是，违法所得 = 1200.50元", e.getMessage());
    assertEquals("X00001B010", generated.evaluate("X00001", Map.of("harm", "否", "income", "0")).tierCode());
  }

  @Test
  void notOfAComparisonKeepsItsMeaning() {
    // Regression: the differential test found "not x != v" emitted as "!x != v", which javac rejects.
    String source = """
        standard negation "否定" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation N00001 "行为" {
            basis a1
            fact kind "类型": enum { a "甲", b "乙" }
            fact income "违法所得": amount
            statute { fine unit ..500 }
            tier B010 "否定比较" when not kind != a and not income > 5000 { fine unit ..500 }
            tier B020 "其他" otherwise { fine unit ..500 }
          }
        }
        """;
    List<Standard> standards = org.cailiang.dsl.StandardCompiler.compileSources(
        List.of(new org.cailiang.dsl.diag.SourceFile("not.cailiang", source))).standards();
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.not").generate(standards)));
    assertEquals("N00001B010", generated.evaluate("N00001", Map.of("kind", "a", "income", "5000")).tierCode());
    assertEquals("N00001B020", generated.evaluate("N00001", Map.of("kind", "a", "income", "5000.01")).tierCode());
    assertEquals("N00001B020", generated.evaluate("N00001", Map.of("kind", "b", "income", "0")).tierCode());
  }

  /** The decision, or the exception's type and message. */
  private static Object outcome(Standards standards, String code, Map<String, Object> facts) {
    try {
      Decision decision = standards.evaluate(code, facts);
      return List.of(decision, decision.explain());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Every combination of values, by the id of each enum value. */
  static List<Map<String, Object>> combinations(List<FactSpec> specs) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (FactSpec spec : specs) {
      List<Object> values = new ArrayList<>();
      switch (spec.type()) {
        case ENUM:
          spec.values().stream().map(Labelled::id).forEach(values::add);
          break;
        case BOOL:
          values.add(true);
          values.add(false);
          break;
        case AMOUNT:
          values.addAll(AMOUNTS);
          break;
        default:
          values.addAll(COUNTS);
      }
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : all) {
        for (Object value : values) {
          Map<String, Object> extended = new LinkedHashMap<>(partial);
          extended.put(spec.id(), value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }
}
