package org.cailiang.dsl.diag;

import java.util.Locale;

/** How serious a diagnostic is. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** {@code error}, {@code warning}, {@code info}: as the diagnostic line writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
