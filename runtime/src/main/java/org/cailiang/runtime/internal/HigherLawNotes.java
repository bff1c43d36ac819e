package org.cailiang.runtime.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a standard's author recorded of tiers that go beyond the higher law their regulation
 * implements ({@code suppress "higher-law" "理由"}), said for an act while that law is in force
 * (integrator: Beijing's C05837 fines before a refusal, which 公共安全视频图像信息系统管理条例 does
 * not allow since 2025-04-01, came out of the jar as an ordinary decision; the caveat reached only
 * the command line). The interpreter and the generated code build it from the same data.
 */
public final class HigherLawNotes {
  /** How each note begins. */
  public static final String PREFIX = "本违法行为的阶次超出所实施的上位法的规定（裁量基准作者以 suppress \"higher-law\" 写明）：";

  /** A violation without such a record. */
  public static final HigherLawNotes NONE = new HigherLawNotes(new LocalDate[0], new LocalDate[0],
      new String[0], new String[0]);

  private final LocalDate[] from;
  private final LocalDate[] until;
  private final String[] suffixes;
  private final String[] reasons;

  private HigherLawNotes(LocalDate[] from, LocalDate[] until, String[] suffixes, String[] reasons) {
    this.from = from;
    this.until = until;
    this.suffixes = suffixes;
    this.reasons = reasons;
  }

  /**
   * The notes of one violation.
   *
   * @param periods when the higher laws are in force, two entries each: the first day and the day
   *     of repeal (not in force), each {@code ""} when not declared
   * @param suffixes per note, the tier suffix it is recorded on; {@code ""} for every tier
   * @param reasons per note, the author's reason
   * @return the notes
   * @throws IllegalArgumentException when the arrays do not match or a date is not ISO
   */
  public static HigherLawNotes of(String[] periods, String[] suffixes, String[] reasons) {
    if (periods.length % 2 != 0 || suffixes.length != reasons.length) {
      throw new IllegalArgumentException("periods in pairs, one suffix per reason");
    }
    LocalDate[] from = new LocalDate[periods.length / 2];
    LocalDate[] until = new LocalDate[periods.length / 2];
    for (int i = 0; i < from.length; i++) {
      from[i] = periods[2 * i].isEmpty() ? null : LocalDate.parse(periods[2 * i]);
      until[i] = periods[2 * i + 1].isEmpty() ? null : LocalDate.parse(periods[2 * i + 1]);
    }
    return new HigherLawNotes(from, until, suffixes.clone(), reasons.clone());
  }

  /**
   * The notes on a decision for an act of a day.
   *
   * @param violationCode the case's violation code
   * @param tierCode the decision's tier code
   * @param act the day of the act
   * @return the notes, in source order, each once; empty when the higher law is not in force then
   */
  public List<String> on(String violationCode, String tierCode, LocalDate act) {
    Objects.requireNonNull(tierCode, "阶次编码（tierCode）为 null");
    Objects.requireNonNull(act, "违法行为发生之日（act）为 null");
    // A referral's decision has no tier (its code is the violation's): the notes are of tiers
    // (hostile re-check: a suspected crime was marked for the officer over a note on fines); a
    // tier code of another violation has none of these (integrator's re-check: "XXXX" had them).
    if (reasons.length == 0 || tierCode.equals(violationCode) || !tierCode.startsWith(violationCode)
        || !inForce(act)) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < reasons.length; i++) {
      String note = PREFIX + reasons[i];
      if ((suffixes[i].isEmpty() || tierCode.equals(violationCode + suffixes[i])) && !notes.contains(note)) {
        notes.add(note);
      }
    }
    return List.copyOf(notes);
  }

  /**
   * A violation's outcome under the general part with the notes for the act's day among the
   * points left to the officer, when the general facts give that day (integrator: the typed
   * {@code evaluate(Facts, GeneralFacts)} said nothing of them while the untyped call did).
   *
   * @param violationCode the case's violation code
   * @param outcome the outcome
   * @param general the general facts it was decided on
   * @return the outcome, with the notes when there are any
   */
  public org.cailiang.runtime.CaseDecision addedTo(String violationCode,
      org.cailiang.runtime.CaseDecision outcome, org.cailiang.runtime.GeneralFacts general) {
    return general.actDate().isEmpty() ? outcome
        : outcome.withUnresolved(on(violationCode, outcome.decision().tierCode(), general.actDate().get()));
  }

  private boolean inForce(LocalDate act) {
    for (int i = 0; i < from.length; i++) {
      if ((from[i] == null || !act.isBefore(from[i])) && (until[i] == null || act.isBefore(until[i]))) {
        return true;
      }
    }
    return false;
  }
}
