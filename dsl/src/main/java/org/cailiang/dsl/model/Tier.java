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
    SourceSpan span) {

  public Tier {
    sanctions = List.copyOf(sanctions);
    suppressions = List.copyOf(suppressions);
  }

  /** Whether this is the fallback tier, applying when no other does. */
  public boolean isOtherwise() {
    return condition instanceof Condition.Otherwise;
  }
}
