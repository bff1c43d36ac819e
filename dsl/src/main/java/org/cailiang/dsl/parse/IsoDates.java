package org.cailiang.dsl.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The days a case or a command line gives: YYYY-MM-DD and nothing else. */
public final class IsoDates {
  private IsoDates() {}

  /**
   * A day written YYYY-MM-DD. {@code LocalDate.parse} alone also reads +10000-03-01 and
   * -0001-01-01 (hostile check), which no case is dated.
   *
   * @param written the text, without surrounding blanks
   * @return the day
   * @throws DateTimeParseException when it is not YYYY-MM-DD, or no such day (2025-02-30)
   */
  public static LocalDate parse(String written) {
    if (!written.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new DateTimeParseException("not YYYY-MM-DD", written, 0);
    }
    return LocalDate.parse(written);
  }

  /**
   * {@return why a text is no day, in Chinese}: a day written right that does not exist
   * (2026-02-29) says so (hostile check: it was told to write YYYY-MM-DD); anything else is told
   * the form.
   *
   * @param what what the day is, e.g. {@code 日期}, {@code --act-date 的日期}
   * @param written the text
   */
  public static String problem(String what, String written) {
    return written.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
        ? what + " " + written.strip() + " 不存在：请核对月、日"
        : what + "应写作 YYYY-MM-DD（如 \"2024-01-01\"），不能是 \"" + written + "\"";
  }
}
