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

  /**
   * At most this many diagnostics of one check in one file are listed: one slip (200 fines of one
   * party in a statute) gave 20,099 pairwise errors and 13 MB of output (hostile check).
   */
  public static final int MOST_OF_ONE_CHECK = 100;

  /**
   * Everything reported, sorted by file, line and column; beyond {@value #MOST_OF_ONE_CHECK} of
   * one check in one file, one diagnostic of that check says how many more there are.
   */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(BY_POSITION);
    java.util.Map<String, Integer> listed = new java.util.HashMap<>();
    java.util.Map<String, Diagnostic> firstLeftOut = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> leftOut = new java.util.HashMap<>();
    List<Diagnostic> shown = new ArrayList<>();
    for (Diagnostic d : copy) {
      String key = d.span().path() + "\n" + d.check();
      if (listed.merge(key, 1, Integer::sum) <= MOST_OF_ONE_CHECK) {
        shown.add(d);
      } else {
        firstLeftOut.putIfAbsent(key, d);
        leftOut.merge(key, 1, Integer::sum);
      }
    }
    firstLeftOut.forEach((key, d) -> shown.add(new Diagnostic(d.span(), d.severity(), d.check(),
        "同一检查在本文件中还有 " + leftOut.get(key) + " 处问题未列出（每个检查只列出前 "
            + MOST_OF_ONE_CHECK + " 处），自此处起")));
    shown.sort(BY_POSITION);
    return List.copyOf(shown);
  }
}
