package it.app;

import it.shop.X00001_X00002Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.cailiang.runtime.Standards;

/** Evaluations from inside a named module, typed and through the services. */
public final class Cases {
  private Cases() {}

  /**
   * A typed evaluation.
   *
   * @return the tier code
   */
  public static String direct() {
    return X00001_X00002Violation.X00001
        .evaluate(new X00001_X00002Violation.Facts(BigDecimal.ZERO, X00001_X00002Violation.Setter.UNIT))
        .tierCode();
  }

  /**
   * An evaluation of a standard found through ServiceLoader on the module path.
   *
   * @return the tier code
   */
  public static String loaded() {
    return Standards.load().evaluate("X00002", Map.of("income", "1", "setter", "unit")).tierCode();
  }
}
