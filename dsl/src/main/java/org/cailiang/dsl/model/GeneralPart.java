package org.cailiang.dsl.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A general part (总则): what applies across every violation of the standards that use it.
 *
 * @param circumstances the circumstances of the case, in source order
 * @param adjustments how each effect moves a range
 * @param combination how lighter and heavier circumstances combine, if declared
 * @param limitations the limitation periods: one without a condition, others with one
 * @param procedures when a decision triggers a procedure
 * @param exclusions circumstances of which at most one holds in a case
 */
public record GeneralPart(
    String id,
    String title,
    List<GeneralCircumstance> circumstances,
    List<Adjustment> adjustments,
    Optional<Combination> combination,
    List<Limitation> limitations,
    List<ProcedureRule> procedures,
    List<GeneralExclusion> exclusions,
    SourceSpan span) {
  /** A general part without exclusions. */
  public GeneralPart(String id, String title, List<GeneralCircumstance> circumstances,
      List<Adjustment> adjustments, Optional<Combination> combination,
      List<Limitation> limitations, List<ProcedureRule> procedures, SourceSpan span) {
    this(id, title, circumstances, adjustments, combination, limitations, procedures, List.of(),
        span);
  }

  public GeneralPart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    circumstances = List.copyOf(circumstances);
    adjustments = List.copyOf(adjustments);
    Objects.requireNonNull(combination, "combination");
    limitations = List.copyOf(limitations);
    procedures = List.copyOf(procedures);
    exclusions = List.copyOf(exclusions);
    Objects.requireNonNull(span, "span");
  }

  /** The circumstance with this id or label, if declared. */
  public Optional<GeneralCircumstance> circumstance(String idOrLabel) {
    return circumstances.stream()
        .filter(c -> c.id().equals(idOrLabel) || c.label().equals(idOrLabel)).findFirst();
  }

  /** The adjustment of this effect, if declared. */
  public Optional<Adjustment> adjustment(Effect.Kind effect) {
    return adjustments.stream().filter(a -> a.effect() == effect).findFirst();
  }
}
