package org.cailiang.runtime;

import java.util.List;

/**
 * A compiled discretion standard, found on the class path through {@link java.util.ServiceLoader}
 * by {@link Standards}. Generated standards implement it.
 */
public interface Standard {

  /** The standard's id, as declared in its source. */
  String id();

  /** The standard's official title. */
  String title();

  /** The authority that issued it (制定机关). */
  String authority();

  /** The region it applies to. */
  String region();

  /**
   * The id of the standard this one is a later version of, or empty. Versions of one standard
   * share their codes; a registry indexes each code under the latest version that has it.
   */
  default String supersedes() {
    return "";
  }

  /** Every violation code of the standard, one entry per code, in source order. */
  List<Violation> violations();
}
