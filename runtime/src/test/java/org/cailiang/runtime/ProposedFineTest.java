package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A proposed fine is an amount like any other of a case: yuan to the fen, positive. */
class ProposedFineTest {
  @Test
  void aFineToTheFenIsKeptAndOneFinerOrNegativeIsRefused() {
    assertEquals(Optional.of(new BigDecimal("500.1")),
        GeneralFacts.NONE.proposing(new BigDecimal("500.10")).proposedFine());
    assertEquals(Optional.of(new BigDecimal("500")),
        GeneralFacts.NONE.proposing(new BigDecimal("500.000")).proposedFine());
    // Integrator's review: facts equal whatever the scale the fine was written with (a cache key).
    assertEquals(GeneralFacts.NONE.proposing(new BigDecimal("300")),
        GeneralFacts.NONE.proposing(new BigDecimal("300.00")));
    assertEquals(Optional.of(new BigDecimal("30000")),
        GeneralFacts.NONE.proposing(new BigDecimal("3E+4")).proposedFine());
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
    // Integrator's review: 0 passed and made 简易程序 适用; no fine is no penalty.
    assertEquals("拟罚款须为正数：罚款0元不是处罚", assertThrows(IllegalArgumentException.class,
        () -> GeneralFacts.NONE.proposing(new BigDecimal("0.00"))).getMessage());
    // A null says which argument it was, in Chinese (integrator: "act", "circumstances").
    assertEquals("拟罚款（fine）为 null", assertThrows(NullPointerException.class, () -> GeneralFacts.NONE.proposing(null)).getMessage());
    assertEquals("违法行为发生之日（act）为 null", assertThrows(NullPointerException.class,
        () -> GeneralFacts.NONE.dated(null, java.time.LocalDate.of(2024, 1, 1))).getMessage());
    assertEquals("发现之日（discovery）为 null", assertThrows(NullPointerException.class,
        () -> GeneralFacts.NONE.dated(java.time.LocalDate.of(2024, 1, 1), null)).getMessage());
    assertTrue(assertThrows(NullPointerException.class, () -> GeneralFacts.of(null)).getMessage()
        .startsWith("总则情节（circumstances）为 null"));
  }
}
