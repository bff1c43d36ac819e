package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Versions linked by "supersedes" into chains, oldest first: one algorithm for the compiler's
 * checks (over its model) and for the runtime's choice of the law in force (over generated
 * standards), so the two cannot chain versions differently.
 */
public final class VersionLinks {
  private VersionLinks() {}

  /**
   * Every chain of these versions, each oldest first, in the order of their oldest version. A
   * link to an unknown id, a fork (the first successor in order wins) or a cycle is cut, so every
   * version is in exactly one chain; the compiler reports such links as errors.
   *
   * @param id a version's id
   * @param supersedes the id of the version it supersedes, {@code ""} when none
   */
  public static <T> List<List<T>> chains(
      List<T> versions, Function<? super T, String> id, Function<? super T, String> supersedes) {
    Map<String, T> byId = new LinkedHashMap<>();
    versions.forEach(v -> byId.putIfAbsent(id.apply(v), v));
    Map<String, T> successor = new HashMap<>();
    for (T version : byId.values()) {
      String old = supersedes.apply(version);
      if (byId.containsKey(old)) {
        successor.putIfAbsent(old, version);
      }
    }
    Set<String> placed = new HashSet<>();
    List<List<T>> chains = new ArrayList<>();
    for (T version : byId.values()) {
      boolean hasPredecessor = successor.get(supersedes.apply(version)) == version;
      if (placed.contains(id.apply(version)) || hasPredecessor) {
        continue;
      }
      List<T> chain = new ArrayList<>();
      for (T v = version; v != null && placed.add(id.apply(v)); v = successor.get(id.apply(v))) {
        chain.add(v);
      }
      chains.add(List.copyOf(chain));
    }
    // What is left lies on a cycle: each such version is its own chain.
    for (T version : byId.values()) {
      if (placed.add(id.apply(version))) {
        chains.add(List.of(version));
      }
    }
    return chains;
  }
}
