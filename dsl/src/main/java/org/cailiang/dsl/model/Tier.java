package org.cailiang.dsl.model;

import java.util.List;

/**
 * A tier (row) of the standard.
 *
 * @param suffix the code suffix of the tier: the tier's full code is a violation code followed by
 *     it ({@code C05837} + {@code B030})
 * @param circumstance the circumstance (违法情节), verbatim
 * @param condition when the tier applies; {@link Condition.Otherwise} for the fallback tier
 * @param sanctions what it imposes, in order
 * @param text the official 裁量基准 text, verbatim; empty when not given
 * @param textSpan where the text was written; the tier's span when it was not
 * @param priority when two tiers both apply, the one of higher priority does; 0 by default
 * @param mitigation why the tier may go below the statutory minimum (减轻处罚); empty when it may not
 * @param suppressions checks whose warnings are accepted for this tier
 * @param sanctionConditions for each sanction, in the same order, where it is imposed: {@link
 *     Condition.Always} for a sanction without {@code when}
 */
public record Tier(
    String suffix,
    String circumstance,
    Condition condition,
    List<SanctionSpec> sanctions,
    String text,
    SourceSpan textSpan,
    int priority,
    String mitigation,
    List<Suppression> suppressions,
    SourceSpan span,
    List<Condition> sanctionConditions) {

  public Tier {
    sanctions = List.copyOf(sanctions);
    suppressions = List.copyOf(suppressions);
    sanctionConditions = List.copyOf(sanctionConditions);
    if (sanctionConditions.size() != sanctions.size()) {
      throw new IllegalArgumentException("one condition per sanction");
    }
  }

  /** A tier whose sanctions are all imposed wherever it applies. */
  public Tier(String suffix, String circumstance, Condition condition, List<SanctionSpec> sanctions,
      String text, SourceSpan textSpan, int priority, String mitigation,
      List<Suppression> suppressions, SourceSpan span) {
    this(suffix, circumstance, condition, sanctions, text, textSpan, priority, mitigation,
        suppressions, span, sanctions.stream().map(s -> (Condition) new Condition.Always(s.span())).toList());
  }

  /** The condition of the sanction at {@code index}, when it has one ({@code … when income > 0}). */
  public java.util.Optional<Condition> sanctionCondition(int index) {
    Condition condition = sanctionConditions.get(index);
    return condition instanceof Condition.Always ? java.util.Optional.empty() : java.util.Optional.of(condition);
  }

  /** Whether any sanction is imposed only under a condition of its own. */
  public boolean hasConditionalSanctions() {
    return sanctionConditions.stream().anyMatch(c -> !(c instanceof Condition.Always));
  }

  /** Whether this is the fallback tier, applying when no other does. */
  public boolean isOtherwise() {
    return condition instanceof Condition.Otherwise;
  }
}
