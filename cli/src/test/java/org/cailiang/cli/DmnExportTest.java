package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.cailiang.cli.render.DmnRenderer;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The DMN export, loaded in Camunda's DMN engine, decides every test case of the standards, and
 * every combination of facts around the boundaries, as the generated Java does.
 */
class DmnExportTest {
  private static final DmnEngine CAMUNDA = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final Standards GENERATED = Standards.load();
  private static final List<BigDecimal> AMOUNTS = List.of(BigDecimal.ZERO, new BigDecimal("0.01"),
      new BigDecimal("3000"), new BigDecimal("49999.99"), new BigDecimal("50000"), new BigDecimal("100000"));

  @Test
  void everyCaseOfBothExamplesDecidesAsTheGeneratedJava() {
    int compared = 0;
    for (String file : List.of(CliRun.BEIJING, CliRun.EXAMPLE)) {
      Standard standard = compile(file);
      Map<String, DmnDecision> decisions = decisions(standard);
      for (Violation violation : standard.violations()) {
        DmnDecision decision = decisions.get(DmnRenderer.decisionId(violation));
        for (TestCase testCase : violation.cases()) {
          String code = testCase.code(violation);
          Map<String, Object> facts = new LinkedHashMap<>();
          testCase.facts().forEach(f -> facts.put(f.fact().name(), value(violation.fact(f.fact().name()).orElseThrow(), f.value())));
          assertEquals(generated(standard, code, facts).tierCode(), code + tier(decision, facts), testCase.name());
          compared++;
        }
        for (String code : violation.codes().codes()) {
          for (Map<String, Object> facts : grid(violation)) {
            if (violation.exclusives().stream().anyMatch(e -> e.holding(id -> Boolean.TRUE.equals(facts.get(id))).size() > 1)) {
              continue; // not a case: the generated code rejects it, and the DMN table does not encode exclusive
            }
            assertEquals(generated(standard, code, facts).tierCode(), code + tier(decision, facts), code + " " + facts);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 90, "compared " + compared);
  }

  /** A referral that ends the case is the first rule, as the generated code tries it first. */
  @Test
  void aReferralThatEndsTheCaseDecidesBeforeEveryTier(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("crime.cailiang"), """
        standard crime_dmn "移送" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "违反本条例规定的，处一万元以下罚款；构成犯罪的，依法追究刑事责任。"
          violation X00001 "测试违法行为" {
            basis a1
            fact crime "涉嫌犯罪": bool
            fact serious "情节严重": bool
            refer ends "构成犯罪的，依法追究刑事责任" when crime and not serious or crime and serious
            statute { fine unit ..1万 }
            tier B010 "一般" when not serious { fine unit ..5000 }
            tier B020 "严重" when serious { fine unit 5000..1万 }
          }
        }
        """);
    Standard standard = compileFile(file);
    Violation violation = standard.violations().get(0);
    DmnDecision decision = decisions(standard).get(DmnRenderer.decisionId(violation));
    org.cailiang.dsl.eval.InterpretedViolation interpreted =
        new org.cailiang.dsl.eval.InterpretedViolation(standard, violation, "X00001");
    int handedOver = 0;
    for (boolean crime : new boolean[] {false, true}) {
      for (boolean serious : new boolean[] {false, true}) {
        Map<String, Object> facts = Map.of("crime", crime, "serious", serious);
        org.cailiang.runtime.Decision expected = interpreted.evaluate(facts);
        DmnDecisionTableResult result = CAMUNDA.evaluateDecisionTable(decision, new HashMap<>(facts));
        assertEquals(expected.tierCode(), "X00001" + result.getFirstResult().getEntry("tier"), facts.toString());
        assertEquals(expected.circumstance(), result.getFirstResult().getEntry("circumstance"), facts.toString());
        handedOver += expected.handedOver() ? 1 : 0;
      }
    }
    assertEquals(2, handedOver);
  }

  /** (f0 or f1) and (f0 or f2) and …: 2^21 rules in normal form; refused by name, not out of memory. */
  @Test
  void aConditionThatWouldExpandBeyondReasonIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    StringBuilder facts = new StringBuilder();
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      facts.append("        fact f").append(i).append(" \"事实").append(i).append("\": bool\n");
      for (int j = i + 1; j < 7; j++) {
        clauses.add("(f" + i + " or f" + j + ")");
      }
    }
    Path file = java.nio.file.Files.writeString(dir.resolve("blowup.cailiang"), """
        standard blowup "展开" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款。"
          violation X00001 "展开" {
            basis a1
        """ + facts + """
            statute { fine unit ..1000 }
            tier B010 "组合" when %s { fine unit 500..1000 }
            tier B020 "其他" otherwise { fine unit ..500 }
          }
        }
        """.formatted(String.join(" and ", clauses)));
    CliRun run = CliRun.of("render", "--format", "dmn", file.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("cailiang: error: 违法行为 X00001 的阶次 B010「组合」的条件展开为 DMN 规则超过 10000 条，"
        + "无法导出为决策表；请简化条件（md、html、json 格式不受影响）\n", run.err());
    assertEquals("", run.out());
  }

  /** One fact id, an enum in one violation and a boolean in another: each table reads its own type. */
  @Test
  void aFactIdOfTwoTypesIsReadByEachTableAsItsOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("kinds.cailiang"), """
        standard two_kinds "两种类型" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款。"
          violation X00001 "枚举" {
            basis a1
            fact kind "种类": enum { a "甲", b "乙" }
            statute { fine unit ..1000 }
            tier B010 "甲" when kind == a { fine unit ..500 }
            tier B020 "乙" when kind == b { fine unit 500..1000 }
          }
          violation X00002 "布尔" {
            basis a1
            fact kind "是否": bool
            statute { fine unit ..1000 }
            tier B010 "是" when kind { fine unit 500..1000 }
            tier B020 "否" when not kind { fine unit ..500 }
          }
        }
        """);
    Standard standard = compileFile(file);
    String dmn = DmnRenderer.render(standard);
    assertTrue(dmn.contains("<variable name=\"kind\"/>"), dmn);
    Map<String, DmnDecision> decisions = decisions(standard);
    assertEquals("B020", tier(decisions.get("d_X00001"), Map.of("kind", "b")));
    assertEquals("B010", tier(decisions.get("d_X00002"), Map.of("kind", true)));
    assertEquals("B020", tier(decisions.get("d_X00002"), Map.of("kind", false)));
  }

  /** The generated Java of this very standard: the registry indexes a shared code under the later version. */
  private static org.cailiang.runtime.Decision generated(Standard standard, String code, Map<String, Object> facts) {
    return GENERATED.standard(standard.id()).orElseThrow().violations().stream()
        .filter(v -> v.code().equals(code)).findFirst().orElseThrow().evaluate(facts);
  }

  private static String tier(DmnDecision decision, Map<String, Object> facts) {
    DmnDecisionTableResult result = CAMUNDA.evaluateDecisionTable(decision, new HashMap<>(facts));
    return result.getFirstResult().getEntry("tier");
  }

  static Map<String, DmnDecision> decisions(Standard standard) {
    byte[] dmn = DmnRenderer.render(standard).getBytes(StandardCharsets.UTF_8);
    Map<String, DmnDecision> decisions = new HashMap<>();
    for (DmnDecision decision : CAMUNDA.parseDecisions(new ByteArrayInputStream(dmn))) {
      decisions.put(decision.getKey(), decision);
    }
    assertEquals(standard.violations().size(), decisions.size());
    return decisions;
  }

  static Standard compile(String file) {
    Compilation compilation = StandardCompiler.compile(List.of(Path.of(file)), Path.of("."));
    // Beijing's 地方政府规章 declare no fine-limit: notes (fine-limit-undeclared), nothing else.
    assertTrue(compilation.diagnostics().stream().allMatch(d -> d.check().equals("fine-limit-undeclared")),
        compilation.render());
    return compilation.standards().get(0);
  }

  /** A standard that may carry warnings, not errors. */
  static Standard compileFile(Path file) {
    Compilation compilation = StandardCompiler.compile(List.of(file), file.getParent());
    assertTrue(!compilation.hasErrors(), compilation.render());
    return compilation.standards().get(0);
  }

  private static Object value(Fact fact, Literal literal) {
    if (literal instanceof Literal.Bool b) {
      return b.value();
    }
    if (literal instanceof Literal.Number n) {
      return fact.type() instanceof FactType.Int ? (Object) n.value().longValueExact() : n.value();
    }
    String text = literal instanceof Literal.Name n ? n.name() : ((Literal.Label) literal).label();
    return ((FactType.Enum) fact.type()).find(text).orElseThrow().id();
  }

  private static List<Map<String, Object>> grid(Violation violation) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (Fact fact : violation.facts()) {
      List<Object> values = new ArrayList<>();
      if (fact.type() instanceof FactType.Enum type) {
        type.values().forEach(v -> values.add(v.id()));
      } else if (fact.type() instanceof FactType.Bool) {
        values.add(true);
        values.add(false);
      } else {
        values.addAll(AMOUNTS);
      }
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : all) {
        for (Object value : values) {
          Map<String, Object> extended = new LinkedHashMap<>(partial);
          extended.put(fact.id(), value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }
}
