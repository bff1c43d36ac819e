package org.cailiang.dsl.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A limitation period (追责时效): an act not discovered within it is not punished.
 *
 * @param months the period in months (two years are 24)
 * @param when the circumstance under which this longer or shorter period applies, if any
 */
public record Limitation(int months, Optional<Ref> when, String basis, SourceSpan span) {
  public Limitation {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }

  /** {@code 二年}, {@code 六个月}. */
  public String label() {
    return months % 12 == 0 ? (months / 12) + "年" : months + "个月";
  }
}
