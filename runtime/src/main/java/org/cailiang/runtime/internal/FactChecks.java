package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;

/** Checks that generated {@code Facts} records apply to their components. */
public final class FactChecks {
  /** The greatest amount accepted: ten trillion yuan, far above any real case. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

  /** The most digits an amount may have: far more than the greatest amount to the fen. */
  static final int MAX_DIGITS = Amounts.MAX_TEXT;

  private static final String AMOUNTS = "不为负数的金额（元），如 5000、1.5万";
  private static final String COUNTS = "不为负数的整数";

  private FactChecks() {}

  /** Rejects a missing fact, naming it. */
  public static <T> T present(T value, String code, String id, String label) {
    if (value == null) {
      throw InvalidFactsException.of(code, List.of(new FactProblem(id, FactProblem.Kind.MISSING,
          null, List.of(), "缺少事实 " + id + "（" + label + "）")));
    }
    return value;
  }

  /** Rejects a missing, negative, absurdly large or sub-fen amount, naming the fact. */
  public static BigDecimal amount(BigDecimal value, String code, String id, String label) {
    present(value, code, id, label);
    String problem = amountProblem(value);
    if (problem != null) {
      throw InvalidFactsException.of(code, List.of(new FactProblem(id, amountKind(value),
          shown(value), List.of(AMOUNTS), "事实 " + id + "（" + label + "）" + problem)));
    }
    return value;
  }

  /** Rejects a negative count, naming the fact. */
  public static long count(long value, String code, String id, String label) {
    if (value < 0) {
      throw InvalidFactsException.of(code, List.of(new FactProblem(id, FactProblem.Kind.NEGATIVE,
          Long.toString(value), List.of(COUNTS), "事实 " + id + "（" + label + "）不能为负数：" + value)));
    }
    return value;
  }

  /**
   * The exception for facts that contradict an {@code exclusive} declaration of the standard:
   * two or more circumstances hold that cannot hold together, so there is no tier to pick.
   * Called only once the contradiction is found, so valid input allocates nothing.
   *
   * @param ids the declaration's facts, in order
   * @param labels their labels, in the same order
   * @param values their values, in the same order
   * @param reason the declaration's own words; may be empty
   */
  public static InvalidFactsException contradiction(
      String code, List<String> ids, List<String> labels, String reason, boolean... values) {
    StringBuilder holding = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      if (values[i]) {
        holding.append(holding.length() == 0 ? "" : "与 ")
            .append(ids.get(i)).append("（").append(labels.get(i)).append("）");
      }
    }
    List<String> holds = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (values[i]) {
        holds.add(ids.get(i));
      }
    }
    return InvalidFactsException.of(code, List.of(new FactProblem(String.join(",", holds),
        FactProblem.Kind.CONTRADICTION, null, List.of(),
        "事实 " + holding + "不能同时成立" + (reason.isEmpty() ? "" : "：" + reason))));
  }

  /**
   * The problem with a converted value of {@code spec}, or {@code null} when there is none.
   *
   * @param spec the fact
   * @param value its converted value
   */
  static FactProblem problem(FactSpec spec, Object value) {
    if (value instanceof BigDecimal amount) {
      String problem = amountProblem(amount);
      return problem == null ? null : new FactProblem(spec.id(), amountKind(amount), shown(amount),
          List.of(spec.allowedValues()), "事实 " + spec.id() + "（" + spec.label() + "）" + problem);
    }
    if (value instanceof Long count && count < 0) {
      return new FactProblem(spec.id(), FactProblem.Kind.NEGATIVE, count.toString(),
          List.of(spec.allowedValues()), "事实 " + spec.id() + "（" + spec.label() + "）不能为负数：" + count);
    }
    return null;
  }

  /** The kind of {@link #amountProblem(BigDecimal)}'s problem; only called when there is one. */
  private static FactProblem.Kind amountKind(BigDecimal value) {
    if (value.signum() < 0) {
      return FactProblem.Kind.NEGATIVE;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_AMOUNT.precision() || value.precision() > MAX_DIGITS
        || value.compareTo(MAX_AMOUNT) > 0) {
      return FactProblem.Kind.TOO_LARGE;
    }
    return FactProblem.Kind.TOO_PRECISE;
  }

  /**
   * Why an amount is not acceptable, or {@code null} when it is. Only the precision and scale
   * are looked at before the value is known to be small: {@code 1E+2100000000} written out, or
   * a million digits stripped of zeros, would cost minutes or all the memory.
   */
  public static String amountProblem(BigDecimal value) {
    if (value.signum() < 0) {
      return "不能为负数：" + shown(value);
    }
    if (value.signum() == 0) {
      return null;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_AMOUNT.precision() || value.compareTo(MAX_AMOUNT) > 0) {
      return "超出可接受的金额（" + MAX_AMOUNT.toPlainString() + "元）：" + shown(value);
    }
    if (value.precision() > MAX_DIGITS) {
      return "位数过多（" + value.precision() + " 位，最多 " + MAX_DIGITS + " 位）";
    }
    if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      return "精度不能小于分（0.01元）：" + shown(value);
    }
    return null;
  }

  /**
   * A value as a problem message shows it: whole when short, otherwise its start and its length,
   * so that a runaway input does not fill the message.
   */
  static String shown(Object value) {
    if (value instanceof BigDecimal amount) {
      if (amount.precision() > MAX_DIGITS) {
        return "（" + amount.precision() + " 位数字）";
      }
      // Plain when that is short; 1E+2100000000 stays in scientific notation.
      return Math.abs((long) amount.scale()) <= MAX_DIGITS ? amount.toPlainString() : amount.toString();
    }
    String text = String.valueOf(value);
    return text.length() <= MAX_DIGITS
        ? text
        : text.substring(0, MAX_DIGITS) + "…（共 " + text.length() + " 个字符）";
  }
}
