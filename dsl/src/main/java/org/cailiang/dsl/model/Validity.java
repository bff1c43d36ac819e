package org.cailiang.dsl.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a standard or a regulation is law: 公布、施行、废止 and its 文号. A version is in force from
 * {@code effective} (inclusive, 自施行之日起) up to the day before {@code repealed}: the repeal
 * date is the first day it no longer applies, so a successor taking effect that day leaves
 * neither a gap nor an overlap.
 *
 * @param published the day it was published (公布), if given
 * @param effective the first day in force (施行), if given
 * @param repealed the first day no longer in force (废止), if given
 * @param document its 文号 (e.g. 北京市人民政府令第185号), empty when not given
 */
public record Validity(
    Optional<LocalDate> published,
    Optional<LocalDate> effective,
    Optional<LocalDate> repealed,
    String document) {

  /** Nothing known about time: in force always. */
  public static final Validity UNDATED =
      new Validity(Optional.empty(), Optional.empty(), Optional.empty(), "");

  public Validity {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(repealed, "repealed");
    Objects.requireNonNull(document, "document");
  }

  /** Whether it is in force on this day: effective (inclusive) to repealed (exclusive). */
  public boolean inForceOn(LocalDate day) {
    return effective.map(e -> !day.isBefore(e)).orElse(true)
        && repealed.map(r -> day.isBefore(r)).orElse(true);
  }
}
