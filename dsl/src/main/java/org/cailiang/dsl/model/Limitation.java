package org.cailiang.dsl.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A limitation period (追责时效): an act not discovered within it is not punished.
 *
 * @param months the period in months (two years are 24)
 * @param when the circumstance under which this longer or shorter period applies, if any
 * @param effective the day the period took effect, if declared: an earlier act keeps the period of
 *     its day (《行政处罚法》第三十七条; supervisor: 2021's five years applied to an act of 2019)
 */
public record Limitation(int months, Optional<Ref> when, Optional<LocalDate> effective, String basis,
    SourceSpan span) {
  public Limitation {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }

  /** {@code 二年}, {@code 六个月}. */
  public String label() {
    return months % 12 == 0 ? (months / 12) + "年" : months + "个月";
  }
}
