package org.cailiang.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The level of a regulation (法的位阶), as 《行政处罚法》第十条至第十四条 name them: what a
 * regulation may set depends on it.
 */
public enum LawLevel {
  LAW("法律"),
  ADMINISTRATIVE_REGULATION("行政法规"),
  LOCAL_REGULATION("地方性法规"),
  DEPARTMENT_RULE("部门规章"),
  LOCAL_GOVERNMENT_RULE("地方政府规章");

  private final String label;

  LawLevel(String label) {
    this.label = label;
  }

  /** The level as the law writes it: {@code 地方政府规章}. */
  public String label() {
    return label;
  }

  /** Whether it is a 规章 (第十三条、第十四条), which alone may carry a fine limit. */
  public boolean isRule() {
    return this == DEPARTMENT_RULE || this == LOCAL_GOVERNMENT_RULE;
  }

  /** The level written so in the source, if any. */
  public static Optional<LawLevel> of(String label) {
    return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
  }

  /** The labels, in the order of the law, for messages. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(LawLevel::label).toList();
  }
}
