package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.GeneralRules;
import org.cailiang.runtime.InvalidGeneralFactsException;

/**
 * A violation's declarations that a boolean fact and a circumstance of the general part cannot
 * hold together ({@code exclusive harm, trivial}: 造成危害后果 and 没有造成危害后果). A case where two
 * of one declaration hold is refused when it is decided under the general part (supervisor: 不予处罚
 * was given on a case whose facts said there was harm). The interpreter and the generated code
 * build it from the same data.
 */
public final class CircumstanceExclusions {
  /** A violation without such a declaration. */
  public static final CircumstanceExclusions NONE =
      new CircumstanceExclusions(new String[0][], new String[0][], new String[0][], new String[0]);

  private final String[][] facts;
  private final String[][] factLabels;
  private final String[][] circumstances;
  private final String[] reasons;

  private CircumstanceExclusions(String[][] facts, String[][] factLabels, String[][] circumstances,
      String[] reasons) {
    this.facts = facts;
    this.factLabels = factLabels;
    this.circumstances = circumstances;
    this.reasons = reasons;
  }

  /**
   * The declarations of one violation, one entry each in every array.
   *
   * @param facts each declaration's boolean facts, by id
   * @param factLabels their labels, in the same order
   * @param circumstances each declaration's circumstances, by id
   * @param reasons each declaration's reason; {@code ""} when none is written
   * @return the declarations
   * @throws IllegalArgumentException when the arrays do not match
   */
  public static CircumstanceExclusions of(String[][] facts, String[][] factLabels,
      String[][] circumstances, String[] reasons) {
    if (facts.length != factLabels.length || facts.length != circumstances.length
        || facts.length != reasons.length) {
      throw new IllegalArgumentException("one entry per declaration in every array");
    }
    for (int i = 0; i < facts.length; i++) {
      if (facts[i].length != factLabels[i].length) {
        throw new IllegalArgumentException("one label per fact");
      }
    }
    return new CircumstanceExclusions(facts.clone(), factLabels.clone(), circumstances.clone(),
        reasons.clone());
  }

  /**
   * The outcome, once {@link #check} passes: the generated code decides first, so that the table's
   * and the general part's own refusals (a fact left out, an unknown circumstance) come first, as
   * {@code eval} gives them (re-check), and then refuses a contradiction.
   *
   * @param rules the general part the case was decided under
   * @param general the case's general facts
   * @param holds whether a boolean fact, by id, is true in the case
   * @param outcome the outcome decided
   * @return {@code outcome}
   * @throws InvalidGeneralFactsException as {@link #check} does
   */
  public org.cailiang.runtime.CaseDecision checked(GeneralRules rules, GeneralFacts general,
      Predicate<String> holds, org.cailiang.runtime.CaseDecision outcome) {
    check(rules, general, holds);
    return outcome;
  }

  /**
   * Refuses a case in which a fact and a circumstance (or two of either) of one declaration hold.
   *
   * @param rules the general part the case is decided under
   * @param general the case's general facts
   * @param holds whether a boolean fact, by id, is true in the case (false when left out)
   * @throws InvalidGeneralFactsException naming what holds and the declaration's reason
   */
  public void check(GeneralRules rules, GeneralFacts general, Predicate<String> holds) {
    if (reasons.length == 0 || general.circumstances().isEmpty()) {
      return;
    }
    Set<String> given = rules.holding(general);
    for (int i = 0; i < reasons.length; i++) {
      List<String> holding = new ArrayList<>();
      for (int f = 0; f < facts[i].length; f++) {
        if (holds.test(facts[i][f])) {
          holding.add("事实 " + facts[i][f] + "（" + factLabels[i][f] + "）为“是”");
        }
      }
      for (String id : circumstances[i]) {
        if (given.contains(id)) {
          String label = rules.circumstance(id).orElseThrow().label();
          boolean named = general.circumstances().stream().anyMatch(c -> c.strip().equals(id) || c.strip().equals(label));
          // One the officer did not name is implied by one given (re-check: it was not said).
          holding.add("总则情节「" + label + "」" + (named ? "" : "（由所给的情节推出）"));
        }
      }
      if (holding.size() >= 2) {
        throw new InvalidGeneralFactsException(holding.get(0) + "与" + holding.get(1)
            + "不能同时成立（互斥声明 exclusive）" + (reasons[i].isBlank() ? "" : "：" + reasons[i])
            + "；请核对事实或总则情节");
      }
    }
  }
}
