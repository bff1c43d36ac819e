package org.cailiang.dsl.versions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;

/**
 * The versions of one standard in time: standards linked by {@code supersedes}, oldest first
 * (which version is in force when is the runtime's {@code VersionChain}, through {@link
 * org.cailiang.dsl.eval.LawInTime}).
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
}
