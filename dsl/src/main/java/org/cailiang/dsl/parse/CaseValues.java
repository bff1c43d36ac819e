package org.cailiang.dsl.parse;

import org.cailiang.dsl.model.Literal;

/** The values a case may give a fact in the words of a case file: 是 and 否 for booleans. */
final class CaseValues {
  private CaseValues() {}

  /**
   * {@code 是}/{@code 否} (bare or quoted) as {@code true}/{@code false}, as {@code eval} reads
   * them; an enum fact whose values are called 是 and 否 still finds them (see FactType.Enum).
   */
  static Literal yesNo(Literal literal) {
    String text = literal instanceof Literal.Name name ? name.name()
        : literal instanceof Literal.Label label ? label.label() : null;
    if ("是".equals(text)) {
      return new Literal.Bool(true, literal.span());
    }
    if ("否".equals(text)) {
      return new Literal.Bool(false, literal.span());
    }
    return literal;
  }
}
