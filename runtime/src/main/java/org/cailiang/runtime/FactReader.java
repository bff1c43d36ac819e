package org.cailiang.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an untyped fact map against a violation's {@link FactSpec}s. Every problem is collected
 * first, so the caller learns of all of them at once; generated code then reads the converted
 * values by position.
 */
public final class FactReader {
  private final Object[] values;

  /**
   * Checks and converts {@code facts}.
   *
   * @throws InvalidFactsException naming every missing, unknown or invalid fact
   */
  public FactReader(String code, List<FactSpec> specs, Map<String, ?> facts) {
    this(code, specs, facts, false);
  }

  /**
   * Checks and converts the facts given, leaving the missing ones {@code null} (listed by {@link
   * #missing()}) for an evaluator that decides without facts the result does not depend on.
   *
   * @throws InvalidFactsException naming every unknown or invalid fact
   */
  public static FactReader allowingMissing(String code, List<FactSpec> specs, Map<String, ?> facts) {
    return new FactReader(code, specs, facts, true);
  }

  private final List<String> missing = new ArrayList<>();

  /** The ids of the facts not given, when missing facts are allowed. */
  public List<String> missing() {
    return List.copyOf(missing);
  }

  /** The message for a missing fact that the decision depends on. */
  public static String missingProblem(FactSpec spec) {
    return "缺少事实 " + spec.id() + "（" + spec.label() + "），可取：" + spec.allowedValues();
  }

  private FactReader(String code, List<FactSpec> specs, Map<String, ?> facts, boolean allowMissing) {
    if (facts == null) {
      throw new InvalidFactsException(code, List.of("事实表为 null"));
    }
    List<String> problems = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>();
    for (Object key : facts.keySet()) {
      unknown.add(String.valueOf(key));
    }
    values = new Object[specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      FactSpec spec = specs.get(i);
      unknown.remove(spec.id());
      Object raw = facts.get(spec.id());
      if (raw == null) {
        if (allowMissing) {
          missing.add(spec.id());
        } else {
          problems.add(missingProblem(spec));
        }
        continue;
      }
      Object value = convert(spec, raw);
      if (value == null) {
        problems.add(
            "事实 " + spec.id() + "（" + spec.label() + "）的值无效：" + FactChecks.shown(raw) + "，可取：" + spec.allowedValues());
      } else if (value instanceof BigDecimal amount && FactChecks.amountProblem(amount) != null) {
        problems.add("事实 " + spec.id() + "（" + spec.label() + "）" + FactChecks.amountProblem(amount));
      } else if (value instanceof Long count && count < 0) {
        problems.add("事实 " + spec.id() + "（" + spec.label() + "）不能为负数：" + count);
      }
      values[i] = value;
    }
    for (String key : unknown) {
      problems.add("未知事实 " + FactChecks.shown(key) + "，本违法行为的事实有：" + ids(specs));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(code, problems);
    }
  }

  /** The enum fact at {@code index}, as the generated enum type. */
  public <E extends Enum<E> & Labelled> E enumValue(int index, Class<E> type) {
    return type.cast(values[index]);
  }

  /**
   * The fact at {@code index}, converted: a {@link Labelled} value, a {@link Boolean}, a {@link
   * BigDecimal} or a {@link Long}, by the fact's type.
   */
  public Object value(int index) {
    return values[index];
  }

  /** The boolean fact at {@code index}. */
  public boolean bool(int index) {
    return (Boolean) values[index];
  }

  /** The amount fact at {@code index}, in yuan. */
  public BigDecimal amount(int index) {
    return (BigDecimal) values[index];
  }

  /** The whole-number fact at {@code index}. */
  public long integer(int index) {
    return (Long) values[index];
  }

  private static String ids(List<FactSpec> specs) {
    List<String> ids = new ArrayList<>();
    for (FactSpec spec : specs) {
      ids.add(spec.id());
    }
    return String.join(", ", ids);
  }

  /** The value converted to the fact's type, or {@code null} when it cannot be. */
  private static Object convert(FactSpec spec, Object raw) {
    return switch (spec.type()) {
      case ENUM -> toValue(spec.values(), raw);
      case BOOL -> toBoolean(raw);
      case AMOUNT -> toAmount(raw);
      case INT -> toCount(raw);
    };
  }

  /**
   * The enum value {@code raw} names: by id first, then by label, then by Java constant name, so
   * that a spelling never picks another value just because that value comes first. (The compiler
   * already rejects values whose ids and labels can be confused; this order keeps the generated
   * constant names, which it does not see, from shadowing an id or a label.)
   */
  private static Labelled toValue(List<Labelled> values, Object raw) {
    for (Labelled value : values) {
      if (raw == value) {
        return value;
      }
    }
    if (!(raw instanceof CharSequence chars)) {
      return null;
    }
    String text = chars.toString();
    for (Labelled value : values) {
      if (text.equals(value.id())) {
        return value;
      }
    }
    for (Labelled value : values) {
      if (text.equals(value.label())) {
        return value;
      }
    }
    for (Labelled value : values) {
      if (value instanceof Enum<?> constant && text.equals(constant.name())) {
        return value;
      }
    }
    return null;
  }

  private static Boolean toBoolean(Object raw) {
    if (raw instanceof Boolean flag) {
      return flag;
    }
    String text = raw.toString().strip();
    if (text.equalsIgnoreCase("true") || text.equals("是")) {
      return Boolean.TRUE;
    }
    return text.equalsIgnoreCase("false") || text.equals("否") ? Boolean.FALSE : null;
  }

  private static BigDecimal toAmount(Object raw) {
    if (raw instanceof BigDecimal amount) {
      return amount;
    }
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof java.math.BigInteger whole) {
      return new BigDecimal(whole);
    }
    if (raw instanceof CharSequence text) {
      try {
        return Amounts.parse(text.toString());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null; // binary floating-point numbers are not exact money
  }

  private static Long toCount(Object raw) {
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof CharSequence text
        && text.length() <= Amounts.MAX_TEXT
        && text.toString().strip().matches("-?[0-9]{1,18}")) {
      return Long.parseLong(text.toString().strip());
    }
    return null;
  }
}
