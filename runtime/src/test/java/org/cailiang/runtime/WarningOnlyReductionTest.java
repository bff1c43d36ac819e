package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.junit.jupiter.api.Test;

/**
 * 减轻 of a tier that only warns: there is no amount to go below the statutory minimum, so the
 * outcome says the officer decides (docs/language.md §18.2), as for a fine without a minimum.
 */
class WarningOnlyReductionTest {
  private static final Party PERSON = new Party("individual", "个人");
  private static final String NOTE = "处罚只有警告或者通报批评，没有可在法定最低限以下减轻的数额";

  private static final GeneralRules RULES = new GeneralRules("总则",
      List.of(new Circumstance("minor", "已满十四周岁不满十八周岁",
              Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER_OR_REDUCED)), "第三十条"),
          new Circumstance("light", "从轻情节", Optional.of(new GeneralEffect(Modality.SHALL, Kind.LIGHTER)), "")),
      List.of(new Adjustment(Kind.LIGHTER, Adjustment.Mode.LOWER, BigDecimal.valueOf(50), ""),
          new Adjustment(Kind.REDUCED, Adjustment.Mode.FLOOR, BigDecimal.valueOf(50), "")),
      Optional.empty(), List.of(), List.of(), Map.of("individual", GeneralRules.PartyKind.PERSON));

  private static CaseDecision decide(String circumstance, Sanction... sanctions) {
    Decision tier = new Decision("s", "C1B1", "轻微", List.of(sanctions), List.of(), "原文");
    return RULES.decide(tier, GeneralFacts.of(Set.of(circumstance)), Statute.of(tier.sanctions()));
  }

  @Test
  void aWarningAloneCannotBeReducedAndTheOfficerIsToldSo() {
    CaseDecision warned = decide("minor", new Sanction.Warning(false));
    assertEquals(List.of(NOTE), warned.unresolved());
    assertEquals(List.of(new Sanction.Warning(false)), warned.sanctions());
    assertTrue(warned.needsOfficer());
    assertEquals(List.of(NOTE), decide("minor", new Sanction.Criticism(false)).unresolved());
  }

  @Test
  void aWarningBesideAFineIsReducedThroughTheFineAndFromQingNeedsNothing() {
    CaseDecision withFine = decide("minor", new Sanction.Warning(false),
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(200, 500), null, false));
    assertEquals(List.of(), withFine.unresolved());
    assertEquals(List.of(), decide("light", new Sanction.Warning(false)).unresolved(), "从轻 of a warning is the warning");
    assertEquals(List.of(), decide("minor", new Sanction.Warning(false), new Sanction.Alternative(List.of(
        new Sanction.Fine(List.of(PERSON), false, MoneyRange.of(200, 500), null, false),
        new Sanction.Warning(false)), false)).unresolved().stream().filter(NOTE::equals).toList(),
        "a fine among the options is an amount to reduce");
    assertEquals(List.of(), decide("minor", new Sanction.LicenceAction(
        Sanction.LicenceAction.Action.SUSPEND, "许可证", false)).unresolved(), "no warning, no such note");
  }
}
