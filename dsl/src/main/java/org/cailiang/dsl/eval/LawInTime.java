package org.cailiang.dsl.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedDecision;
import org.cailiang.runtime.UnknownCodeException;

/**
 * Decides a case under the version of the law in force at the act date, unless the version in
 * force at the decision date no longer punishes the conduct or punishes it more lightly for the
 * same facts (从旧兼从轻, 《行政处罚法》第三十七条). The choice is the runtime's {@link
 * Standards#evaluate(String, Map, LocalDate, LocalDate)} over the interpreted standards, so the
 * interpreter and generated code decide alike.
 */
public final class LawInTime {
  private final Standards standards;

  /** The law in time of these checked standards. */
  public LawInTime(List<Standard> standards) {
    this.standards = Interpreter.standards(standards);
  }

  /**
   * Decides a case.
   *
   * @throws UnknownCodeException when no version of any standard has the code
   * @throws org.cailiang.runtime.InvalidDatesException when the decision precedes the act
   * @throws org.cailiang.runtime.InvalidFactsException when a version weighed lacks a fact
   */
  public TimedDecision decide(String code, Map<String, ?> facts, LocalDate act, LocalDate decision) {
    return standards.evaluate(code, facts, act, decision);
  }
}
