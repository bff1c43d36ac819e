package org.cailiang.runtime.internal;

import static org.cailiang.runtime.internal.PartialFacts.FALSE;
import static org.cailiang.runtime.internal.PartialFacts.TRUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.junit.jupiter.api.Test;

/**
 * The needed-fact bookkeeping that generated code uses when facts are
 * left out: which missing facts a refusal names (the three-valued logic is PartialPlanTest's).
 */
class PartialFactsTest {
  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()),
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()));

  @Test
  void knownValuesAreTrueAndFalse() {
    assertEquals(TRUE, PartialFacts.of(true));
    assertEquals(FALSE, PartialFacts.of(false));
  }

  @Test
  void onlyMissingFactsAreNeededAndTheRefusalNamesThemInDeclarationOrder() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS, Map.of("income", "100"));
    PartialFacts partial = new PartialFacts("C1", SPECS, reader);
    assertTrue(partial.noneNeeded());
    partial.requireNoneNeeded(); // nothing needed yet: no refusal

    partial.need(1); // income was given
    assertTrue(partial.noneNeeded());
    partial.requireNoneNeeded();

    partial.need(2, 0); // count and harm were left out
    assertFalse(partial.noneNeeded());
    InvalidFactsException refused =
        assertThrows(InvalidFactsException.class, partial::requireNoneNeeded);
    assertEquals("C1", refused.code());
    assertEquals(List.of("harm", "count"),
        refused.problems().stream().map(FactProblem::fact).toList());
    assertTrue(refused.problems().stream().allMatch(p -> p.kind() == FactProblem.Kind.MISSING));
  }

  @Test
  void theValuesAreTheGivenOnesWithTheMissingNull() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS, Map.of("income", "100", "count", 3));
    PartialFacts partial = new PartialFacts("C1", SPECS, reader);
    assertArrayEquals(new Object[] {null, new BigDecimal("100"), 3L}, partial.values());
  }
}
