package org.cailiang.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A fixed mix of cases in a shuffled order: every distinct case once, then more drawn at random
 * up to {@link #COUNT}, all shuffled with one seed, so branch predictors see no grouped runs and
 * every run sees the same order.
 */
final class ShuffledCases {
  static final int COUNT = 64;
  static final long SEED = 20261202L;

  private ShuffledCases() {}

  static <T> List<T> of(List<T> distinct) {
    Random random = new Random(SEED);
    List<T> mix = new ArrayList<>(distinct);
    while (mix.size() < COUNT) {
      mix.add(distinct.get(random.nextInt(distinct.size())));
    }
    Collections.shuffle(mix, random);
    return List.copyOf(mix.subList(0, COUNT));
  }
}
