package org.cailiang.dsl.model;

import java.util.Objects;

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
    OFFSET("相互抵销，按原阶次幅度裁量"),
    /** 从重 first, then 从轻 or 减轻 on the result ({@code combine heavier-first}). */
    HEAVIER_FIRST("先从重，再在从重后的幅度内从轻或者减轻");

    private final String label;

    Rule(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
