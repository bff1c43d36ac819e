package org.cailiang.dsl.model;

import java.math.BigDecimal;

/** A value compared with a fact in a condition. */
public sealed interface Literal {

  SourceSpan span();

  /** The literal as written, for messages. */
  String text();

  /** A bare name: an enum value's id. */
  record Name(String name, SourceSpan span) implements Literal {
    @Override
    public String text() {
      return name;
    }
  }

  /** A string: an enum value's label. */
  record Label(String label, SourceSpan span) implements Literal {
    @Override
    public String text() {
      return "\"" + label + "\"";
    }
  }

  /** A number, with any Chinese unit already applied ({@code 1万} is 10000). */
  record Number(BigDecimal value, String text, SourceSpan span) implements Literal {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value, SourceSpan span) implements Literal {
    @Override
    public String text() {
      return Boolean.toString(value);
    }
  }
}
