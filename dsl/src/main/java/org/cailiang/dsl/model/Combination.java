package org.cailiang.dsl.model;

import java.util.Objects;
import java.util.Optional;

/** How lighter and heavier circumstances combine when both apply: the law leaves it to the standard. */
public record Combination(Rule rule, String basis, SourceSpan span) {
  public Combination {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }

  /** The rules a standard may choose. */
  public enum Rule {
    /** Lighter and heavier cancel out: the tier's range stays as it is ({@code combine offset}). */
    OFFSET("offset", "抵销", "相互抵销，按原阶次幅度裁量"),
    /** 从重 first, then 从轻 or 减轻 on the result ({@code combine heavier_first}). */
    HEAVIER_FIRST("heavier_first", "先从重", "先从重，再在从重后的幅度内从轻或者减轻");

    private final String keyword;
    private final String word;
    private final String label;

    Rule(String keyword, String word, String label) {
      this.keyword = keyword;
      this.word = word;
      this.label = label;
    }

    /** The keyword the source writes after {@code combine}. */
    public String keyword() {
      return keyword;
    }

    /** The Chinese word, which the source may write instead of the keyword. */
    public String word() {
      return word;
    }

    public String label() {
      return label;
    }

    /** The rule with this keyword or Chinese word, if any. */
    public static Optional<Rule> of(String written) {
      for (Rule rule : values()) {
        if (rule.keyword.equals(written) || rule.word.equals(written)) {
          return Optional.of(rule);
        }
      }
      return Optional.empty();
    }
  }
}
