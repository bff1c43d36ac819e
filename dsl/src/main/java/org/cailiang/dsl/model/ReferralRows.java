package org.cailiang.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A violation's referrals ({@code refer ends}/{@code refer beside}) as rows of a published table,
 * after its tiers: a table of the tiers alone left out that a suspected crime goes to the judicial
 * organs (legal author: the referral was in the JSON and DMN renders only). The row's text ends in
 * a mark of what the referral does, by which {@code import} reads the row back as a referral.
 */
public final class ReferralRows {
  private ReferralRows() {}

  /** The marks, in the order of {@link Handover.Kind}: with a condition, then without. */
  private static final List<String> WHEN = List.of(
      "（依法移送，本程序不适用裁量阶次；移送回来仍应给予行政处罚的，再依本基准裁量）", "（依法移送，与适用的阶次并行）");
  /** Legal re-review: 各阶次 beside 本程序不适用裁量阶次 read as if no tier ever applied. */
  private static final List<String> ALWAYS = List.of("（仅作提示，未设条件：构成的，依法移送）", "（仅作提示，未设条件：与适用的阶次并行）");

  /**
   * One row of a referral.
   *
   * @param circumstance when it applies, in the table's words; — for one without a condition
   * @param text the referral's text and what it does to the case
   */
  public record Row(String circumstance, String text) {}

  /**
   * A referral read back from a row's text.
   *
   * @param kind what it does to the case
   * @param text its text without the mark
   * @param conditional whether the row had a condition
   */
  public record Read(Handover.Kind kind, String text, boolean conditional) {}

  /**
   * {@return the rows of the violation's referrals, in source order} A reminder without a
   * condition that a tier lists ({@code refer} in the tier, where Beijing's table writes it) is
   * where the official table puts it, and gets no row of its own.
   */
  public static List<Row> of(Violation violation) {
    ConditionWords words = new ConditionWords(violation);
    List<Row> rows = new ArrayList<>();
    for (Handover handover : violation.handovers()) {
      if (handover.trigger().isEmpty() && violation.tiers().stream().anyMatch(tier -> lists(tier, handover.text()))) {
        continue;
      }
      String when = handover.trigger().map(words::of).orElse("—");
      List<String> marks = handover.trigger().isPresent() ? WHEN : ALWAYS;
      rows.add(new Row(when, handover.text() + marks.get(handover.kind().ordinal())));
    }
    return rows;
  }

  /** {@return the referral a row's text is, when it ends in one of the marks} */
  public static Optional<Read> read(String text) {
    String stripped = text.strip();
    for (Handover.Kind kind : Handover.Kind.values()) {
      for (boolean conditional : new boolean[] {true, false}) {
        String mark = (conditional ? WHEN : ALWAYS).get(kind.ordinal());
        if (stripped.endsWith(mark) && stripped.length() > mark.length()) {
          return Optional.of(new Read(kind, stripped.substring(0, stripped.length() - mark.length()), conditional));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean lists(Tier tier, String text) {
    return tier.sanctions().stream()
        .anyMatch(s -> s instanceof SanctionSpec.Referral referral && referral.text().equals(text));
  }
}
