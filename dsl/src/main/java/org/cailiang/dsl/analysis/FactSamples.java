package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * One value of each region of each fact, over several versions of one violation together: the
 * numbers split at the constants of every version's conditions, so that two versions are
 * compared on every combination where either could decide differently. A region of an amount
 * that a fine computed from it ({@code 1..3 times income}) crosses a fixed fine's bound in is
 * also given its parts on each side of the crossing ({@link FineCrossings}): which version is
 * the lighter can change there though no condition does.
 */
public final class FactSamples {
  private FactSamples() {}

  /** A value of a fact, and how the author would say it. */
  public record Sample(Object value, String label) {}

  /**
   * A region of a fact as the conditions split it, and its parts split where a computed fine
   * crosses a fixed one; one part, the region itself, when none crosses inside it.
   */
  public static final class Split {
    private final Sample whole;
    private final List<Sample> parts;
    private final List<Region> regions;
    private final boolean amount;

    private Split(Sample whole, List<Sample> parts, List<Region> regions, boolean amount) {
      this.whole = whole;
      this.parts = parts;
      this.regions = regions;
      this.amount = amount;
    }

    /** {@return the region as the conditions split it} */
    public Sample whole() {
      return whole;
    }

    /** {@return its parts, in order; the region alone when it has none} */
    public List<Sample> parts() {
      return parts;
    }

    /**
     * The parts {@code from} to {@code to} (inclusive) as one: from the first's lower end to the
     * last's upper end, sampled at the first's sample — adjacent parts that fare alike are said
     * once.
     */
    public Sample span(int from, int to) {
      if (from == to) {
        return parts.get(from);
      }
      Region.Interval first = (Region.Interval) regions.get(from);
      Region.Interval last = (Region.Interval) regions.get(to);
      Region.Interval joined = new Region.Interval(first.low(), first.lowIncluded(), last.high(),
          last.highIncluded(), first.sample());
      return new Sample(joined.sample(), joined.describe(amount));
    }
  }

  /** The regions of every fact with their parts, by fact id, the first version's facts first. */
  public static Map<String, List<Split>> split(List<Violation> versions) {
    List<Condition> conditions = new ArrayList<>();
    for (Violation violation : versions) {
      violation.tiers().stream().map(Tier::condition).forEach(conditions::add);
      violation.statute().stream().map(StatuteClause::condition).forEach(conditions::add);
      // Where a referral starts (违法所得 ≥ 5万 in one version, ≥ 10万 in the other) is where the
      // versions differ most (legal re-review: the band between was never listed).
      violation.handovers().forEach(h -> h.trigger().ifPresent(conditions::add));
    }
    Map<String, Set<BigDecimal>> crossings = FineCrossings.of(versions);
    Map<String, List<Split>> splits = new LinkedHashMap<>();
    for (Violation violation : versions) {
      Map<String, List<Region>> refined = Domains.of(violation, conditions, crossings);
      Domains.of(violation, conditions).forEach((fact, regions) -> {
        boolean amount = violation.fact(fact).orElseThrow().type() instanceof FactType.Amount;
        splits.computeIfAbsent(fact, k -> regions.stream()
            .map(region -> split(region, refined.get(fact), amount))
            .toList());
      });
    }
    return splits;
  }

  private static Split split(Region whole, List<Region> refined, boolean amount) {
    Sample sample = sample(whole, amount);
    if (!(whole instanceof Region.Interval interval)) {
      return new Split(sample, List.of(sample), List.of(whole), amount);
    }
    List<Region> regions = new ArrayList<>();
    for (Region part : refined) {
      if (interval.contains(((Region.Interval) part).sample())) {
        regions.add(part);
      }
    }
    if (regions.size() <= 1) {
      return new Split(sample, List.of(sample), List.of(whole), amount);
    }
    return new Split(sample, regions.stream().map(r -> sample(r, amount)).toList(),
        List.copyOf(regions), amount);
  }

  private static Sample sample(Region region, boolean amount) {
    return new Sample(region.sample(), region.describe(amount));
  }
}
