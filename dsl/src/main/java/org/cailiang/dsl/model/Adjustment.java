package org.cailiang.dsl.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one effect moves a tier's fine range, as the standard states it: 从轻 to the lower
 * {@code percent} of the range, 从重 to the upper {@code percent}, 减轻 below the statutory
 * minimum down to {@code percent} of it (the floor).
 *
 * @param percent a percentage, e.g. 50 for {@code 50%}
 */
public record Adjustment(
    Effect.Kind effect, Mode mode, BigDecimal percent, String basis, SourceSpan span) {
  public Adjustment {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }

  /** Which part of the range the effect moves to. */
  public enum Mode {
    /** The lower part: from the minimum up to this share of the range. */
    LOWER,
    /** The upper part: this share of the range below the maximum, up to the maximum. */
    UPPER,
    /** Below the minimum: from this share of the minimum up to the minimum. */
    FLOOR
  }
}
