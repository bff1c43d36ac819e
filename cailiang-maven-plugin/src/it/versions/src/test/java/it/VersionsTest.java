package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.shop.Shop2026_X00001Violation;
import it.shop.X00001Violation;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
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
  void theRegistryLoadsBothAndIndexesTheSharedCodeUnderTheLaterVersion() {
    Standards standards = Standards.load();
    assertEquals(List.of("shop", "shop_2026"), standards.standards().stream().map(Standard::id).toList());
    assertEquals("shop", standards.standard("shop_2026").orElseThrow().supersedes());
    assertEquals("X00001B030",
        standards.evaluate("X00001", Map.of("minor", false, "again", true)).code());
  }
}
