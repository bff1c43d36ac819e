package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Joins labels and citations the way official Chinese texts do. */
final class Chinese {
  private Chinese() {}

  /** {@code 单位主要负责人、直接责任人员}. */
  static String labels(List<Party> parties) {
    List<String> labels = new ArrayList<>(parties.size());
    for (Party party : parties) {
      labels.add(party.label());
    }
    return String.join("、", labels);
  }

  /**
   * {@code 《A》第二十一条、第七条} — articles of one regulation share its title; several
   * regulations are joined by {@code 和}.
   */
  static String citations(List<Citation> citations) {
    Map<String, List<String>> byRegulation = new LinkedHashMap<>();
    for (Citation citation : citations) {
      byRegulation.computeIfAbsent(citation.regulation(), r -> new ArrayList<>()).add(citation.number());
    }
    List<String> parts = new ArrayList<>();
    byRegulation.forEach((regulation, numbers) -> parts.add("《" + regulation + "》" + String.join("、", numbers)));
    return String.join("和", parts);
  }
}
