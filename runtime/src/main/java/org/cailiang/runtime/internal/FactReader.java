package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.internal.Suggestions;

/**
 * Reads an untyped fact map against a violation's {@link FactSpec}s. Every problem is collected
 * first, so the caller learns of all of them at once; generated code then reads the converted
 * values by position.
 *
 * <p>Every string is trimmed of leading and trailing white space (as {@link String#strip()}
 * does, so full-width spaces too, and the no-break and zero-width spaces input methods leave,
 * {@link #stripped}) before it is read, whatever the fact's type: padded CHAR
 * columns read the same as their values. A valid map costs one lookup per fact and allocates
 * only the converted values; the unknown keys are looked for only when the map has more keys
 * than facts found. Generated code first tries {@link QuickFacts} on a map that gives every fact
 * and nothing else, and comes here for any other map.
 */
public final class FactReader {
  /** Blanks {@link String#strip()} keeps: no-break spaces (U+00A0, U+2007, U+202F), zero-width ones. */
  private static final String ALSO_BLANK = "\u00a0\u2007\u202f\u200b\ufeff";

  /**
   * The text without leading and trailing white space, the no-break and zero-width spaces too
   * (hostile check: 个人设置 with a U+00A0 after it, from an input method, was refused looking
   * like a valid value).
   *
   * @param text the text
   * @return it, stripped
   */
  public static String stripped(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (Character.isWhitespace(text.charAt(start)) || ALSO_BLANK.indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ALSO_BLANK.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  private final Object[] values;

  /**
   * Checks and converts {@code facts}.
   *
   * @param code the violation code, for messages
   * @param specs the violation's facts
   * @param facts the untyped facts
   * @throws InvalidFactsException naming every missing, unknown or invalid fact
   */
  public FactReader(String code, List<FactSpec> specs, Map<String, ?> facts) {
    this(code, specs, facts, false);
  }

  /**
   * Checks and converts the facts given, leaving the missing ones {@code null} (listed by {@link
   * #missing()}) for an evaluator that decides without facts the result does not depend on.
   *
   * @param code the violation code, for messages
   * @param specs the violation's facts
   * @param facts the untyped facts, some possibly left out
   * @return the reader
   * @throws InvalidFactsException naming every unknown or invalid fact
   */
  public static FactReader allowingMissing(String code, List<FactSpec> specs, Map<String, ?> facts) {
    return new FactReader(code, specs, facts, true);
  }

  /**
   * The ids of the facts not given, when missing facts are allowed.
   *
   * @return the ids, in declaration order
   */
  public List<String> missing() {
    return missing == null ? List.of() : List.copyOf(missing);
  }

  /**
   * Whether a fact was left out, without building {@link #missing()}'s list.
   *
   * @return true when some fact is missing
   */
  public boolean hasMissing() {
    return missing != null;
  }

  /**
   * The problem of a missing fact that the decision depends on.
   *
   * @param spec the fact
   * @return the problem
   */
  public static FactProblem missingProblem(FactSpec spec) {
    return missing(spec);
  }

  private List<String> missing;

  private FactReader(String code, List<FactSpec> specs, Map<String, ?> facts, boolean allowMissing) {
    if (facts == null) {
      throw InvalidFactsException.of(code, List.of(FactProblem.other("事实表为 null")));
    }
    List<FactProblem> problems = null;
    int found = 0;
    values = new Object[specs.size()];
    for (int i = 0; i < specs.size(); i++) {
      FactSpec spec = specs.get(i);
      Object raw = facts.get(spec.id());
      if (raw instanceof CharSequence text && text.toString().isBlank()) {
        raw = null; // a form's empty field: not given, as a key left out
      }
      FactProblem problem;
      if (raw == null && allowMissing) {
        missing = missing == null ? new ArrayList<>() : missing;
        missing.add(spec.id());
        continue;
      } else if (raw == null) {
        problem = missing(spec);
      } else {
        found++;
        Object value = convert(spec, raw);
        values[i] = value;
        problem = value == null ? invalid(spec, raw) : FactChecks.problem(spec, value);
      }
      if (problem != null) {
        problems = problems == null ? new ArrayList<>() : problems;
        problems.add(problem);
      }
    }
    if (found != facts.size()) {
      List<FactProblem> unknown = unknownKeys(specs, facts);
      if (!unknown.isEmpty()) {
        problems = problems == null ? new ArrayList<>() : problems;
        problems.addAll(unknown);
      }
    }
    if (problems != null) {
      throw InvalidFactsException.of(code, problems);
    }
  }

  /**
   * The problem of a fact not given. The one place that decides it, so that facts which may be
   * left out can be told apart here.
   */
  private static FactProblem missing(FactSpec spec) {
    return new FactProblem(spec.id(), FactProblem.Kind.MISSING, null, allowed(spec),
        "缺少事实 " + spec.id() + "（" + spec.label() + "），可取：" + spec.allowedValues());
  }

  private static FactProblem invalid(FactSpec spec, Object raw) {
    return new FactProblem(spec.id(), FactProblem.Kind.INVALID, FactChecks.shown(raw), allowed(spec),
        "事实 " + spec.id() + "（" + spec.label() + "）的值无效：" + FactChecks.shown(raw) + "，可取："
            + spec.allowedValues() + floatingPoint(spec, raw));
  }

  /** Why a double is no amount, which the value shown alone does not say (12345.67 is one). */
  private static String floatingPoint(FactSpec spec, Object raw) {
    return spec.type() == FactSpec.Type.AMOUNT && (raw instanceof Double || raw instanceof Float)
        ? "（" + raw.getClass().getSimpleName() + " 是二进制浮点数，不能精确表示金额：请传 BigDecimal、整数或文本，如 \"12345.67\"）"
        : "";
  }

  /**
   * Keys that are not facts of the violation, sorted, each with the nearest fact ids.
   *
   * @param specs the facts there are
   * @param facts the facts given
   * @return the problems, empty when every key is a fact
   */
  public static List<FactProblem> unknownKeys(List<FactSpec> specs, Map<String, ?> facts) {
    List<String> ids = new ArrayList<>();
    for (FactSpec spec : specs) {
      ids.add(spec.id());
    }
    TreeSet<String> unknown = new TreeSet<>();
    for (Object key : facts.keySet()) {
      if (!ids.contains(String.valueOf(key))) {
        unknown.add(String.valueOf(key));
      }
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    java.util.Map<String, String> labelled = new java.util.HashMap<>();
    specs.forEach(spec -> labelled.putIfAbsent(spec.label(), spec.id()));
    List<FactProblem> problems = new ArrayList<>();
    for (String key : unknown) {
      List<String> near = Suggestions.forFact(key.strip(), sorted, labelled);
      String message = "未知事实 " + FactChecks.shown(key) + (ids.isEmpty()
          ? "，本违法行为没有事实（不需要传入任何事实）"
          : "，本违法行为的事实有：" + String.join(", ", ids))
          + (near.isEmpty() ? "" : "；是否要写 " + String.join("、", near) + "？");
      List<String> allowed = new ArrayList<>(near);
      ids.stream().filter(id -> !near.contains(id)).forEach(allowed::add);
      Object value = facts.get(key);
      problems.add(new FactProblem(FactChecks.shown(key), FactProblem.Kind.UNKNOWN,
          value == null ? null : FactChecks.shown(value), allowed, message));
    }
    return problems;
  }

  /**
   * Whether every key of {@code facts} is a fact of {@code specs}: when not, lenient callers
   * pass on only the facts.
   *
   * @param specs the violation's facts
   * @param facts the untyped facts
   * @return the facts without unknown keys; {@code facts} itself when it has none
   */
  public static Map<String, ?> withoutUnknownKeys(List<FactSpec> specs, Map<String, ?> facts) {
    if (facts == null) {
      return null;
    }
    int known = 0;
    for (FactSpec spec : specs) {
      if (facts.containsKey(spec.id())) {
        known++;
      }
    }
    if (known == facts.size()) {
      return facts;
    }
    Map<String, Object> only = new HashMap<>();
    for (FactSpec spec : specs) {
      if (facts.containsKey(spec.id())) {
        only.put(spec.id(), facts.get(spec.id()));
      }
    }
    return only;
  }

  /** The values a fact allows, as {@link FactProblem#allowed()} lists them. */
  static List<String> allowed(FactSpec spec) {
    if (spec.type() != FactSpec.Type.ENUM) {
      return List.of(spec.allowedValues());
    }
    List<String> allowed = new ArrayList<>();
    for (Labelled value : spec.values()) {
      allowed.add(value.id() + "（" + value.label() + "）");
    }
    return allowed;
  }

  /**
   * The fact at {@code index}, converted: a {@link Labelled} value, a {@link Boolean}, a {@link
   * BigDecimal} or a {@link Long}, by the fact's type. An enum fact's value is the generated enum's
   * own constant, which generated code casts (a generic accessor cost javac inference per call).
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
    String text = stripped(chars.toString());
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
      if (value instanceof Enum<?> constant && text.equals(constant.name())
          || value instanceof ConstantNamed named && text.equals(named.constantName())) {
        return value;
      }
    }
    return null;
  }

  private static Boolean toBoolean(Object raw) {
    if (raw instanceof Boolean flag) {
      return flag;
    }
    String text = stripped(raw.toString());
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
    if (raw instanceof CharSequence chars) {
      String text = stripped(chars.toString());
      // A minus sign is read, so that "-5" is told it is negative rather than invalid.
      boolean negative = text.startsWith("-") || text.startsWith("－");
      try {
        BigDecimal amount = Amounts.parse(negative ? text.substring(1) : text);
        return negative ? amount.negate() : amount;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null; // binary floating-point numbers are not exact money
  }

  /** The largest count, as the typed {@code long} holds it (hostile check: 10¹⁸ was refused here). */
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);

  private static Long toCount(Object raw) {
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof CharSequence chars && chars.length() <= Amounts.MAX_TEXT) {
      // Full-width digits and minus, as typed beside Chinese text: read as amounts are.
      String text = Amounts.toHalfWidth(stripped(chars.toString()));
      text = text.startsWith("－") ? "-" + text.substring(1) : text;
      if (text.matches("-?[0-9]{1,19}")) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException beyondLong) {
          return null;
        }
      }
      if (!text.contains("元") && !text.startsWith("-")) {
        // 1万、3千 as a source's conditions write them (涉及人数 < 1万); a whole number only.
        try {
          BigDecimal count = Amounts.parse(text);
          if (count.stripTrailingZeros().scale() <= 0 && count.compareTo(MAX_COUNT) <= 0) {
            return count.longValueExact();
          }
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
      }
    }
    return null;
  }

  private FactReader(Object[] values, List<String> missing) {
    this.values = values;
    this.missing = missing;
  }

  /**
   * This reader with the facts at these positions read as {@code false} where they were left out:
   * 互斥 (exclusive) boolean facts beside one that holds cannot hold either.
   *
   * @param specs the violation's facts, for the ids still missing
   * @param indices positions of boolean facts
   * @return the reader; itself when none of them was left out
   */
  public FactReader leftOutAsFalse(List<FactSpec> specs, int... indices) {
    Object[] read = null;
    for (int index : indices) {
      if (values[index] == null) {
        read = read == null ? values.clone() : read;
        read[index] = Boolean.FALSE;
      }
    }
    if (read == null) {
      return this;
    }
    List<String> left = new ArrayList<>();
    for (int i = 0; i < read.length; i++) {
      if (read[i] == null) {
        left.add(specs.get(i).id());
      }
    }
    return new FactReader(read, left.isEmpty() ? null : left);
  }
}
