package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * One value of each region of each fact, over several versions of one violation together: the
 * numbers split at the constants of every version's conditions, so that two versions are
 * compared on every combination where either could decide differently.
 */
public final class FactSamples {
  private FactSamples() {}

  /** A value of a fact, and how the author would say it. */
  public record Sample(Object value, String label) {}

  /** The samples of every fact of these violations, by fact id, the first version's facts first. */
  public static Map<String, List<Sample>> of(List<Violation> versions) {
    List<Condition> conditions = new ArrayList<>();
    for (Violation violation : versions) {
      violation.tiers().stream().map(Tier::condition).forEach(conditions::add);
      violation.statute().stream().map(StatuteClause::condition).forEach(conditions::add);
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (Violation violation : versions) {
      Domains.of(violation, conditions).forEach((fact, regions) -> {
        boolean amount = violation.fact(fact).orElseThrow().type() instanceof FactType.Amount;
        samples.computeIfAbsent(fact, k -> regions.stream()
            .map(r -> new Sample(r.sample(), r.describe(amount))).toList());
      });
    }
    return samples;
  }
}
