package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.shop.Shop2026_X00001Violation;
import it.shop.X00001Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.DatesRequiredException;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedDecision;
import org.junit.jupiter.api.Test;

class VersionsTest {
  @Test
  void bothVersionsAreGeneratedAndEachDecidesUnderItsOwnText() {
    assertEquals("X00001B020（情节较轻）：依据《测试条例（旧）》第十条，对个人处500元以下罚款。",
        X00001Violation.X00001.evaluate(new X00001Violation.Facts(true)).explain());
    assertEquals("X00001B020（情节较轻）：依据《测试条例（新）》第十二条，对个人处1000元以下罚款。",
        Shop2026_X00001Violation.X00001.evaluate(new Shop2026_X00001Violation.Facts(true, false)).explain());
  }

  @Test
  void theRegistryLoadsBothAndChoosesTheVersionByDate() {
    Standards standards = Standards.load();
    assertEquals(List.of("shop", "shop_2026"), standards.standards().stream().map(Standard::id).toList());
    assertEquals("shop", standards.standard("shop_2026").orElseThrow().supersedes());
    Map<String, Object> again = Map.of("minor", false, "again", true);
    assertThrows(DatesRequiredException.class, () -> standards.evaluate("X00001", again));
    // "Again within a year" is a tier of the 2026 version only: an earlier act falls under 一般.
    TimedDecision before = standards.evaluate(
        "X00001", again, LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-20"));
    assertEquals("shop", before.applied().get(0).version());
    assertEquals("X00001B010", before.applied().get(0).decision().tierCode());
    TimedDecision after = standards.evaluate(
        "X00001", again, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-20"));
    assertEquals("shop_2026", after.applied().get(0).version());
    assertEquals("X00001B030", after.applied().get(0).decision().tierCode());
  }
}
