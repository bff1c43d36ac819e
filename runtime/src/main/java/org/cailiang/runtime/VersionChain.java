package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of one standard in time, oldest first: standards linked by {@link
 * Standard#supersedes()}. The same rules as the compiler's: a version is in force from its
 * effective date (inclusive) to the day before its repeal or else its successor's effective date.
 *
 * @param versions the versions, oldest first
 * @param firstDays each version's first day in force; null when it gives none
 * @param lastDays each version's last day in force; null when open-ended
 * @param firstKeys {@link #key} of each first day; {@link Long#MIN_VALUE} when none
 * @param lastKeys {@link #key} of each last day; {@link Long#MAX_VALUE} when open-ended
 */
record VersionChain(List<Standard> versions, LocalDate[] firstDays, LocalDate[] lastDays,
    long[] firstKeys, long[] lastKeys) {

  /**
   * Every chain of these standards, in the order of their oldest version. A link to an unknown
   * standard, a fork or a cycle (which the compiler's checks reject) is cut, so every standard is
   * in exactly one chain.
   */
  static List<VersionChain> of(List<Standard> standards) {
    Map<String, Standard> byId = new LinkedHashMap<>();
    standards.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<String, Standard> successor = new HashMap<>();
    for (Standard standard : byId.values()) {
      if (byId.containsKey(standard.supersedes())) {
        successor.putIfAbsent(standard.supersedes(), standard);
      }
    }
    Set<String> placed = new HashSet<>();
    List<VersionChain> chains = new ArrayList<>();
    for (Standard standard : byId.values()) {
      boolean hasPredecessor = successor.get(standard.supersedes()) == standard;
      if (placed.contains(standard.id()) || hasPredecessor) {
        continue;
      }
      List<Standard> chain = new ArrayList<>();
      for (Standard s = standard; s != null && placed.add(s.id()); s = successor.get(s.id())) {
        chain.add(s);
      }
      chains.add(of(chain.toArray(Standard[]::new)));
    }
    // What is left lies on a cycle: each such standard is its own chain.
    for (Standard standard : byId.values()) {
      if (placed.add(standard.id())) {
        chains.add(of(standard));
      }
    }
    return chains;
  }

  private static VersionChain of(Standard... chain) {
    LocalDate[] first = new LocalDate[chain.length];
    LocalDate[] last = new LocalDate[chain.length];
    long[] firstKeys = new long[chain.length];
    long[] lastKeys = new long[chain.length];
    for (int i = 0; i < chain.length; i++) {
      first[i] = chain[i].effective().orElse(null);
      Optional<LocalDate> end = chain[i].repealed();
      if (end.isEmpty() && i + 1 < chain.length) {
        end = chain[i + 1].effective();
      }
      last[i] = end.map(d -> d.minusDays(1)).orElse(null);
      firstKeys[i] = first[i] == null ? Long.MIN_VALUE : key(first[i]);
      lastKeys[i] = last[i] == null ? Long.MAX_VALUE : key(last[i]);
    }
    return new VersionChain(List.of(chain), first, last, firstKeys, lastKeys);
  }

  /**
   * The index of the version in force on this day, or -1 when none is. Allocates nothing. The
   * newest version is tried first: most cases are decided under the law of recent years, and in a
   * checked chain (no overlaps) the order does not change the answer.
   */
  int inForce(LocalDate day) {
    long key = key(day);
    for (int i = firstKeys.length - 1; i >= 0; i--) {
      if (firstKeys[i] <= key && key <= lastKeys[i]) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A number that orders days as the calendar does, from three field reads: cheaper per case than
   * {@link LocalDate#compareTo} twice per version, or {@link LocalDate#toEpochDay()}.
   */
  static long key(LocalDate day) {
    return ((long) day.getYear() << 9) + (day.getMonthValue() << 5) + day.getDayOfMonth();
  }

  Optional<LocalDate> firstDay(int index) {
    return Optional.ofNullable(firstDays[index]);
  }

  Optional<LocalDate> lastDay(int index) {
    return Optional.ofNullable(lastDays[index]);
  }
}
