package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.cailiang.examples.standards.BeijingPsb;
import org.cailiang.examples.standards.BeijingPsbParties;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/** The generated Beijing standard as an integrator meets it (issue 15, item 5). */
class IntegratorApiTest {
  private static final Standards STANDARDS = Standards.load();

  @Test
  void factsCanBeBuiltByName() {
    C05837Violation.Facts built = C05837Violation.Facts.builder()
        .harm(false).setter(C05837Violation.Setter.UNIT).build();
    assertEquals(new C05837Violation.Facts(C05837Violation.Setter.UNIT, false), built);
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> C05837Violation.Facts.builder().setter(C05837Violation.Setter.UNIT).build());
    assertEquals(FactProblem.Kind.MISSING, e.problems().get(0).kind());
    assertEquals("harm", e.problems().get(0).fact());
  }

  @Test
  void aDecisionNamesItsViolationAndGivesItsFinesWithoutACast() {
    Decision decision = C05837Violation.C05837.evaluate(
        new C05837Violation.Facts(C05837Violation.Setter.UNIT, true));
    assertEquals("C05837B020", decision.tierCode());
    assertEquals("C05837", decision.violationCode());
    assertEquals("擅自在公共场所设置公共安全图像信息系统", decision.violationTitle());
    assertEquals(BeijingPsb.ID, decision.standardId());
    assertEquals(0, new BigDecimal(30000).compareTo(
        decision.fineFor(BeijingPsbParties.UNIT).orElseThrow().range().max()));
    assertEquals(Optional.empty(), decision.fineFor(BeijingPsbParties.INDIVIDUAL));
    assertEquals(2, decision.fines().size());
    assertEquals("责令拆除", decision.orders().get(0).text());
    // A constant decision: the second read is the kept answer.
    assertSame(decision.fineFor(BeijingPsbParties.UNIT), decision.fineFor(BeijingPsbParties.UNIT));
  }

  @Test
  void theUntypedPathGivesTheSameDecision() {
    Decision typed = C05837Violation.C05837.evaluate(
        new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false));
    assertEquals(typed, STANDARDS.evaluate(" C05837 ", Map.of("setter", " individual ", "harm", " 否 ")));
    assertEquals(typed, STANDARDS.lenient().evaluate("C05837",
        Map.of("setter", "个人设置", "harm", "false", "caseId", "京公罚〔2026〕17号")));
  }

  @Test
  void generatedClassesPrintWhatTheyAre() {
    assertEquals("C05837 擅自在公共场所设置公共安全图像信息系统", C05837Violation.C05837.toString());
    String standard = STANDARDS.standard(BeijingPsb.ID).orElseThrow().toString();
    assertTrue(standard.startsWith(BeijingPsb.ID + " "), standard);
    assertTrue(STANDARDS.toString().startsWith("Standards["), STANDARDS.toString());
    Decision decision = C05837Violation.C05837.evaluate(
        new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false));
    assertEquals("Decision[C05837B030 个人设置: 责令拆除；对个人处500元以上1000元以下罚款]",
        decision.toString());
  }
}
