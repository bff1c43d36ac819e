package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "检查标准：语法、名称、类型、覆盖与重叠、法定幅度、原文数字。",
    footer = {"", "Examples:", "  cailiang check examples/src/main/cailiang/beijing.cailiang",
        "  cailiang check --format sarif src/main/cailiang/*.cailiang > cailiang.sarif",
        "", "Exit codes: 0 no errors or warnings, 1 findings, 2 a file could not be read"
            + ", 3 internal failure."})
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, sarif }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "源文件（.cailiang）")
  List<Path> files;

  @Option(names = "--format", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
  Format format = Format.text;

  @Override
  public Integer call() {
    Compilation compilation = Loaded.compile(files);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        out.print(Json.write(DiagnosticsJson.diagnostics(compilation.diagnostics())));
        break;
      case sarif:
        out.print(Json.write(DiagnosticsJson.sarif(compilation.diagnostics())));
        break;
      default:
        out.print(compilation.diagnostics().isEmpty()
            ? files.size() + " file(s) checked: no problems\n"
            : Characters.visible(compilation.render()));
    }
    out.flush();
    if (Loaded.unreadable(compilation)) {
      return ExitCodes.USAGE;
    }
    return compilation.count(Severity.ERROR) + compilation.count(Severity.WARNING) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
