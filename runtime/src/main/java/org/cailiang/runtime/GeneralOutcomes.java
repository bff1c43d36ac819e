package org.cailiang.runtime;

import java.util.Objects;

/**
 * General rules with the outcomes of plain cases remembered: a decision with no general
 * circumstance, no dates and no proposed fine always gives the same outcome, and generated
 * tiers are constants, so such a case is answered without allocating after its first time.
 * Everything else is decided afresh by {@link GeneralRules#decide}. Safe to share between threads.
 */
public final class GeneralOutcomes {
  /**
   * Slots by identity hash, a decision looked for in {@link #PROBES} neighbouring ones: a table
   * has hundreds of tiers, rarely more; a slot taken by another only costs a recomputation.
   */
  private static final int SLOTS = 1024;

  private static final int PROBES = 8;

  private final GeneralRules rules;
  /**
   * A plain array: an outcome has only final fields (and immutable lists), so a thread that reads
   * a slot another thread wrote sees it whole (JLS 17.5); the worst a race costs is a recomputation.
   */
  private final CaseDecision[] plain = new CaseDecision[SLOTS];

  /**
   * @param rules the rules applied
   */
  public GeneralOutcomes(GeneralRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
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
   * @throws IllegalArgumentException as {@link GeneralRules#decide} does
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
   * @throws IllegalArgumentException as {@link GeneralRules#decide} does
   */
  public CaseDecision decide(Decision decision, GeneralFacts facts, Statute statute) {
    Objects.requireNonNull(facts, "general facts");
    boolean plainCase = facts == GeneralFacts.NONE || facts.circumstances().isEmpty()
        && facts.actDate().isEmpty() && facts.discoveryDate().isEmpty()
        && facts.proposedFine().isEmpty();
    if (!plainCase) {
      return rules.decide(decision, facts, statute);
    }
    int home = System.identityHashCode(decision);
    int free = -1;
    for (int i = 0; i < PROBES; i++) {
      int slot = (home + i) & (SLOTS - 1);
      CaseDecision known = plain[slot];
      // Identity, not equality: the answer is remembered for this very decision object.
      if (known != null && known.decision() == decision) {
        return known;
      }
      if (known == null && free < 0) {
        free = slot;
      }
    }
    CaseDecision outcome = rules.decide(decision, facts);
    plain[free >= 0 ? free : home & (SLOTS - 1)] = outcome;
    return outcome;
  }
}
