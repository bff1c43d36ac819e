package org.cailiang.dsl.versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;

/**
 * The versions of one standard in time: standards linked by {@code supersedes}, oldest first.
 * A standard that supersedes none and is superseded by none is a chain of one.
 */
public final class Versions {
  private Versions() {}

  /**
   * Every chain of versions of these standards, each oldest first, in the order of their
   * oldest version. A link to an unknown standard, a fork or a cycle is reported by the checks;
   * here such a link is cut, so every standard is in exactly one chain.
   */
  public static List<List<Standard>> chains(List<Standard> standards) {
    Map<String, Standard> byId = new LinkedHashMap<>();
    standards.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<String, Standard> successor = new HashMap<>();
    for (Standard standard : byId.values()) {
      standard.supersedes().map(Ref::name).filter(byId::containsKey)
          .ifPresent(old -> successor.putIfAbsent(old, standard));
    }
    Set<String> placed = new HashSet<>();
    List<List<Standard>> chains = new ArrayList<>();
    for (Standard standard : byId.values()) {
      if (placed.contains(standard.id()) || hasPredecessor(standard, byId, successor)) {
        continue;
      }
      List<Standard> chain = new ArrayList<>();
      for (Standard s = standard; s != null && placed.add(s.id()); s = successor.get(s.id())) {
        chain.add(s);
      }
      chains.add(List.copyOf(chain));
    }
    // What is left lies on a cycle: each such standard is its own chain.
    for (Standard standard : byId.values()) {
      if (placed.add(standard.id())) {
        chains.add(List.of(standard));
      }
    }
    return chains;
  }

  private static boolean hasPredecessor(
      Standard standard, Map<String, Standard> byId, Map<String, Standard> successor) {
    return standard.supersedes().map(Ref::name).filter(byId::containsKey)
        .filter(old -> successor.get(old) == standard).isPresent();
  }

  /** The chain this standard belongs to. */
  public static List<Standard> chainOf(Standard standard, List<Standard> standards) {
    for (List<Standard> chain : chains(standards)) {
      if (chain.contains(standard)) {
        return chain;
      }
    }
    return List.of(standard);
  }

  /**
   * The last day a version of a chain is in force: the day before its repeal, or else the day
   * before its successor takes effect; empty when open-ended.
   */
  public static Optional<LocalDate> lastDay(List<Standard> chain, int index) {
    Standard version = chain.get(index);
    if (version.validity().repealed().isPresent()) {
      return version.validity().repealed().map(d -> d.minusDays(1));
    }
    if (index + 1 < chain.size()) {
      return chain.get(index + 1).validity().effective().map(d -> d.minusDays(1));
    }
    return Optional.empty();
  }

  /** The version of the chain in force on this day, if any. */
  public static Optional<Standard> inForce(List<Standard> chain, LocalDate day) {
    for (int i = 0; i < chain.size(); i++) {
      Optional<LocalDate> first = chain.get(i).validity().effective();
      Optional<LocalDate> last = lastDay(chain, i);
      if (first.map(f -> !day.isBefore(f)).orElse(true) && last.map(l -> !day.isAfter(l)).orElse(true)) {
        return Optional.of(chain.get(i));
      }
    }
    return Optional.empty();
  }

  /** {@code example_security（2024-01-01 至 2025-12-31）}. */
  public static String describe(List<Standard> chain, int index) {
    Standard version = chain.get(index);
    String from = version.validity().effective().map(LocalDate::toString).orElse("不定");
    String to = lastDay(chain, index).map(LocalDate::toString).orElse("今");
    return version.id() + "（" + from + " 至 " + to + "）";
  }
}
