package org.cailiang.dsl.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.GeneralEvaluation;
import org.cailiang.dsl.eval.GeneralFacts;
import org.cailiang.dsl.eval.InterpretedViolation;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.CaseGeneral;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Statute;

/**
 * A case with {@code general { … }}: decided as {@code eval --general … --act-date …
 * --discovery-date … --fine …} decides it (the general part the violation uses, 减轻 below the
 * minimum of the statute for the case's facts), then compared with the verdict, options and
 * procedure flags it expects. The words were checked when compiling ({@code CaseGeneralChecks}).
 */
final class GeneralCases {
  private GeneralCases() {}

  /**
   * The outcome of the table's decision under the general part.
   *
   * @throws IllegalArgumentException when the case names no general part or an unknown
   *     circumstance, with the message for the author
   * @throws org.cailiang.runtime.CailiangException when the runtime cannot decide it (a proposed
   *     fine in no range, a statute depending on a fact left out, dates that cannot be right)
   */
  static CaseOutcome decide(Standard standard, Violation violation, String code, CaseGeneral given,
      Decision decision, Map<String, Object> facts, List<GeneralPart> generals) {
    GeneralPart part = Generals.of(standard, violation, generals).orElseThrow(
        () -> new IllegalArgumentException("标准 " + standard.id() + " 没有适用于 " + code + " 的总则（uses）"));
    Set<String> circumstances = new LinkedHashSet<>();
    for (Ref ref : given.circumstances()) {
      circumstances.add(part.circumstance(ref.name()).orElseThrow(
          () -> new IllegalArgumentException("未知的总则情节 " + ref.name())).id());
    }
    GeneralFacts general = new GeneralFacts(circumstances, date(given.act()),
        date(given.discovered()), given.fine());
    // As eval: only a circumstance of 减轻 reads the statute, and a case handed over none at all.
    Statute statute = !GeneralEvaluation.readsStatute(standard, part, general, decision) ? Statute.UNDECLARED
        : new InterpretedViolation(standard, violation, code).statute(facts);
    return GeneralEvaluation.decide(standard, part, decision, general, statute);
  }

  private static Optional<LocalDate> date(Optional<Ref> written) {
    return written.map(ref -> LocalDate.parse(ref.name().strip()));
  }

  /** Why the outcome is not what the case expects; empty when it is. */
  static String compare(CaseGeneral expected, CaseOutcome outcome) {
    Optional<CaseGeneral.Verdict> verdict = expected.verdict().flatMap(v -> CaseGeneral.Verdict.of(v.name()));
    if (verdict.isPresent() && !verdict.get().name().equals(outcome.verdict().name())) {
      CaseOutcome.Verdict wanted = CaseOutcome.Verdict.valueOf(verdict.get().name());
      return "结论不符：期望 " + wanted.label() + "，实际 " + outcome.verdict().label();
    }
    for (Ref option : expected.options()) {
      if (outcome.options().stream().noneMatch(o -> o.effect().kind().label().equals(option.name()))) {
        return "选项不符：期望有 可以" + option.name() + "处罚 的选项，实际 " + options(outcome);
      }
    }
    for (CaseGeneral.ExpectedProcedure procedure : expected.procedures()) {
      ProcedureRule.Procedure which = ProcedureRule.Procedure.of(procedure.procedure().name()).orElseThrow();
      Optional<CaseOutcome.ProcedureFlag> flag = outcome.procedure(which);
      String wanted = procedure.status().name();
      if (flag.isEmpty()) {
        return "程序不符：" + which.keyword() + " 期望 " + wanted + "，实际 没有该程序的标记（总则没有它的规则，"
            + "或者结论为" + outcome.verdict().label() + "）";
      }
      if (!flag.get().status().label().equals(wanted)) {
        return "程序不符：" + which.keyword() + " 期望 " + wanted + "，实际 " + flag.get().status().label()
            + (flag.get().trigger().isEmpty() ? "" : "（" + flag.get().trigger() + "）");
      }
    }
    return "";
  }

  private static String options(CaseOutcome outcome) {
    List<String> offered = new ArrayList<>();
    outcome.options().forEach(o -> offered.add(o.effect().label() + "（" + o.circumstance() + "）"));
    return offered.isEmpty() ? "没有选项" : String.join("、", offered);
  }
}
