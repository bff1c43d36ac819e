package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.cases.CaseResult;
import org.cailiang.dsl.cases.CaseRunner;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.Standards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "运行标准中的测试用例（case … expect …），列出没有用例覆盖的阶次。",
    footer = {"", "Examples:", "  cailiang test examples/src/main/cailiang/*.cailiang",
        "", "Exit codes: 0 every case passed, 1 a case failed or the standard has errors, 2 usage or I/O error"
            + ", 3 internal failure."})
final class TestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "源文件（.cailiang）")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Compilation compilation = Loaded.compile(files);
    int stop = Loaded.stopOnErrors(compilation, spec.commandLine().getErr());
    if (stop >= 0) {
      return stop;
    }
    Standards standards = Interpreter.standards(compilation.standards());
    List<CaseResult> results = CaseRunner.run(compilation.standards(), compilation.generals(), standards);
    long failed = 0;
    for (CaseResult result : results) {
      if (result.passed()) {
        out.println(Characters.visible("  ok   " + result.code() + " " + result.testCase().name()));
      } else {
        failed++;
        out.println(Characters.visible("  FAIL " + result.testCase().span() + " " + result.code() + " "
            + result.testCase().name() + "：" + result.failure()));
      }
    }
    List<String> unreached = CaseRunner.unreached(compilation.standards(), results);
    if (!unreached.isEmpty()) {
      out.println("没有测试用例到达的阶次：");
      unreached.forEach(tier -> out.println("  " + Characters.visible(tier)));
    }
    // The plain closing line CI tools read.
    out.println((results.size() - failed) + " passed, " + failed + " failed");
    return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
