package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.shop.Shop;
import it.shop.X00001_X00002Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/** This project has no cailiang sources: it only depends on the jar another project generated. */
class ConsumerTest {
  @Test
  void evaluatesByType() {
    assertEquals("X00001B020", X00001_X00002Violation.X00001
        .evaluate(new X00001_X00002Violation.Facts(BigDecimal.ZERO, X00001_X00002Violation.Setter.UNIT)).tierCode());
  }

  @Test
  void evaluatesByCodeString() {
    Standards standards = Standards.load();
    assertEquals(Shop.ID, standards.standards().get(0).id());
    assertEquals("X00002B010", standards.evaluate("X00002", Map.of("income", "1万", "setter", "unit")).tierCode());
  }
}
