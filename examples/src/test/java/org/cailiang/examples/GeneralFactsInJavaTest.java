package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.cailiang.examples.standards.BeijingPsbGeneral;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/** The ways docs/language.md §18.6 shows of building {@link GeneralFacts} in Java, as written there. */
class GeneralFactsInJavaTest {
  private static final C05837Violation.Facts BY_INDIVIDUAL =
      new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false);

  /** The integrator's review: null general facts got a JDK message about a call on null. */
  @Test
  void nullGeneralFactsAreToldToPassNone() {
    for (org.junit.jupiter.api.function.Executable call : java.util.List.<org.junit.jupiter.api.function.Executable>of(
        () -> C05837Violation.C05837.evaluate(BY_INDIVIDUAL, (GeneralFacts) null),
        () -> C05837Violation.C05837.evaluate(java.util.Map.of("setter", "个人设置", "harm", "否"), null))) {
      NullPointerException thrown = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, call);
      assertEquals(GeneralFacts.NULL_MESSAGE, thrown.getMessage());
    }
  }

  /** The integrator's review: null arguments of generated methods failed inside them. */
  @Test
  void nullStatuteFactsAndCircumstancesAreRefusedWithTheirNames() {
    org.cailiang.runtime.InvalidFactsException facts = org.junit.jupiter.api.Assertions.assertThrows(
        org.cailiang.runtime.InvalidFactsException.class, () -> C05837Violation.statute(null));
    assertTrue(facts.getMessage().contains("案件事实"), facts.getMessage());
    NullPointerException none = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> BeijingPsbGeneral.facts((BeijingPsbGeneral.Circumstance[]) null));
    assertEquals("circumstances 为 null：没有情节时不传参数，或用 GeneralFacts.NONE", none.getMessage());
    NullPointerException one = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> BeijingPsbGeneral.facts(BeijingPsbGeneral.Circumstance.MINOR_AGE, null));
    assertEquals("情节中有 null", one.getMessage());
  }

  /** The integrator's review: another standard's general class decided a decision silently. */
  @Test
  void aGeneralClassRefusesAnotherStandardsDecision() {
    org.cailiang.runtime.Decision security = org.cailiang.examples.standards.E05403Violation.E05403
        .evaluate(new org.cailiang.examples.standards.E05403Violation.Facts(false));
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> BeijingPsbGeneral.decide(security, GeneralFacts.NONE));
    assertTrue(refused.getMessage().contains("属于裁量基准 example_security，不能按 beijing_psb 所用的总则处理"),
        refused.getMessage());
  }

  /**
   * The integrator's review: the cybersecurity law's general class decided a public-order
   * violation's decision of the same standard under the wrong general part.
   */
  @Test
  void aGeneralClassRefusesTheDecisionOfAViolationItDoesNotServe() {
    org.cailiang.runtime.Decision publicOrder = org.cailiang.examples.standards.E05403Violation.E05403
        .evaluate(new org.cailiang.examples.standards.E05403Violation.Facts(false));
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> org.cailiang.examples.standards.ExampleSecurityGeneral.decide(publicOrder, GeneralFacts.NONE));
    assertTrue(refused.getMessage().contains("违法行为 E05403 不适用这个总则类（它适用于《中华人民共和国网络安全法"),
        refused.getMessage());
    assertEquals(CaseDecision.Verdict.PUNISHED, org.cailiang.examples.standards.ExampleSecurityGeneralPublicOrder
        .decide(publicOrder, GeneralFacts.NONE).verdict(), "its own general class decides it");
  }

  @Test
  void theGeneratedFactsMethodAndGeneralFactsOfAgree() {
    GeneralFacts minor = BeijingPsbGeneral.facts(BeijingPsbGeneral.Circumstance.MINOR_AGE);
    assertEquals(GeneralFacts.of(Set.of("minor_age")), minor);
    CaseDecision outcome = C05837Violation.C05837.evaluate(BY_INDIVIDUAL, minor);
    assertEquals(CaseDecision.Verdict.PUNISHED, outcome.verdict());
    assertEquals(MoneyRange.of(250, 750), outcome.sanctions().stream()
        .filter(s -> s instanceof Sanction.Fine).map(s -> ((Sanction.Fine) s).range())
        .findFirst().orElseThrow());
  }

  @Test
  void datesAndAProposedFineAreLaidOnTheCircumstances() {
    GeneralFacts dated = GeneralFacts.of(Set.of("minor_age"))
        .dated(LocalDate.of(2022, 3, 1), LocalDate.of(2024, 3, 2))
        .proposing(new BigDecimal("300"));
    assertTrue(BeijingPsbGeneral.RULES.limitation(dated).orElseThrow().expired());
    assertEquals(CaseDecision.Verdict.TIME_BARRED,
        C05837Violation.C05837.evaluate(BY_INDIVIDUAL, dated).verdict());
    // An existing Decision is decided with the statute of the case, as §18.6 shows.
    assertEquals(CaseDecision.Verdict.TIME_BARRED, BeijingPsbGeneral.decide(
        C05837Violation.C05837.evaluate(BY_INDIVIDUAL), dated,
        C05837Violation.statute(BY_INDIVIDUAL)).verdict());
    CaseDecision minor = BeijingPsbGeneral.decide(C05837Violation.C05837.evaluate(BY_INDIVIDUAL),
        GeneralFacts.of(Set.of("minor_age")), C05837Violation.statute(BY_INDIVIDUAL));
    assertEquals(C05837Violation.C05837.evaluate(BY_INDIVIDUAL, GeneralFacts.of(Set.of("minor_age"))),
        minor);
    // By its label, padded, as §18.6's comment says: the same outcome.
    assertEquals(minor, C05837Violation.C05837.evaluate(BY_INDIVIDUAL,
        GeneralFacts.of(Set.of(" 已满十四周岁不满十八周岁 "))));
    assertTrue(minor.unresolved().isEmpty(), minor.unresolved().toString());
    CaseDecision inTime = C05837Violation.C05837.evaluate(BY_INDIVIDUAL,
        GeneralFacts.NONE.proposing(new BigDecimal("600")));
    assertEquals(CaseDecision.Verdict.PUNISHED, inTime.verdict());
  }
}
