package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cailiang.runtime.internal.VersionLinks;

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
    return VersionLinks.chains(standards, Standard::id, Standard::supersedes).stream()
        .map(chain -> of(chain.toArray(Standard[]::new)))
        .toList();
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
