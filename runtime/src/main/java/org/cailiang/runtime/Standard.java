package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A compiled discretion standard, found on the class path through {@link java.util.ServiceLoader}
 * by {@link Standards}. Generated standards implement it.
 */
public interface Standard {

  /** {@return the standard's id, as declared in its source} */
  String id();

  /** {@return the standard's official title} */
  String title();

  /** {@return the authority that issued it (制定机关)} */
  String authority();

  /** {@return the region it applies to} */
  String region();

  /**
   * The id of the standard this one is a later version of, or empty. Versions of one standard
   * share their codes; {@link Standards#evaluate(String, java.util.Map, LocalDate, LocalDate)}
   * chooses between them by date.
   *
   * @return the superseded version's id, or {@code ""}
   */
  default String supersedes() {
    return "";
  }

  /**
   * The first day this version is in force (施行, inclusive); empty when it gives none, which
   * means in force since ever.
   *
   * @return the day it takes effect
   */
  default Optional<LocalDate> effective() {
    return Optional.empty();
  }

  /**
   * The first day this version is no longer in force (废止); empty when not repealed. Without it,
   * a version is in force until the day before its successor's {@link #effective()}.
   *
   * @return the day it is repealed
   */
  default Optional<LocalDate> repealed() {
    return Optional.empty();
  }

  /** {@return its 文号, e.g. 北京市人民政府令第185号; empty when not given} */
  default String document() {
    return "";
  }

  /** {@return every violation code of the standard, one entry per code, in source order} */
  List<Violation> violations();
}
