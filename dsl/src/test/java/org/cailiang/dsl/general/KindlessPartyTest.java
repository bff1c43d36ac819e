package org.cailiang.dsl.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.GeneralEvaluation;
import org.cailiang.dsl.eval.GeneralFacts;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.ProcedureRule.Procedure;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.junit.jupiter.api.Test;

/**
 * Beijing's 管理人 (C05850) may be the 物业管理单位 or the 产权人: its party declares no kind, while
 * xzcff's hearing and simplified-procedure rules differ for 公民 and 法人或者其他组织.
 */
class KindlessPartyTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");

  /** Beijing with the manager's declaration edited and, unless kept, its suppression taken out. */
  private static Compilation compile(String edit) throws Exception {
    return compile(edit, false);
  }

  private static Compilation compile(String edit, boolean keepSuppression) throws Exception {
    String beijing = Files.readString(EXAMPLES.resolve("beijing.cailiang"));
    if (!keepSuppression) {
      beijing = beijing.replaceAll("(?m)^ *suppress \"party-kind-unknown\".*\n", "");
    }
    return StandardCompiler.compileSources(List.of(
        new SourceFile("beijing.cailiang", beijing.replace("party manager \"管理人\"", edit)),
        new SourceFile("xzcff.cailiang", Files.readString(EXAMPLES.resolve("xzcff.cailiang")))));
  }

  private static List<Diagnostic> kindWarnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.check().equals("party-kind-unknown")).toList();
  }

  @Test
  void checkWarnsAtAPartyWithoutKindUnderKindSpecificProcedureRules() throws Exception {
    List<Diagnostic> warnings = kindWarnings(compile("party manager \"管理人\""));
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(Severity.WARNING, warnings.get(0).severity());
    assertTrue(warnings.get(0).message().contains("manager（管理人）"), warnings.get(0).message());
    assertTrue(kindWarnings(compile("party manager \"管理人\" person")).isEmpty());
    Compilation suppressed = compile("party manager \"管理人\"", true);
    assertTrue(kindWarnings(suppressed).isEmpty(), "the example's reason accepts it");
    assertTrue(suppressed.diagnostics().stream().noneMatch(d -> d.check().equals("unused-suppression")));
  }

  @Test
  void aKindRuleOnAPartyWithoutKindIsConditionalNeverDropped() throws Exception {
    Compilation compilation = compile("party manager \"管理人\"");
    Standard standard = compilation.standards().get(0);
    Decision decision = Interpreter.standards(List.of(standard)).evaluate("C05850", Map.of());
    GeneralFacts facts = new GeneralFacts(Set.of(), Optional.empty(), Optional.empty(),
        Optional.of(BigDecimal.valueOf(500)));
    CaseOutcome outcome = GeneralEvaluation.decide(standard,
        Generals.of(standard, compilation.generals()).orElseThrow(), decision, facts);
    CaseOutcome.ProcedureFlag simplified = outcome.procedures().stream()
        .filter(f -> f.procedure() == Procedure.SIMPLIFIED).findFirst().orElseThrow();
    assertEquals(CaseOutcome.Status.DEPENDS_ON_PARTY, simplified.status());
    assertTrue(simplified.trigger().contains("对公民罚款200元以下")
        && simplified.trigger().contains("对单位罚款3000元以下"), simplified.trigger());
  }

  /**
   * Whoever a tier detains is a natural person (拘留: 行政处罚法第九条、第十条): no warning, and the
   * procedures weigh the person's rules (found by the fresh-clone check: they said it depends on
   * whether the party is a 公民).
   */
  @Test
  void aDetainedPartyOfUndeclaredKindIsAPerson() throws Exception {
    String source = """
        standard d "拘留" {
          uses xzcff
        }
        party detainee "行为人"
        regulation law "某法" {
          level 法律
          article a1 "第一条" "处五日以下拘留或者五百元以下罚款。"
          violation D00001 "某行为" {
            basis a1
            statute { either detain detainee ..5 days or fine detainee ..500 }
            tier B010 "一般" otherwise { either detain detainee ..5 days or fine detainee ..500 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("d.cailiang", source),
        new SourceFile("xzcff.cailiang", Files.readString(EXAMPLES.resolve("xzcff.cailiang")))));
    assertTrue(kindWarnings(compilation).isEmpty(), kindWarnings(compilation).toString());
    Standard standard = compilation.standards().get(0);
    Decision decision = Interpreter.standards(List.of(standard)).evaluate("D00001", Map.of());
    GeneralFacts facts = new GeneralFacts(Set.of(), Optional.empty(), Optional.empty(),
        Optional.of(BigDecimal.valueOf(200)));
    CaseOutcome outcome = GeneralEvaluation.decide(standard,
        Generals.of(standard, compilation.generals()).orElseThrow(), decision, facts);
    assertTrue(outcome.procedures().stream()
        .noneMatch(f -> f.status() == CaseOutcome.Status.DEPENDS_ON_PARTY), outcome.procedures().toString());
  }
}
