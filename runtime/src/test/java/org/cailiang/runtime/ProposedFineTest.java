package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A proposed fine is an amount like any other of a case: yuan to the fen, not negative. */
class ProposedFineTest {
  @Test
  void aFineToTheFenIsKeptAndOneFinerOrNegativeIsRefused() {
    assertEquals(Optional.of(new BigDecimal("500.10")),
        GeneralFacts.NONE.proposing(new BigDecimal("500.10")).proposedFine());
    assertEquals(Optional.of(new BigDecimal("500.000")),
        GeneralFacts.NONE.proposing(new BigDecimal("500.000")).proposedFine());
    IllegalArgumentException finer = assertThrows(IllegalArgumentException.class,
        () -> GeneralFacts.NONE.proposing(new BigDecimal("500.001")));
    assertEquals("拟罚款精度不能小于分（0.01元）：500.001", finer.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GeneralFacts.NONE.proposing(new BigDecimal("-1")));
    // Hostile magnitudes are refused at once with a short message, never written out in full.
    for (String hostile : new String[] {"1E-2100000000", "1E+2100000000"}) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> GeneralFacts.NONE.proposing(new BigDecimal(hostile)));
      org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }
    assertEquals(Optional.of(BigDecimal.ZERO), GeneralFacts.NONE.proposing(BigDecimal.ZERO).proposedFine());
    // A null says which argument it was, as every other null the runtime refuses.
    assertEquals("fine", assertThrows(NullPointerException.class, () -> GeneralFacts.NONE.proposing(null)).getMessage());
    assertEquals("act", assertThrows(NullPointerException.class,
        () -> GeneralFacts.NONE.dated(null, java.time.LocalDate.of(2024, 1, 1))).getMessage());
    assertEquals("discovery", assertThrows(NullPointerException.class,
        () -> GeneralFacts.NONE.dated(java.time.LocalDate.of(2024, 1, 1), null)).getMessage());
  }
}
