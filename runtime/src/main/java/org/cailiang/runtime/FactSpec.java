package org.cailiang.runtime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Describes one fact a violation is decided on, so that untyped callers can be checked.
 *
 * @param id the fact's identifier, the key in an untyped fact map
 * @param label the fact's official label
 * @param type the fact's type
 * @param values for an enumerated fact, its values in declaration order; empty otherwise
 */
public record FactSpec(String id, String label, Type type, List<Labelled> values) {

  /** The types a fact can have. */
  public enum Type {
    /** One of a fixed list of labelled values. */
    ENUM("枚举"),
    /** Yes or no. */
    BOOL("是否"),
    /** An exact amount of money in yuan, not negative ({@link java.math.BigDecimal}). */
    AMOUNT("金额（元）"),
    /** A whole number, not negative (a count of people, days, times). */
    INT("整数");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    /** {@return the Chinese name of the type} */
    public String label() {
      return label;
    }
  }

  /**
   * Copies {@code values}; requires the rest.
   *
   * @param id the fact's identifier, the key in an untyped fact map
   * @param label the fact's official label
   * @param type the fact's type
   * @param values for an enumerated fact, its values in declaration order; empty otherwise
   */
  public FactSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    values = List.copyOf(values);
  }

  /**
   * Facts in their official labels, for messages: {@code 设置主体 = 单位设置，造成危害后果 = 是}.
   *
   * @param specs the facts described
   * @param values the facts' values in the order of {@code specs}
   * @return the facts as {@code label = value}, joined with {@code ，}; {@code （无事实）} when
   *     there are none
   */
  public static String describe(List<FactSpec> specs, Object... values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < specs.size(); i++) {
      Object value = values[i];
      String shown = value instanceof Labelled l ? l.label()
          : value instanceof Boolean b ? (b ? "是" : "否")
          : value instanceof java.math.BigDecimal d ? d.toPlainString() + "元"
          : String.valueOf(value);
      text.append(i == 0 ? "" : "，").append(specs.get(i).label()).append(" = ").append(shown);
    }
    return text.length() == 0 ? "（无事实）" : text.toString();
  }

  /** {@return what a caller may pass for this fact, for error messages} */
  public String allowedValues() {
    // A switch expression, so that a new type does not compile until it is described here.
    return switch (type) {
      case ENUM -> enumValues();
      case BOOL -> "true（是）、false（否）";
      case AMOUNT -> "不为负数的金额（元），如 5000、1.5万";
      case INT -> "不为负数的整数";
    };
  }

  private String enumValues() {
    return values.stream()
        .map(value -> value.id() + "（" + value.label() + "）")
        .collect(Collectors.joining("、"));
  }
}
