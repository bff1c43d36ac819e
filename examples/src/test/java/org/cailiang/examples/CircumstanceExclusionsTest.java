package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.cailiang.examples.standards.C05836Violation;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.InvalidGeneralFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Supervisor: 造成危害后果 (harm = 是) with the circumstance 违法行为轻微并及时改正，没有造成危害后果
 * gave 不予行政处罚. Beijing declares them exclusive ({@code exclusive harm, trivial}): every entry
 * of the jar refuses the case, and a case without harm is decided as before.
 */
class CircumstanceExclusionsTest {
  private static final String MESSAGE = "事实 harm（造成危害后果）为“是”与总则情节「违法行为轻微并及时改正，没有造成危害后果」"
      + "不能同时成立（互斥声明 exclusive）：造成危害后果的，不是没有造成危害后果；请核对事实或总则情节";

  @Test
  void everyEntryRefusesHarmWithTrivialAndDecidesTrivialWithoutHarm() {
    GeneralFacts trivial = GeneralFacts.of(Set.of("trivial"));
    InvalidGeneralFactsException typed = assertThrows(InvalidGeneralFactsException.class,
        () -> C05836Violation.C05836.evaluate(new C05836Violation.Facts(true), trivial));
    assertEquals(MESSAGE, typed.getMessage());
    Standards standards = Standards.load();
    assertEquals(MESSAGE, assertThrows(InvalidGeneralFactsException.class,
        () -> standards.evaluate("C05836", Map.of("harm", "是"), trivial)).getMessage());
    // By label, as a system keeping circumstances as text gives them.
    assertThrows(InvalidGeneralFactsException.class, () -> standards.evaluate("C05836", Map.of("harm", "是"),
        GeneralFacts.of(Set.of("违法行为轻微并及时改正，没有造成危害后果"))));
    assertThrows(InvalidGeneralFactsException.class, () -> standards.evaluate("C05836", Map.of("harm", "是"),
        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), trivial));

    assertEquals(CaseDecision.Verdict.WAIVED,
        C05836Violation.C05836.evaluate(new C05836Violation.Facts(false), trivial).verdict());
    assertEquals(CaseDecision.Verdict.WAIVED, standards.evaluate("C05836", Map.of("harm", "否"), trivial).verdict());
    assertEquals(CaseDecision.Verdict.PUNISHED, C05836Violation.C05836.evaluate(new C05836Violation.Facts(true),
        GeneralFacts.of(Set.of("minor_age"))).verdict(), "another circumstance: no conflict");
    assertEquals(CaseDecision.Verdict.PUNISHED, standards.evaluate("C05836", Map.of("harm", "是"),
        GeneralFacts.NONE.dated(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1))).verdict(),
        "no circumstance: nothing to check");
  }

  /**
   * Integrator (eighteenth stop): 造成严重后果 and 拒不备案 with {@code trivial} or {@code
   * first_offence} were waived — the fine and, for C05846/C05847, the referral to prosecution gone.
   */
  @Test
  void graveFactsWithAWaivingCircumstanceAreRefused() {
    Standards standards = Standards.load();
    for (String circumstance : java.util.List.of("trivial", "first_offence")) {
      GeneralFacts given = GeneralFacts.of(Set.of(circumstance));
      for (String code : java.util.List.of("C05840", "C05846", "C05847")) {
        assertEquals("事实 serious（造成严重后果）为“是”与总则情节「" + label(circumstance) + "」不能同时成立（互斥声明 exclusive）："
            + (circumstance.equals("trivial") ? "造成严重后果的，不是没有造成危害后果" : "造成严重后果的，不是危害后果轻微")
            + "；请核对事实或总则情节",
            assertThrows(InvalidGeneralFactsException.class,
                () -> standards.evaluate(code, Map.of("serious", "是"), given), code).getMessage());
      }
      assertThrows(InvalidGeneralFactsException.class, () -> standards.evaluate("C05838",
          Map.of("refused", "是", "harm", "否", "otherSerious", "否"), given));
      assertThrows(InvalidGeneralFactsException.class, () -> standards.evaluate("C05838",
          Map.of("refused", "否", "harm", "否", "otherSerious", "是"), given));
      assertEquals(circumstance.equals("trivial") ? CaseDecision.Verdict.WAIVED : CaseDecision.Verdict.PUNISHED,
          standards.evaluate("C05847", Map.of("serious", "否"), given).verdict(), "without the grave fact");
    }
  }

  private static String label(String circumstance) {
    return circumstance.equals("trivial") ? "违法行为轻微并及时改正，没有造成危害后果" : "初次违法且危害后果轻微并及时改正";
  }
}
