package org.cailiang.dsl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cailiang.dsl.model.SourceSpan;

/**
 * The one reporter every phase writes to. It keeps going after an error, so one run reports all
 * of them, and hands them out sorted by position.
 */
public final class Diagnostics {
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.span().path())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(Diagnostic::message);

  /** In order of report; a set, since the same finding may be reached twice. */
  private final java.util.Set<Diagnostic> all = new java.util.LinkedHashSet<>();

  public void error(SourceSpan span, String check, String message) {
    add(new Diagnostic(span, Severity.ERROR, check, message));
  }

  public void warning(SourceSpan span, String check, String message) {
    add(new Diagnostic(span, Severity.WARNING, check, message));
  }

  public void info(SourceSpan span, String check, String message) {
    add(new Diagnostic(span, Severity.INFO, check, message));
  }

  private int errors;

  public void add(Diagnostic diagnostic) {
    if (all.add(diagnostic) && diagnostic.severity() == Severity.ERROR) {
      errors++;
    }
  }

  public void addAll(Diagnostics other) {
    other.all.forEach(this::add);
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** How many diagnostics of this severity were reported. */
  public long count(Severity severity) {
    return severity == Severity.ERROR ? errors : all.stream().filter(d -> d.severity() == severity).count();
  }

  /** Everything reported, sorted by file, line and column. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(BY_POSITION);
    return List.copyOf(copy);
  }
}
