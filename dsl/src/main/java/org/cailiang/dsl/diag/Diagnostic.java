package org.cailiang.dsl.diag;

import java.util.Objects;
import org.cailiang.dsl.model.SourceSpan;

/**
 * One finding about a source file, tied to a position.
 *
 * @param check the id of the check that found it, e.g. {@code unknown-fact}; stable, so that
 *     tools and suppressions can name it
 */
public record Diagnostic(SourceSpan span, Severity severity, String check, String message) {
  public Diagnostic {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path:line:col: severity: message}, without the source line. */
  @Override
  public String toString() {
    return span + ": " + severity.label() + ": " + message;
  }
}
