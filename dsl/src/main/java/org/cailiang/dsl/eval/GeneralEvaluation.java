package org.cailiang.dsl.eval;

import java.util.List;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Statute;

/**
 * Applies a general part to a table decision through the runtime's one implementation ({@link
 * org.cailiang.runtime.GeneralRules#decide}), which generated code calls too: the limitation
 * period; 应当不予 (no penalty, the tier's orders kept); 应当从重; 应当从轻/减轻 (the strongest of
 * them, once); then each 可以 effect offered on the result, never applied.
 */
public final class GeneralEvaluation {
  private GeneralEvaluation() {}

  /**
   * Whether the statute is read for this case, by the runtime's one rule ({@link
   * org.cailiang.runtime.GeneralRules#readsStatute}): only for a circumstance that may call for
   * 减轻, and not for a case handed over.
   *
   * @param standard the standard
   * @param general the general part
   * @param facts the general facts given (only their circumstances are read)
   * @param decision the table's decision
   * @return true when the statute must be known
   */
  public static boolean readsStatute(Standard standard, GeneralPart general, GeneralFacts facts,
      Decision decision) {
    return GeneralLowering.rules(standard, general)
        .readsStatute(org.cailiang.runtime.GeneralFacts.of(facts.circumstances()), decision);
  }

  /**
   * The outcome of a decision under the general part.
   *
   * @throws org.cailiang.runtime.InvalidGeneralFactsException when a circumstance is not declared
   *     in the general part
   */
  public static CaseOutcome decide(
      Standard standard, GeneralPart general, Decision decision, GeneralFacts facts) {
    return decide(standard, general, decision, facts, Statute.UNDECLARED);
  }

  /**
   * The outcome of a decision under the general part, 减轻 computed below the minimum of what
   * the violation's statute allows in the case ({@link InterpretedViolation#statute}).
   *
   * @throws org.cailiang.runtime.InvalidGeneralFactsException when a circumstance is not declared
   *     in the general part
   */
  public static CaseOutcome decide(Standard standard, GeneralPart general, Decision decision,
      GeneralFacts facts, Statute statute) {
    return of(caseDecision(standard, general, decision, facts, statute));
  }

  /**
   * The runtime's outcome itself (what generated code returns), for a caller that writes it as
   * the runtime does ({@link CaseDecision#toJson()}).
   *
   * @throws org.cailiang.runtime.InvalidGeneralFactsException when a circumstance is not declared
   *     in the general part
   */
  public static CaseDecision caseDecision(Standard standard, GeneralPart general,
      Decision decision, GeneralFacts facts, Statute statute) {
    return GeneralLowering.rules(standard, general).decide(decision, facts.toRuntime(), statute);
  }

  /** The interpreter's view of the runtime's outcome: the same values in the model's types. */
  public static CaseOutcome of(CaseDecision d) {
    List<CaseOutcome.Step> steps = d.steps().stream().map(s -> new CaseOutcome.Step(
        s.circumstances(), GeneralLowering.effect(s.effect()), s.basis(), s.rule(), s.result()))
        .toList();
    List<CaseOutcome.Option> options = d.options().stream().map(o -> new CaseOutcome.Option(
        o.circumstance(), GeneralLowering.effect(o.effect()), o.basis(), o.result())).toList();
    List<CaseOutcome.ProcedureFlag> flags = d.procedures().stream().map(f ->
        new CaseOutcome.ProcedureFlag(ProcedureRule.Procedure.valueOf(f.procedure().name()),
            CaseOutcome.Status.valueOf(f.status().name()), f.trigger(), f.basis())).toList();
    return new CaseOutcome(d.decision(), CaseOutcome.Verdict.valueOf(d.verdict().name()), steps,
        d.sanctions(), options, flags,
        d.limitation().map(l -> new CaseOutcome.LimitationCheck(l.period(), l.expired(), l.basis())),
        d.explanation(), d.unresolved());
  }
}
