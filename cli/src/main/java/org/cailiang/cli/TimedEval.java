package org.cailiang.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.eval.LawInTime;
import org.cailiang.runtime.TimedDecision;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.CaseDecision;

/** {@code eval} with an act date: the version applied, why, and the outcome (or both). */
final class TimedEval {
  /** Printed before two outcomes the officer must choose between. */
  static final String OFFICER_MARK = "【须执法人员判断】";

  private TimedEval() {}

  static int run(List<Standard> standards, String code, Map<String, String> facts, Dates dates,
      boolean json, PrintWriter out, PrintWriter err) {
    return run(standards, code, facts, dates, json, out, err, null);
  }

  /** As above, each outcome also under the general part its version uses, when there is one. */
  static int run(List<Standard> standards, String code, Map<String, String> facts, Dates dates,
      boolean json, PrintWriter out, PrintWriter err, GeneralEval general) {
    Optional<CaseDecision.LimitationCheck> running = Optional.empty();
    if (general != null && general.dated()) {
      // 第三十六条 is law, not the standard: once the period has run no version is looked for.
      Optional<CaseDecision.LimitationCheck> limitation;
      try {
        // Barred under the law of the act's day or of the decision's: barred (第三十七条, the
        // lighter outcome), whichever version would decide it.
        limitation = general.limitation(code, dates.act());
        if (limitation.isEmpty() || !limitation.get().expired()) {
          Optional<CaseDecision.LimitationCheck> then = limitation;
          limitation = general.limitation(code, dates.act(), dates.decision())
              .filter(CaseDecision.LimitationCheck::expired).or(() -> then);
        }
      } catch (IllegalArgumentException e) {
        return EvalErrors.reportGeneral(e, code, json, out, err);
      } catch (CailiangException e) {
        return EvalErrors.report(e, code, json, out, err);
      }
      boolean expired = limitation.isPresent() && limitation.get().expired();
      // Evaluated once: whether a referral ends the case, and which orders the period leaves.
      List<TimedDecision.Applied> applied;
      try {
        applied = expired ? applied(standards, code, facts, dates) : List.of();
      } catch (CailiangException e) {
        // As the runtime (integrator): facts the table cannot decide do not say whether the case
        // is a suspected crime, which 第三十六条 does not bar (第二十七条).
        return EvalErrors.report(e, code, json, out, err);
      }
      if (expired && applied.stream().noneMatch(a -> a.decision().handedOver())) {
        List<String> notes;
        try {
          notes = new java.util.ArrayList<>(referralToday(standards, code, facts, dates).stream().toList());
        } catch (CailiangException e) {
          // As the runtime: the decision day's version must decide whether it refers.
          return EvalErrors.report(e, code, json, out, err);
        }
        try {
          // No version at the act: the earliest version's orders and referrals, as the runtime weighs it.
          measuresNotBarred(applied.isEmpty() ? earliest(standards, code, facts) : applied).ifPresent(notes::add);
        } catch (CailiangException e) {
          return EvalErrors.report(e, code, json, out, err);
        }
        out.print(json ? Json.write(org.cailiang.runtime.internal.CaseJson.timeBarred(code, dates.act(), dates.decision(), limitation.get(), notes))
            : Characters.visible(timeBarredText(code, dates, limitation.get(), notes)));
        return ExitCodes.OK;
      }
      running = limitation;
    }
    TimedDecision decision;
    try {
      decision = new LawInTime(standards).decide(code, facts, dates.act(), dates.decision());
    } catch (CailiangException e) {
      return EvalErrors.report(e, code, json, out, err);
    }
    Map<TimedDecision.Applied, CaseDecision> outcomes = new HashMap<>();
    if (general != null) {
      try {
        List<String> misfits = new java.util.ArrayList<>();
        for (TimedDecision.Applied applied : decision.applied()) {
          GeneralEval used = general;
          Optional<CaseDecision> outcome;
          try {
            outcome = general.outcome(applied.decision(), Optional.of(dates.act()), facts);
          } catch (org.cailiang.runtime.InvalidGeneralFactsException e) {
            if (!e.aboutProposedFine() || decision.applied().size() < 2) {
              throw e;
            }
            // As the runtime: the fine proposed under one of two versions need not fit the other.
            misfits.add("版本 " + applied.version() + "：" + e.getMessage());
            used = general.withoutFine();
            String note = org.cailiang.runtime.internal.CaseJson.proposedFineNote(applied.version(), e.getMessage());
            outcome = used.outcome(applied.decision(), Optional.of(dates.act()), facts)
                .map(o -> o.withUnresolved(List.of(note)));
          }
          GeneralEval chosen = used;
          outcome.map(o -> chosen.inTime(o, applied.decision(), code, dates.act(),
                  dates.decision(), decision.applied().size() == 1))
              .ifPresent(o -> outcomes.put(applied, o));
        }
        if (!misfits.isEmpty() && misfits.size() == decision.applied().size()) {
          throw new org.cailiang.runtime.InvalidGeneralFactsException( // a fine no version allows
              org.cailiang.runtime.internal.CaseJson.noVersionAllows(misfits), true);
        }
      } catch (IllegalArgumentException e) {
        return EvalErrors.reportGeneral(e, code, json, out, err);
      } catch (CailiangException e) {
        return EvalErrors.report(e, code, json, out, err);
      }
    }
    out.print(json ? Json.write(json(standards, decision, outcomes))
        : Characters.visible(text(standards, decision, outcomes, running)));
    return ExitCodes.OK;
  }

