package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The known codes or keys nearest to one that was mistyped. Codes that differ only in their
 * number are near when their numbers are ({@code C05848} → {@code C05847}, {@code C05850}: the
 * codes on either side), since every code of a table is one edit from many others; anything else
 * is near by edit distance (at most two edits, insertions, deletions, substitutions and swaps of
 * neighbours counting one each), and so is a code one swap of neighbouring digits away ({@code
 * C05874} → {@code C05847}). Not API.
 */
public final class Suggestions {
  private static final int MAX_EDITS = 2;
  private static final int MAX_SHOWN = 3;

  private Suggestions() {}

  /**
   * The nearest of {@code known} to {@code given}, best first; empty when none is near.
   *
   * @param given what was given, already trimmed
   * @param known the known codes or keys, sorted
   * @return at most three suggestions
   */
  public static List<String> nearest(String given, List<String> known) {
    if (given.isEmpty()) {
      return List.of();
    }
    List<String> found = new ArrayList<>(neighbours(given, known));
    List<String> close = new ArrayList<>();
    for (String candidate : known) {
      if (!found.contains(candidate) && distance(given, candidate) <= (found.isEmpty() ? MAX_EDITS : 1)
          && (!sameNumberedFamily(given, candidate) || swapsNeighbours(given, candidate))) {
        close.add(candidate);
      }
    }
    close.sort(Comparator.comparingInt((String c) -> distance(given, c)));
    found.addAll(close);
    return found.size() <= MAX_SHOWN ? found : List.copyOf(found.subList(0, MAX_SHOWN));
  }

  /**
   * The names to suggest for a fact name nobody declared: the fact whose label it is (authors
   * and forms write 首次违法 for {@code first}), else the nearest names.
   *
   * @param given what was given, already trimmed
   * @param ids the facts' names, sorted
   * @param labelled each fact's name by its label
   * @return at most three suggestions
   */
  public static List<String> forFact(String given, List<String> ids, java.util.Map<String, String> labelled) {
    String byLabel = labelled.get(given);
    return byLabel != null ? List.of(byLabel) : nearest(given, ids);
  }

  /** The known codes just below and just above {@code given}, of the same stem and width. */
  private static List<String> neighbours(String given, List<String> known) {
    int digits = trailingDigits(given);
    if (digits == 0 || digits > 18) {
      return List.of();
    }
    long number = Long.parseLong(given.substring(given.length() - digits));
    String below = null;
    String above = null;
    long belowNumber = Long.MIN_VALUE;
    long aboveNumber = Long.MAX_VALUE;
    for (String candidate : known) {
      if (!sameNumberedFamily(given, candidate)) {
        continue;
      }
      long other = Long.parseLong(candidate.substring(candidate.length() - digits));
      if (other < number && other > belowNumber) {
        below = candidate;
        belowNumber = other;
      } else if (other > number && other < aboveNumber) {
        above = candidate;
        aboveNumber = other;
      }
    }
    List<String> found = new ArrayList<>(2);
    if (below != null) {
      found.add(below);
    }
    if (above != null) {
      found.add(above);
    }
    // The nearer first.
    if (found.size() == 2 && number - belowNumber > aboveNumber - number) {
      found.add(found.remove(0));
    }
    return found;
  }

  /** Whether two texts differ by one swap of neighbouring characters ({@code C05874}, {@code C05847}). */
  private static boolean swapsNeighbours(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }

  private static boolean sameNumberedFamily(String given, String candidate) {
    int digits = trailingDigits(given);
    return digits > 0 && digits <= 18
        && candidate.length() == given.length()
        && trailingDigits(candidate) == digits
        && candidate.regionMatches(0, given, 0, given.length() - digits);
  }

  private static int trailingDigits(String text) {
    int count = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i--) {
      count++;
    }
    return count;
  }

  /**
   * The optimal-string-alignment distance: Levenshtein plus swaps of neighbours. Long inputs are
   * not compared: they are not typos of a short code.
   *
   * @param a one text
   * @param b another
   * @return the number of edits, or a large number for texts of very different length
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_EDITS || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
