package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Referrals in generated code (features J00001..J00002): a triggered {@code refer ends} is the
 * decision, built once per code; a triggered {@code refer beside} is listed with the tier's
 * decision, once; a reminder without a trigger decides nothing. The interpreter agrees.
 */
class HandoverTest {
  private static final List<Standard> FEATURES = Sources.compile(Sources.FEATURES);
  private static final Standards GENERATED =
      Standards.load(InMemoryJavac.compile(new JavaGenerator("test.handover").generate(FEATURES)));
  private static final Standards INTERPRETED = Interpreter.standards(FEATURES);
  private static final String POLICE = "构成违反治安管理行为的，由公安机关依法处罚";

  @Test
  void anEndingReferralHandsTheCaseOverWithoutATier() {
    Decision decision = GENERATED.evaluate("J00002", facts(true, true, "5000"));
    assertTrue(decision.handedOver());
    assertEquals("J00002", decision.tierCode());
    assertEquals(List.of(new Sanction.Referral("构成犯罪的，依法追究刑事责任 */ \"")), decision.sanctions());
    assertEquals("", decision.officialText());
    assertSame(decision, GENERATED.evaluate("J00002", facts(true, false, "0")), "one decision per code, built once");
    assertEquals(INTERPRETED.evaluate("J00002", facts(true, true, "5000")), decision);
  }

  @Test
  void aBesideReferralIsListedWithTheTierOnce() {
    Decision fined = GENERATED.evaluate("J00001", facts(false, true, "5000"));
    assertFalse(fined.handedOver());
    assertEquals("J00001D010", fined.tierCode());
    assertEquals(new Sanction.Referral(POLICE), fined.sanctions().get(fined.sanctions().size() - 1));
    // D020 lists the same referral itself: not a second time.
    Decision warned = GENERATED.evaluate("J00001", facts(false, true, "0"));
    assertEquals(1, warned.sanctions().stream().filter(s -> s.equals(new Sanction.Referral(POLICE))).count());
    assertEquals(INTERPRETED.evaluate("J00001", facts(false, true, "5000")), fined);
    assertEquals(INTERPRETED.evaluate("J00001", facts(false, true, "0")), warned);
  }

  @Test
  void aReminderWithoutTriggerDecidesNothing() {
    Decision decision = GENERATED.evaluate("J00001", facts(false, false, "5000"));
    assertEquals("J00001D010", decision.tierCode());
    assertTrue(decision.sanctions().stream().noneMatch(s -> s instanceof Sanction.Referral), decision.sanctions().toString());
  }

  private static Map<String, Object> facts(boolean crime, boolean police, String income) {
    return Map.of("crime", crime, "police", police, "income", new BigDecimal(income));
  }
}