  /**
   * Whether a referral that ends the case takes it (第二十七条): 第三十六条 bars administrative
   * penalties, not a handover, as the general part decides it (docs/language.md §18.3). A case
   * the table cannot decide is not known to be handed over.
   */
  /**
   * The versions applied at the act and the decision, as eval weighs them.
   *
   * @throws CailiangException when the facts do not suffice to decide the table
   */
  private static List<TimedDecision.Applied> applied(List<Standard> standards, String code,
      Map<String, String> facts, Dates dates) {
    return new LawInTime(standards).decide(code, facts, dates.act(), dates.decision()).applied();
  }

  /**
   * The versions applied on the first day of the earliest version that has the code (integrator's
   * re-check: an act before every version, barred, had the orders note in the runtime only).
   */
  private static List<TimedDecision.Applied> earliest(List<Standard> standards, String code,
      Map<String, String> facts) {
    Optional<LocalDate> first = standards.stream()
        .filter(s -> s.violations().stream().anyMatch(v -> v.codes().codes().contains(code)))
        .map(Standard::effective).flatMap(Optional::stream).min(LocalDate::compareTo);
    return first.isEmpty() ? List.of()
        : new LawInTime(standards).decide(code, facts, first.get(), first.get()).applied();
  }

  /**
   * The orders and referrals of the tier that would decide the case, which the limitation does not
   * bar.
   */
  private static Optional<String> measuresNotBarred(List<TimedDecision.Applied> applied) {
    return applied.stream()
        .map(a -> org.cailiang.runtime.internal.CaseJson.measuresAfterLimitation(a.decision().sanctions()))
        .flatMap(Optional::stream).findFirst();
  }

  /**
   * The act's version does not hand the case over (none was in force, or it has no such rule),
   * but the version in force on the decision's day does: the referral is the law's (第二十七条),
   * which 第三十六条 does not bar, so the officer is told rather than the case closed silently.
   */
  private static Optional<String> referralToday(List<Standard> standards, String code,
      Map<String, String> facts, Dates dates) {
    for (TimedDecision.Applied applied : new LawInTime(standards)
        .decide(code, facts, dates.decision(), dates.decision()).applied()) {
      if (!applied.decision().handedOver()) {
        continue;
      }
      for (org.cailiang.runtime.Sanction sanction : applied.decision().sanctions()) {
        if (sanction instanceof org.cailiang.runtime.Sanction.Referral referral) {
          return Optional.of(org.cailiang.runtime.internal.CaseJson.referralNote(applied.version(),
              applied.period(), referral.text()));
        }
      }
    }
    return Optional.empty();
  }

  private static String timeBarredText(String code, Dates dates, CaseDecision.LimitationCheck l,
      List<String> notes) {
    StringBuilder text = new StringBuilder("违法行为发生之日：" + dates.act() + "；发现之日："
        + l.discoveryDate() + "；作出处罚决定之日：" + dates.decision() + "\n总则："
        + CaseDecision.Verdict.TIME_BARRED.label() + "\n  追责时效：" + l.period() + "，已超过"
        + (l.basis().isBlank() ? "" : "（" + l.basis() + "）") + "\n");
    notes.forEach(note -> text.append("  须由执法人员决定：").append(note).append('\n'));
    return text.append("  说明：").append(org.cailiang.runtime.internal.CaseJson.timeBarredExplanation(code, l)).append('\n').toString();
  }

  static String text(TimedDecision decision) {
    return text(List.of(), decision, Map.of(), Optional.empty());
  }

  private static String text(List<Standard> standards, TimedDecision decision,
      Map<TimedDecision.Applied, CaseDecision> outcomes,
      Optional<CaseDecision.LimitationCheck> limitation) {
    StringBuilder text = new StringBuilder();
    text.append("违法行为发生之日：").append(decision.actDate());
    // The discovery date, as the time-barred header says it (hostile re-check: dropped here).
    limitation.ifPresent(l -> text.append("；发现之日：").append(l.discoveryDate()));
    text.append("；作出处罚决定之日：").append(decision.decisionDate()).append('\n');
    if (decision.needsOfficer()) {
      text.append(OFFICER_MARK);
    }
    text.append(decision.explanation()).append('\n');
    if (decision.ground().byArticle37()) {
      text.append("  依据：").append(TimedDecision.ARTICLE_37).append('\n');
    }
    for (TimedDecision.Applied applied : decision.applied()) {
      text.append("适用版本：").append(applied.version()).append("（").append(applied.period()).append("）\n");
      RegulationDates.notes(standards, applied, decision.actDate())
          .forEach(note -> text.append("  注意：").append(note).append('\n'));
      text.append(EvalCommand.text(applied.decision()));
      if (outcomes.containsKey(applied)) {
        text.append(GeneralEval.text(outcomes.get(applied)));
      }
    }
    if (decision.applied().isEmpty()) {
      text.append("本基准不作裁量：须由执法人员依法律、法规、规章判断\n");
      // No version's outcome says it, but the period was weighed (legal review: only a period
      // that had run was ever shown).
      limitation.ifPresent(l -> text.append("  追责时效：").append(l.period())
          .append("，未超过（期限的最后一日为").append(l.lastDay())
          .append(l.basis().isBlank() ? "" : "，" + l.basis()).append("）\n"));
    }
    return text.toString();
  }

  private static Map<String, Object> json(List<Standard> standards,
      TimedDecision decision, Map<TimedDecision.Applied, CaseDecision> outcomes) {
    return org.cailiang.runtime.internal.CaseJson.timed(decision,
        applied -> RegulationDates.notes(standards, applied, decision.actDate()), outcomes::get);
  }
}
