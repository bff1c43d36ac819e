package org.cailiang.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case decided under the law in time and the general part together: the version or versions
 * chosen (从旧兼从轻, 《行政处罚法》第三十七条), each with what the general part its version uses
 * makes of its decision — the circumstances, the limitation period, the procedures. It is {@code
 * cailiang eval --act-date … --general …} in Java.
 *
 * @param timed the choice of the version, as {@link Standards#evaluate(String, Map,
 *     java.time.LocalDate, java.time.LocalDate)} gives it
 * @param outcomes one per version applied, in the order of {@link TimedDecision#applied()}; an
 *     act barred (第三十六条) under the law of the act's day or of the decision's has that barred
 *     outcome for every version
 * @param timeBarred the barred outcome when the limitation period has run, whatever version
 *     would decide the case (also when none was in force on the act's day): then the case is
 *     closed, {@link #needsOfficer()} is false, and {@link #explain()} and {@link #toJson()} say
 *     only that, as {@code eval} does
 */
public record TimedCaseDecision(TimedDecision timed, List<Outcome> outcomes,
    Optional<CaseDecision> timeBarred) {
  /**
   * A case the limitation period does not bar.
   *
   * @param timed the choice of the version
   * @param outcomes one per version applied, in order
   */
  public TimedCaseDecision(TimedDecision timed, List<Outcome> outcomes) {
    this(timed, outcomes, Optional.empty());
  }

  /**
   * Copies the outcomes; requires one per version applied.
   *
   * @param timed the choice of the version
   * @param outcomes one per version applied, in order
   * @param timeBarred the barred outcome, when the limitation period has run
   */
  public TimedCaseDecision {
    Objects.requireNonNull(timed, "timed");
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(timeBarred, "timeBarred");
    if (timeBarred.isPresent() && timeBarred.get().verdict() != CaseDecision.Verdict.TIME_BARRED) {
      throw new IllegalArgumentException("timeBarred 须为超过追责时效的结果：" + timeBarred.get().verdict());
    }
    if (outcomes.size() != timed.applied().size()) {
      throw new IllegalArgumentException(
          "每个适用的版本一个结果：" + timed.applied().size() + " 个版本，" + outcomes.size() + " 个结果");
    }
  }

  /**
   * One version applied and its outcome under the general part.
   *
   * @param applied the version and its table decision
   * @param general the outcome under the general part the version uses; empty when it uses none
   */
  public record Outcome(TimedDecision.Applied applied, Optional<CaseDecision> general) {
    /**
     * Requires both.
     *
     * @param applied the version and its table decision
     * @param general the outcome under the general part; empty when the version uses none
     */
    public Outcome {
      Objects.requireNonNull(applied, "applied");
      Objects.requireNonNull(general, "general");
    }
  }

  /**
   * {@return whether the officer must decide: between two versions, under the law where a
   * version lacks the code, or what a general part could not compute}
   */
  public boolean needsOfficer() {
    if (timeBarred.isPresent()) {
      return false; // 第三十六条: no version's penalty is left to weigh
    }
    return timed.needsOfficer()
        || outcomes.stream().anyMatch(o -> o.general().map(CaseDecision::needsOfficer).orElse(false));
  }

  /**
   * {@return the choice of the version, then for each version applied its notes ({@code 注意：…}),
   * its decision and, under a general part, the outcome, one paragraph each}
   */
  public String explain() {
    if (timeBarred.isPresent()) {
      return org.cailiang.runtime.internal.CaseJson.timeBarredExplanation(
          code(timeBarred.get().decision()), timeBarred.get().limitation().orElseThrow());
    }
    StringBuilder text = new StringBuilder(timed.explanation());
    for (Outcome outcome : outcomes) {
      // The author's higher-law notes first, as eval prints them (integrator's re-check: the
      // explanation of a case needsOfficer() marked said nothing of why).
      outcome.applied().notes().forEach(note -> text.append("\n注意：").append(note));
      // The general part's explanation opens with the tier's sentence: said once (integrator's
      // review: it was printed twice).
      text.append('\n').append(outcome.general().map(CaseDecision::explain)
          .orElseGet(() -> outcome.applied().decision().explain()));
    }
    return text.toString();
  }

  /**
   * This case as JSON: the document {@code eval --json --act-date … --general …} prints, each
   * version's outcome as its {@code general}, the {@code notes} the higher-law ones (see {@link
   * TimedDecision#toJson()}).
   *
   * @return pretty-printed JSON with a final newline
   */
  public String toJson() {
    return org.cailiang.runtime.internal.Json.write(toJsonTree());
  }

  /**
   * This case as a tree of plain values in the shape of {@link #toJson()}, for any JSON library.
   *
   * @return a fresh tree, its maps ordered
   */
  public Map<String, Object> toJsonTree() {
    if (timeBarred.isPresent()) {
      return org.cailiang.runtime.internal.CaseJson.timeBarred(
          code(timeBarred.get().decision()), timed.actDate(), timed.decisionDate(),
          timeBarred.get().limitation().orElseThrow(), timeBarred.get().unresolved());
    }
    return org.cailiang.runtime.internal.CaseJson.timed(timed, null, applied -> outcomes.stream()
        .filter(o -> o.applied() == applied).findFirst().flatMap(Outcome::general).orElse(null));
  }

  /** The violation's code; a decision built by hand may give only its tier's. */
  private static String code(Decision decision) {
    return decision.violationCode().isEmpty() ? decision.tierCode() : decision.violationCode();
  }
}
