package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Severity;

/** Source files compiled for a command, with paths shown relative to the working directory. */
final class Loaded {
  private Loaded() {}

  static Compilation compile(List<Path> files) {
    return StandardCompiler.compile(files, Path.of("").toAbsolutePath());
  }

  /** Whether a diagnostic says a file could not be read at all (exit code 2, not 1). */
  static boolean unreadable(Compilation compilation) {
    return compilation.diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.ERROR && d.check().equals("io"));
  }

  /**
   * Prints the diagnostics when there are errors; returns the exit code to stop with, or -1 to
   * go on.
   */
  static int stopOnErrors(Compilation compilation, PrintWriter err) {
    if (!compilation.hasErrors()) {
      return -1;
    }
    err.print(compilation.render());
    err.flush();
    return unreadable(compilation) ? ExitCodes.USAGE : ExitCodes.FINDINGS;
  }
}
