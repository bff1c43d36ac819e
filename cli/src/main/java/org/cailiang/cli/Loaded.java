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

  /**
   * Usage error (2) when the files declare fewer than {@code needed} standards, as a file of
   * general parts alone does; -1 to go on.
   */
  static int stopWithoutStandards(Compilation compilation, int needed, PrintWriter err) {
    if (compilation.standards().size() >= needed) {
      return -1;
    }
    err.println(needed == 1 ? "文件中没有标准（standard）：只含总则（general）的文件须与使用它的标准一起使用"
        : "须给出两个标准的源文件：只含总则（general）的文件不是标准的版本");
    return ExitCodes.USAGE;
  }
}
