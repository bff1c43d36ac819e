package org.cailiang.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique Java member names within one class for names from a standard: two source names that
 * mend to the same Java name ({@code unit} and {@code UNIT} as constants) get distinct ones.
 */
final class MemberNames {
  private final Set<String> taken = new HashSet<>();
  /** Shared sets of names no member may take (the package's types): looked up, not copied. */
  private final List<Set<String>> reserved = new ArrayList<>();
  private final Map<String, String> bySource = new HashMap<>();

  MemberNames(String... reserved) {
    taken.addAll(Set.of(reserved));
  }

  /**
   * Takes these names, for no source name to get one. The set is kept, not copied: every class
   * of a standard of thousands reserves the same names of the package's types.
   */
  void reserve(Set<String> names) {
    reserved.add(names);
  }

  private boolean isReserved(String name) {
    for (Set<String> names : reserved) {
      if (names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The Java name for {@code source}, allocated from {@code wanted} on first request. */
  String name(String source, String wanted) {
    return bySource.computeIfAbsent(source, s -> {
      String name = wanted;
      for (int n = 2; isReserved(name) || !taken.add(name); n++) {
        name = wanted + "_" + n;
      }
      return name;
    });
  }
}
