package org.cailiang.dsl.model;

import java.util.List;
import java.util.Objects;

/**
 * Circumstances of a general part of which at most one holds in a case ({@code exclusive}): the
 * age brackets of a minor, or an item of an article and the proviso that displaces it.
 *
 * @param circumstances the circumstances, as written
 * @param reason why they cannot hold together, empty when not given
 */
public record GeneralExclusion(List<Ref> circumstances, String reason, SourceSpan span) {
  public GeneralExclusion {
    circumstances = List.copyOf(circumstances);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(span, "span");
  }
}
