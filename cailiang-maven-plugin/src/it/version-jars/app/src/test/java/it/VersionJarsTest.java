package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.shop.Shop;
import it.shop.Shop2026;
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

/** Two jars, one per version of a standard, on one class path: the same code at two dates. */
class VersionJarsTest {
  private static final Standards STANDARDS = Standards.load();
  private static final Map<String, Object> MINOR = Map.of("minor", true, "again", false);

  @Test
  void bothJarsAreFoundAndLinkedAsVersions() {
    assertEquals(List.of("shop", "shop_2026"),
        STANDARDS.standards().stream().map(Standard::id).toList());
    assertEquals(LocalDate.of(2026, 1, 1), Shop2026.EFFECTIVE);
    assertEquals(Shop.ID, STANDARDS.standard(Shop2026.ID).orElseThrow().supersedes());
    assertThrows(DatesRequiredException.class, () -> STANDARDS.evaluate("X00001", MINOR));
  }

  @Test
  void anActBeforeTheRevisionDecidedAfterItKeepsTheOldLighterRange() {
    TimedDecision decision = STANDARDS.evaluate(
        "X00001", MINOR, LocalDate.parse("2025-12-01"), LocalDate.parse("2026-02-01"));
    assertEquals(TimedDecision.Ground.OLD_NOT_LIGHTER, decision.ground());
    assertTrue(decision.explanation().contains("第三十七条"), decision.explanation());
    assertEquals("X00001B020（情节较轻）：依据《测试条例（旧）》第十条，对个人处500元以下罚款。",
        decision.applied().get(0).decision().explain());
  }

  @Test
  void anActAfterTheRevisionIsDecidedUnderTheNewVersion() {
    TimedDecision decision = STANDARDS.evaluate(
        "X00001", MINOR, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-01"));
    assertEquals(TimedDecision.Ground.IN_FORCE, decision.ground());
    assertEquals("shop_2026", decision.applied().get(0).version());
    assertEquals("X00001B020（情节较轻）：依据《测试条例（新）》第十二条，对个人处1000元以下罚款。",
        decision.applied().get(0).decision().explain());
  }

  @Test
  void theTypedClassOfTheVersionInForceIsFoundByDate() {
    assertInstanceOf(X00001Violation.class,
        STANDARDS.inForce("X00001", LocalDate.parse("2025-12-01")));
    if (STANDARDS.inForce("X00001", LocalDate.parse("2026-02-01"))
        instanceof Shop2026_X00001Violation typed) {
      assertEquals("X00001B030",
          typed.evaluate(new Shop2026_X00001Violation.Facts(false, true)).tierCode());
    } else {
      throw new AssertionError("2026-02-01 is under shop_2026");
    }
  }
}
