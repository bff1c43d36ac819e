package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * An act before every version, discovered after the limitation: the version in force on the
 * decision's day must still decide, since whether it refers the case (第二十七条, not barred by
 * 第三十六条) depends on the facts — the runtime answered NOT_COVERED_AT_ACT or TIME_BARRED where
 * eval refused, and the other way round (integrator's and legal author's re-checks).
 */
class TimeBarredFactsTest {
  private static final LocalDate ACT = LocalDate.of(2020, 6, 1);
  private static final GeneralFacts DISCOVERED = GeneralFacts.NONE.dated(ACT, LocalDate.of(2023, 7, 1));

  @Test
  void theDecisionDaysVersionStillNeedsItsFacts() {
    Standards standards = Standards.load();
    InvalidFactsException later = assertThrows(InvalidFactsException.class, () -> standards.evaluate("E06401",
        Map.of("minor", "否"), ACT, LocalDate.of(2024, 2, 1), DISCOVERED));
    assertTrue(later.getMessage().contains("缺少事实"), later.getMessage());
    InvalidFactsException none = assertThrows(InvalidFactsException.class, () -> standards.evaluate("E05403",
        Map.of(), ACT, LocalDate.of(2026, 2, 1), DISCOVERED));
    assertTrue(none.getMessage().contains("缺少事实 minor"), none.getMessage());
  }

  /** The earliest version's orders, as eval says them (VersionCommandsTest). */
  @Test
  void anActBeforeEveryVersionBarredSaysTheEarliestVersionsOrders() {
    org.cailiang.runtime.TimedCaseDecision barred = Standards.load().evaluate("E05403",
        Map.of("minor", "否", "again", "否"), ACT, LocalDate.of(2026, 2, 1), DISCOVERED);
    assertTrue(barred.timeBarred().isPresent());
    assertTrue(barred.timeBarred().get().unresolved().get(0).startsWith("追责时效只限于行政处罚（《中华人民共和国行政处罚法》第三十六条）；"
        + "阶次中的予以取缔不是行政处罚"), barred.timeBarred().get().unresolved().toString());
  }
}
