package org.cailiang.runtime;

import java.math.BigDecimal;
import java.util.List;

/** Checks that generated {@code Facts} records apply to their components. */
public final class FactChecks {
  /** The greatest amount accepted: ten trillion yuan, far above any real case. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

  private FactChecks() {}

  /** Rejects a missing fact, naming it. */
  public static <T> T present(T value, String code, String id, String label) {
    if (value == null) {
      throw new InvalidFactsException(code, List.of("缺少事实 " + id + "（" + label + "）"));
    }
    return value;
  }

  /** Rejects a missing, negative, absurdly large or sub-fen amount, naming the fact. */
  public static BigDecimal amount(BigDecimal value, String code, String id, String label) {
    present(value, code, id, label);
    String problem = amountProblem(value);
    if (problem != null) {
      throw new InvalidFactsException(code, List.of("事实 " + id + "（" + label + "）" + problem));
    }
    return value;
  }

  /** Rejects a negative count, naming the fact. */
  public static long count(long value, String code, String id, String label) {
    if (value < 0) {
      throw new InvalidFactsException(
          code, List.of("事实 " + id + "（" + label + "）不能为负数：" + value));
    }
    return value;
  }

  /** Why an amount is not acceptable, or {@code null} when it is. */
  static String amountProblem(BigDecimal value) {
    if (value.signum() < 0) {
      return "不能为负数：" + value.toPlainString();
    }
    if (value.compareTo(MAX_AMOUNT) > 0) {
      return "超出可接受的金额（" + MAX_AMOUNT.toPlainString() + "元）：" + value.toPlainString();
    }
    if (value.stripTrailingZeros().scale() > 2) {
      return "精度不能小于分（0.01元）：" + value.toPlainString();
    }
    return null;
  }
}
