package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.InvalidGeneralFactsException;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedCaseDecision;
import org.cailiang.runtime.TimedDecision;
import org.junit.jupiter.api.Test;

/**
 * Integrator: two versions left to the officer (INCOMPARABLE), and a fine proposed under the old
 * one (15万, its range 15万–30万) was refused as "本案不处罚款" — the new one fines nothing. Each
 * version whose outcome allows the fine flags its procedures by it; the other is given without it,
 * said; a fine no version allows is still refused.
 */
class ProposedFineInTimeTest {
  private static final Map<String, String> FACTS =
      Map.of("income", "50000", "minor", "否", "serious", "否", "refused", "否");
  private static final LocalDate ACT = LocalDate.of(2025, 6, 1);
  private static final LocalDate DECISION = LocalDate.of(2026, 2, 1);

  @Test
  void aFineOfOneVersionIsNotRefusedForTheOther() {
    Standards standards = Standards.load();
    TimedCaseDecision outcome = standards.evaluate("E06401", FACTS, ACT, DECISION,
        GeneralFacts.NONE.proposing(new BigDecimal("150000")));
    assertEquals(TimedDecision.Ground.INCOMPARABLE, outcome.timed().ground());
    assertEquals(2, outcome.outcomes().size());
    CaseDecision old = outcome.outcomes().get(0).general().orElseThrow();
    CaseDecision current = outcome.outcomes().get(1).general().orElseThrow();
    assertTrue(old.explain().contains("拟罚款15万元"), old.explain());
    assertEquals(List.of(), old.unresolved());
    assertEquals(List.of("版本 example_security_2026：拟罚款 15万元 不在可处罚款的幅度内（本案不处罚款）；该版本的结果不按拟罚款标记程序"),
        current.unresolved());
    assertTrue(outcome.needsOfficer());
    assertFalse(current.explain().contains("拟罚款"), current.explain());
  }

  @Test
  void aFineNoVersionAllowsIsRefused() {
    Standards standards = Standards.load();
    InvalidGeneralFactsException refused = assertThrows(InvalidGeneralFactsException.class,
        () -> standards.evaluate("E06401", FACTS, ACT, DECISION, GeneralFacts.NONE.proposing(new BigDecimal("999"))));
    assertTrue(refused.aboutProposedFine());
    assertTrue(refused.getMessage().startsWith("拟罚款不在任何一个版本可处罚款的幅度内：版本 example_security：拟罚款 999元 不在可处罚款的幅度内（"), refused.getMessage());
    assertTrue(refused.getMessage().contains("；版本 example_security_2026：拟罚款 999元 不在可处罚款的幅度内（本案不处罚款）"), refused.getMessage());
    assertThrows(InvalidGeneralFactsException.class, () -> standards.evaluate("E06401", FACTS,
        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), GeneralFacts.NONE.proposing(new BigDecimal("1000"))),
        "one version applied: a fine outside its outcome is refused as before");
  }
}
