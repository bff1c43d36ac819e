package org.cailiang.runtime.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as a Chinese authority counts days, whatever the server's zone: the default decision date
 * and the latest day a case can be discovered (hostile re-check: on a UTC server the command line's
 * today and the runtime's differed for eight hours a day, and a same-day case was refused).
 */
public final class ChinaDay {
  /** The zone of every date of a case. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaDay() {}

  /**
   * A day known to be today or earlier: days only move forward, so one read once stays true. A
   * dated case, nearly always in the past, is then checked without reading the clock (a dated
   * evaluation is a hot path). Racy but safe: a thread that sees an older day reads the clock.
   */
  private static volatile LocalDate knownPast = LocalDate.MIN;

  /** {@return today in Beijing time} */
  public static LocalDate today() {
    LocalDate today = LocalDate.now(ZONE);
    knownPast = today;
    return today;
  }

  /**
   * {@return whether {@code day} is after today in Beijing time}
   *
   * @param day the day asked about
   */
  public static boolean isFuture(LocalDate day) {
    return day.isAfter(knownPast) && day.isAfter(today());
  }
}
