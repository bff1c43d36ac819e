package org.cailiang.runtime.internal;

import static org.cailiang.runtime.internal.PartialFacts.FALSE;
import static org.cailiang.runtime.internal.PartialFacts.TRUE;
import static org.cailiang.runtime.internal.PartialFacts.UNKNOWN;
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
 * The three-valued logic and the needed-fact bookkeeping that generated code uses when facts are
 * left out: Kleene's tables written out by hand, and which missing facts a refusal names.
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
  void andIsFalseWhenAnyOperandIsElseUnknownWhenAnyIs() {
    assertEquals(TRUE, PartialFacts.and());
    assertEquals(TRUE, PartialFacts.and(TRUE, TRUE));
    assertEquals(UNKNOWN, PartialFacts.and(TRUE, UNKNOWN));
    assertEquals(UNKNOWN, PartialFacts.and(UNKNOWN, TRUE));
    assertEquals(FALSE, PartialFacts.and(UNKNOWN, FALSE));
    assertEquals(FALSE, PartialFacts.and(FALSE, UNKNOWN));
    assertEquals(FALSE, PartialFacts.and(TRUE, FALSE));
  }

  @Test
  void orIsTrueWhenAnyOperandIsElseUnknownWhenAnyIs() {
    assertEquals(FALSE, PartialFacts.or());
    assertEquals(FALSE, PartialFacts.or(FALSE, FALSE));
    assertEquals(UNKNOWN, PartialFacts.or(FALSE, UNKNOWN));
    assertEquals(UNKNOWN, PartialFacts.or(UNKNOWN, FALSE));
    assertEquals(TRUE, PartialFacts.or(UNKNOWN, TRUE));
    assertEquals(TRUE, PartialFacts.or(TRUE, UNKNOWN));
    assertEquals(TRUE, PartialFacts.or(FALSE, TRUE));
  }

  @Test
  void notSwapsKnownValuesAndKeepsUnknown() {
    assertEquals(FALSE, PartialFacts.not(TRUE));
    assertEquals(TRUE, PartialFacts.not(FALSE));
    assertEquals(UNKNOWN, PartialFacts.not(UNKNOWN));
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
  void aTierAppliesOnlyWhenItsTestIsTrueAndNeedsItsMissingFactsOnlyWhenUnknown() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS, Map.of("income", "100"));
    PartialFacts partial = new PartialFacts("C1", SPECS, reader);
    assertTrue(partial.applies(TRUE, 0, 1));
    assertFalse(partial.applies(FALSE, 0, 1));
    assertTrue(partial.noneNeeded(), "a test decided either way needs nothing");
    assertFalse(partial.applies(UNKNOWN, 1));
    assertTrue(partial.noneNeeded(), "income was given");
    assertFalse(partial.applies(UNKNOWN, 2, 1));
    InvalidFactsException refused =
        assertThrows(InvalidFactsException.class, partial::requireNoneNeeded);
    assertEquals(List.of("count"), refused.problems().stream().map(FactProblem::fact).toList());
  }

  @Test
  void theValuesAreTheGivenOnesWithTheMissingNull() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS, Map.of("income", "100", "count", 3));
    PartialFacts partial = new PartialFacts("C1", SPECS, reader);
    assertArrayEquals(new Object[] {null, new BigDecimal("100"), 3L}, partial.values());
  }
}
