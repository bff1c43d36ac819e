package org.cailiang.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The act and decision dates of {@code eval --act-date … --decision-date …}. */
record Dates(LocalDate act, LocalDate decision) {

  /**
   * The dates given, empty when there is no act date; {@code null} after reporting a bad one.
   * The decision date defaults to today.
   */
  static Optional<Dates> parse(String act, String decision, PrintWriter err) {
    if (act == null) {
      if (decision != null) {
        err.println("--decision-date 须与 --act-date 一起使用");
        return null;
      }
      return Optional.empty();
    }
    LocalDate actDay = day("--act-date", act, err);
    LocalDate decisionDay = decision == null ? org.cailiang.runtime.internal.ChinaDay.today()
        : day("--decision-date", decision, err);
    if (actDay == null || decisionDay == null) {
      return null;
    }
    LocalDate today = org.cailiang.runtime.internal.ChinaDay.today();
    if (decision != null && actDay.isAfter(today)) {
      // Supervisor: an act of 2030 decided in 2030 was refused only for its discovery, and as a
      // wrong case (exit 1), not a wrong command line.
      err.println("违法行为发生日期 " + actDay + " 在今天（" + today + "，北京时间）之后：请核对 --act-date");
      return null;
    }
    if (decisionDay.isBefore(actDay)) {
      err.println(decision == null
          ? "违法行为发生日期 " + actDay + " 在今天（" + decisionDay + "，--decision-date 的默认值）之后：请核对 --act-date"
          : "决定日期 " + decisionDay + " 早于违法行为发生日期 " + actDay);
      return null;
    }
    return Optional.of(new Dates(actDay, decisionDay));
  }

  private static LocalDate day(String option, String text, PrintWriter err) {
    String written = text.strip();
    try {
      return org.cailiang.dsl.parse.IsoDates.parse(written);
    } catch (DateTimeParseException e) {
      // 2025-02-30 is written right and is no day: say so, not "write YYYY-MM-DD".
      err.println(org.cailiang.dsl.parse.IsoDates.problem(option + " 的日期", text));
      return null;
    }
  }
}
