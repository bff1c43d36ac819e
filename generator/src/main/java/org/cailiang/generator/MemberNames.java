package org.cailiang.generator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unique Java member names within one class for names from a standard: two source names that
 * mend to the same Java name ({@code unit} and {@code UNIT} as constants) get distinct ones.
 */
final class MemberNames {
  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> bySource = new HashMap<>();

  MemberNames(String... reserved) {
    taken.addAll(Set.of(reserved));
  }

  /** Takes these names, for no source name to get one. */
  void reserve(Set<String> names) {
    taken.addAll(names);
  }

  /** The Java name for {@code source}, allocated from {@code wanted} on first request. */
  String name(String source, String wanted) {
    return bySource.computeIfAbsent(source, s -> {
      String name = wanted;
      for (int n = 2; !taken.add(name); n++) {
        name = wanted + "_" + n;
      }
      return name;
    });
  }
}
