package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The amounts at which a fine computed from an amount fact ({@code 1..3 times income}) meets a
 * bound of a fixed fine ({@code 5000..5万}) on the same parties in any of these versions: below
 * such an amount one
 * version's fine is the lighter, above it the other's. A diff that sampled the fact once between
 * its conditions' constants said "较重" for every income when that held for part of them only
 * (integrator's review).
 */
final class FineCrossings {
  /** The crossing of a bound and a factor, to the fen: the fact's granularity. */
  private static final int FEN_SCALE = 2;
  private static final BigDecimal FEN = new BigDecimal("0.01");

  private FineCrossings() {}

  /** The crossings by fact id; empty when no version computes a fine from an amount. */
  static Map<String, Set<BigDecimal>> of(List<Violation> versions) {
    List<SanctionSpec.Fine> multiples = new ArrayList<>();
    Map<String, Set<BigDecimal>> bounds = new LinkedHashMap<>();
    for (Violation violation : versions) {
      for (Tier tier : violation.tiers()) {
        collect(tier.sanctions(), multiples, bounds);
      }
    }
    Map<String, Set<BigDecimal>> crossings = new LinkedHashMap<>();
    for (SanctionSpec.Fine fine : multiples) {
      SanctionSpec.Multiple multiple = (SanctionSpec.Multiple) fine.amount();
      // Only the bounds of fixed fines on the same parties are weighed against it (hostile
      // re-check: every bound of every party against every factor grew the parts past use).
      Set<BigDecimal> own = new TreeSet<>();
      fine.parties().forEach(party -> own.addAll(bounds.getOrDefault(party.name(), Set.of())));
      for (BigDecimal factor : new BigDecimal[] {multiple.minFactor(), multiple.maxFactor()}) {
        if (factor == null || factor.signum() <= 0) {
          continue;
        }
        for (BigDecimal bound : own) {
          // The computed fine is rounded to the fen (towards the inside of its range), so the
          // amounts where it meets the bound, or passes it by a fen, lie on either side of the
          // exact quotient (re-review: 30% of income judged at 16666.67, where 30% rounds down to
          // 5000.00, called the whole region up to 2万 lighter).
          Set<BigDecimal> points = crossings.computeIfAbsent(multiple.fact().name(), k -> new TreeSet<>());
          for (BigDecimal near : new BigDecimal[] {bound.subtract(FEN), bound, bound.add(FEN)}) {
            points.add(near.divide(factor, FEN_SCALE, RoundingMode.FLOOR));
            points.add(near.divide(factor, FEN_SCALE, RoundingMode.CEILING));
          }
        }
      }
    }
    return crossings;
  }

  private static void collect(List<SanctionSpec> sanctions, List<SanctionSpec.Fine> multiples,
      Map<String, Set<BigDecimal>> bounds) {
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Alternative alternative) {
        collect(alternative.options(), multiples, bounds);
      } else if (sanction instanceof SanctionSpec.Fine fine) {
        if (fine.amount() instanceof SanctionSpec.Multiple) {
          multiples.add(fine);
        } else if (fine.amount() instanceof SanctionSpec.Yuan yuan) {
          for (BigDecimal bound : new BigDecimal[] {yuan.min(), yuan.max()}) {
            if (bound != null && bound.signum() > 0) {
              fine.parties().forEach(party ->
                  bounds.computeIfAbsent(party.name(), k -> new TreeSet<>()).add(bound));
            }
          }
        }
      }
    }
  }
}
