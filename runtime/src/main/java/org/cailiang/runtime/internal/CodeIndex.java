package org.cailiang.runtime.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * A table of codes built once, for a lookup on every untyped call: open addressing over the
 * codes' own {@link String#hashCode()} (cached in each string), with the table eight times
 * larger than the codes and a multiplier searched for at build time so that, for registries of
 * a few dozen codes, every code has a slot of its own (a perfect hash): a lookup is one array
 * read, one comparison of hashes and one {@code equals}. Where no multiplier tried gives every
 * code its own slot, the one with the fewest collisions is kept and a code whose slot is taken
 * lies in the next free one (linear probing; with the table at most one eighth full, few do).
 *
 * @param <V> what a code leads to
 */
public final class CodeIndex<V> {
  /** Multipliers tried for a collision-free table. */
  private static final int SEEDS = 64;
  /** Up to this many codes the multiplier with the fewest collisions is looked for. */
  private static final int SEARCHED_UP_TO = 4096;

  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int multiplier;
  private final int shift;
  private final int mask;
  private final int longestProbe;

  private CodeIndex(int bits, int multiplier, Map<String, V> entries) {
    int size = 1 << bits;
    this.keys = new String[size];
    this.hashes = new int[size];
    this.values = new Object[size];
    this.multiplier = multiplier;
    this.shift = 32 - bits;
    this.mask = size - 1;
    int longest = 0;
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      int hash = entry.getKey().hashCode();
      int probe = 0;
      int slot = slot(hash);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
        probe++;
      }
      keys[slot] = entry.getKey();
      hashes[slot] = hash;
      values[slot] = entry.getValue();
      longest = Math.max(longest, probe);
    }
    this.longestProbe = longest;
  }

  /**
   * The table of these codes, collision-free when a multiplier makes it so.
   *
   * @param entries the codes and their values, none null
   * @param <V> what a code leads to
   * @return the table
   */
  public static <V> CodeIndex<V> of(Map<String, V> entries) {
    int bits = Math.max(3, 32 - Integer.numberOfLeadingZeros(Math.max(1, entries.size()) * 8 - 1));
    // Beyond a few hundred codes no multiplier is collision-free (the birthday bound): the
    // search would only cost time, so the first multiplier is kept and probing does the rest.
    int seeds = entries.size() <= SEARCHED_UP_TO ? SEEDS : 1;
    boolean[] taken = new boolean[1 << bits];
    int best = 0;
    int fewest = Integer.MAX_VALUE;
    for (int seed = 0; seed < seeds && fewest > 0; seed++) {
      int collisions = collisions(entries, bits, multiplier(seed), taken);
      if (collisions < fewest) {
        best = seed;
        fewest = collisions;
      }
    }
    return new CodeIndex<>(bits, multiplier(best), entries);
  }

  /** Odd multipliers from the golden ratio's: each spreads the hashes and permutes them. */
  private static int multiplier(int seed) {
    return 0x9E3779B9 * (2 * seed + 1);
  }

  /** How many codes find their slot taken by another. */
  private static int collisions(Map<String, ?> entries, int bits, int multiplier, boolean[] taken) {
    Arrays.fill(taken, false);
    int collisions = 0;
    for (String code : entries.keySet()) {
      int slot = (code.hashCode() * multiplier) >>> (32 - bits);
      collisions += taken[slot] ? 1 : 0;
      taken[slot] = true;
    }
    return collisions;
  }

  private int slot(int hash) {
    return (hash * multiplier) >>> shift;
  }

  /**
   * The value of a code, exactly as given.
   *
   * @param code the code, not null
   * @return its value, or null when the table does not have it
   */
  @SuppressWarnings("unchecked")
  public V get(String code) {
    int hash = code.hashCode();
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (hashes[slot] == hash && key.equals(code)) {
        return (V) values[slot];
      }
    }
  }

  /**
   * How many slots past its own the furthest code lies: 0 when the table is a perfect hash.
   *
   * @return the longest probe
   */
  public int longestProbe() {
    return longestProbe;
  }
}
