package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.shop.X00001_X00002Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

class ShopTest {
  @Test
  void typedEvaluationComputesTheMultipleExactly() {
    Decision decision = X00001_X00002Violation.X00002.evaluate(
        new X00001_X00002Violation.Facts(new BigDecimal("1234.56"), X00001_X00002Violation.Setter.UNIT));
    assertEquals("X00002B010", decision.tierCode());
    Sanction.Fine fine = (Sanction.Fine) decision.sanctions().get(1);
    assertEquals(new MoneyRange(new BigDecimal("1234.56"), new BigDecimal("3703.68")), fine.range());
  }

  @Test
  void theRegistryFindsTheStandardByCode() {
    Decision decision = Standards.load().evaluate("X00001", Map.of("income", "0", "setter", "个人"));
    assertEquals("X00001B030（没有违法所得，个人）：依据《测试条例》第十条，对个人处2000元以下罚款。", decision.explain());
  }

  @Test
  void wrongFactsAreNamed() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> Standards.load().evaluate("X00001", Map.of("income", "-1", "setter", "公司")));
    assertEquals(2, e.messages().size(), e.getMessage());
  }
}
