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
}
