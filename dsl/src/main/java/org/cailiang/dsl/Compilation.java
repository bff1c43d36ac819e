package org.cailiang.dsl;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.DiagnosticRenderer;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;

/**
 * The result of compiling a set of source files: the checked standards and every diagnostic.
 * When {@link #hasErrors()} the standards must not be used to generate code.
 *
 * @param standards the standards of the files that parsed, sorted by path
 * @param diagnostics every diagnostic, sorted by position
 * @param sources the files read, by the path their diagnostics show
 * @param generals the general parts declared in the files, sorted by path, then in source order
 */
public record Compilation(
    List<Standard> standards,
    List<Diagnostic> diagnostics,
    Map<String, SourceFile> sources,
    List<GeneralPart> generals) {

  /** A compilation without general parts. */
  public Compilation(
      List<Standard> standards, List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    this(standards, diagnostics, sources, List.of());
  }

  public Compilation {
    generals = List.copyOf(generals);
    standards = List.copyOf(standards);
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  /** Whether any error was found. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** How many diagnostics of this severity there are. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Every diagnostic with its source line and caret, then a count. */
  public String render() {
    if (diagnostics.isEmpty()) {
      return "";
    }
    return new DiagnosticRenderer(sources).render(diagnostics) + summary() + "\n";
  }

  /** {@code 2 errors, 1 warning}. */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
  }
}
