package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.shop.X00001_X00002Violation;
import java.math.BigDecimal;
import org.cailiang.runtime.Decision;
import org.junit.jupiter.api.Test;

/**
 * Built under -Dfile.encoding=GBK without sourceEncoding. This file is ASCII (Chinese as unicode
 * escapes) so that it means the same under GBK; the generated sources must too.
 */
class GbkTest {
  @Test
  void explainIsTheChineseOfTheStandard() {
    Decision decision = X00001_X00002Violation.X00001.evaluate(
        new X00001_X00002Violation.Facts(BigDecimal.ZERO, X00001_X00002Violation.Setter.UNIT));
    String explain = decision.explain();
    assertTrue(explain.startsWith("X00001B020\uff08\u6ca1\u6709\u8fdd\u6cd5\u6240\u5f97\uff0c\u5355\u4f4d\uff09\uff1a\u4f9d\u636e\u300a\u6d4b\u8bd5\u6761\u4f8b\u300b\u7b2c\u5341\u6761"), explain);
    assertTrue(explain.contains("\u5bf9\u5355\u4f4d\u59045000\u5143\u4ee5\u4e0b\u7f5a\u6b3e"), explain);
    assertEquals("\u5355\u4f4d", X00001_X00002Violation.Setter.UNIT.label());
  }
}
