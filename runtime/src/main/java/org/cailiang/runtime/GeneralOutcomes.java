package org.cailiang.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * General rules with the outcomes of plain cases remembered: a decision with no general
 * circumstance, no dates and no proposed fine always gives the same outcome, and generated
 * tiers are constants, so such a case is answered without allocating after its first time.
 * Everything else is decided afresh by {@link GeneralRules#decide}. Safe to share between threads.
 */
public final class GeneralOutcomes {
  private final GeneralRules rules;
  private final String standardId;
  private final Set<String> codes;
  private final String scope;

  /**
   * Outcomes of decisions of any standard.
   *
   * @param rules the rules applied
   */
  public GeneralOutcomes(GeneralRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.standardId = null;
    this.codes = null;
    this.scope = null;
  }

  /**
   * Outcomes of one standard's decisions only: a decision of another standard is refused, not
   * decided under general rules it does not use (integrator's review: a Beijing decision passed
   * to another standard's general class was decided silently).
   *
   * @param rules the rules applied
   * @param standardId the id of the standard whose decisions these are
   */
  public GeneralOutcomes(GeneralRules rules, String standardId) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.standardId = Objects.requireNonNull(standardId, "standardId");
    this.codes = null;
    this.scope = null;
  }

  /**
   * Outcomes of the decisions of some of one standard's violations only: a standard whose
   * regulations use different general parts has a general class per list of parts, and a
   * decision passed to another list's class is refused, not decided under rules its violation
   * does not use (integrator's review: a public-order decision passed to the cybersecurity
   * law's general class was decided silently).
   *
   * @param rules the rules applied
   * @param standardId the id of the standard whose decisions these are
   * @param codes the codes of the violations these rules are for
   * @param scope what those violations are, for the refusal, e.g. {@code 《治安管理处罚法》}
   */
  public GeneralOutcomes(GeneralRules rules, String standardId, Set<String> codes, String scope) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.standardId = Objects.requireNonNull(standardId, "standardId");
    this.codes = Set.copyOf(codes);
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** {@return the rules applied} */
  public GeneralRules rules() {
    return rules;
  }

  /**
   * The outcome of a table decision under the rules, as {@link GeneralRules#decide} gives it.
   *
   * @param decision the table's decision
   * @param facts the general facts of the case; {@link GeneralFacts#NONE} when none
   * @return the outcome, never null
   * @throws IllegalArgumentException as {@link GeneralRules#decide} does, or when the decision is
   *     of another standard or violation than the ones these outcomes are for
   */
  public CaseDecision decide(Decision decision, GeneralFacts facts) {
    return decide(decision, facts, Statute.UNDECLARED);
  }

  /**
   * As {@link #decide(Decision, GeneralFacts)}, 减轻 computed from what the statute allows. A
   * plain case has no circumstance, so no adjustment: the statute cannot change its outcome.
   *
   * @param decision the table's decision
   * @param facts the general facts of the case; {@link GeneralFacts#NONE} when none
   * @param statute what the violation's statute allows in the case
   * @return the outcome, never null
   * @throws IllegalArgumentException as {@link GeneralRules#decide} does, or when the decision is
   *     of another standard or violation than the ones these outcomes are for
   */
  public CaseDecision decide(Decision decision, GeneralFacts facts, Statute statute) {
    // Kept on the decision itself, not in a table here: a field read, for any number of tiers,
    // and a computed decision (a new object per case) keeps its own outcome and evicts nothing.
    // This method stays small so that it is inlined wherever it is called.
    Plain kept = Objects.requireNonNull(decision, "decision").plainOutcome;
    if (facts == GeneralFacts.NONE && kept != null && kept.outcomes == this) {
      return kept.outcome;
    }
    return decideAndKeep(decision, facts, statute);
  }

  private CaseDecision decideAndKeep(Decision decision, GeneralFacts facts, Statute statute) {
    Objects.requireNonNull(facts, GeneralFacts.NULL_MESSAGE);
    // Only here: a decision this object kept an outcome for was checked when it was kept.
    if (standardId != null && !standardId.equals(decision.standardId())) {
      throw new IllegalArgumentException("决定 " + decision.tierCode() + " 属于裁量基准 "
          + decision.standardId() + "，不能按 " + standardId + " 所用的总则处理：请用该违法行为的 "
          + "evaluate(facts, general)，或它的标准的总则类");
    }
    if (codes != null && !codes.contains(decision.violationCode())) {
      throw new IllegalArgumentException("决定 " + decision.tierCode() + " 的违法行为 "
          + decision.violationCode() + " 不适用这个总则类（它适用于" + scope + "的违法行为），不能按它的总则处理："
          + "请用该违法行为的 evaluate(facts, general)，或它所属法规的总则类");
    }
    boolean plainCase = facts == GeneralFacts.NONE || facts.circumstances().isEmpty()
        && facts.actDate().isEmpty() && facts.discoveryDate().isEmpty()
        && facts.proposedFine().isEmpty();
    if (!plainCase) {
      return rules.decide(decision, facts, statute);
    }
    Plain kept = decision.plainOutcome;
    if (kept != null && kept.outcomes == this) {
      return kept.outcome;
    }
    CaseDecision outcome = rules.decide(decision, facts);
    decision.plainOutcome = new Plain(this, outcome);
    return outcome;
  }

  /**
   * The plain outcome of one decision and whose rules gave it, in one object so that a decision
   * decided under two general parts never pairs one's outcome with the other's rules. Its fields
   * are final, so a thread that sees it sees it whole (JLS 17.5): the racy single-check in
   * {@link #decide} costs at worst a second computation of the same outcome.
   */
  static final class Plain {
    private final GeneralOutcomes outcomes;
    private final CaseDecision outcome;

    Plain(GeneralOutcomes outcomes, CaseDecision outcome) {
      this.outcomes = outcomes;
      this.outcome = outcome;
    }
  }
}
