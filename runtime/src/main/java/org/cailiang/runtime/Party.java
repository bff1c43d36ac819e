package org.cailiang.runtime;

import java.util.Objects;

/**
 * A party a sanction applies to, as the standard declares it.
 *
 * @param id the identifier used in the standard's source, e.g. {@code unit}
 * @param label the official label, e.g. {@code 单位主要负责人}
 */
public record Party(String id, String label) {
  /**
   * Requires both parts.
   *
   * @param id the identifier used in the standard's source, e.g. {@code unit}
   * @param label the official label, e.g. {@code 单位主要负责人}
   */
  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
