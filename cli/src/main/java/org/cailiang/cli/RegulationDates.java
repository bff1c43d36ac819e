package org.cailiang.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Validity;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.TimedDecision;

/**
 * Notes on a dated decision whose regulation was repealed by the act date. A version of a standard
 * is chosen by its own period (docs/language.md §17.2); a version left in force after its law was
 * repealed (the next version not given to {@code eval}) would otherwise decide under a repealed law
 * unnoticed. (A law not yet in force at the act is no note: the runtime does not decide such an
 * act, {@code Violation.lawEffective}.)
 */
final class RegulationDates {
  private RegulationDates() {}

  static List<String> notes(List<Standard> standards, TimedDecision.Applied applied, LocalDate act) {
    List<String> notes = new ArrayList<>();
    for (Standard standard : standards) {
      if (!standard.id().equals(applied.version())) {
        continue;
      }
      for (Regulation regulation : standard.regulations()) {
        for (Violation violation : regulation.violations()) {
          if (violation.codes().codes().contains(applied.decision().violationCode())) {
            note(regulation, act, notes);
            reminders(violation, applied.decision(), notes);
          }
        }
      }
    }
    notes.addAll(applied.notes()); // the higher law's, as the runtime gives them
    return notes;
  }

  /**
   * The notes of an undated decision, made today: that its tier goes beyond the higher law it
   * implements, as the standard's author recorded.
   */
  static List<String> notes(List<Standard> standards, org.cailiang.runtime.Decision decision,
      LocalDate today) {
    List<String> notes = new ArrayList<>();
    for (Standard standard : standards) {
      if (!standard.id().equals(decision.standardId())) {
        continue;
      }
      for (Violation violation : standard.violations()) {
        if (violation.codes().codes().contains(decision.violationCode())) {
          higherLaw(standard, violation, decision, today, notes);
          reminders(violation, decision, notes);
        }
      }
    }
    return notes;
  }

  /**
   * A tier the author knows to go beyond the higher law it implements ({@code suppress
   * "higher-law" "理由"} on the violation or the tier): said when that law is in force at the act
   * (legal re-review: Beijing's fines before a refusal, which 公共安全视频图像信息系统管理条例 does not
   * allow since 2025-04-01, were given for a 2025 act without a word; the reason was only in the
   * source). The runtime's notes, from the same records.
   */
  private static void higherLaw(Standard standard, Violation violation,
      org.cailiang.runtime.Decision decision, LocalDate act, List<String> notes) {
    notes.addAll(org.cailiang.dsl.eval.HigherLawRecords.of(standard, violation).notes()
        .on(decision.violationCode(), decision.tierCode(), act));
  }

  /**
   * The violation's referrals without a condition, reminders to the officer (legal author: a
   * `refer beside` without `when` was in the rendered table but never in eval's output).
   */
  private static void reminders(Violation violation, org.cailiang.runtime.Decision decision, List<String> notes) {
    for (org.cailiang.dsl.model.Handover reminder : violation.reminders()) {
      // A tier that lists the same referral says it already (Beijing's B020 rows).
      boolean listed = decision.sanctions().stream().anyMatch(s ->
          s instanceof org.cailiang.runtime.Sanction.Referral referral && referral.text().equals(reminder.text()));
      if (!listed) {
        notes.add(reminder(reminder.text()));
      }
    }
  }

  /** How eval says a reminder, in its text and its JSON notes. */
  static String reminder(String text) {
    return "移送提示（本标准未设条件，由办案人员判断是否适用）：" + text;
  }

  private static void note(Regulation regulation, LocalDate act, List<String> notes) {
    Validity validity = regulation.validity();
    String title = regulation.title().startsWith("《") ? regulation.title() : "《" + regulation.title() + "》";
    validity.repealed().filter(repealed -> !act.isBefore(repealed)).ifPresent(repealed -> notes.add(
        "违法行为发生之日（" + act + "）" + title + "已废止（" + repealed + "起不再施行），本裁量基准版本却仍在施行期间："
            + "请核对是否另有依据新法的裁量基准版本（与本版本一并给出），或依新法判断"));
  }
}
