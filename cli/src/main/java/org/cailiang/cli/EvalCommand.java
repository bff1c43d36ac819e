package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "试算一个案件：给出适用的阶次、处罚、法律依据和说明。事实的值可以写取值名称或标签。",
    footer = {"", "Examples:",
        "  cailiang eval examples/src/main/cailiang/beijing.cailiang C05837 setter=个人设置 harm=否",
        "  cailiang eval --json examples/src/main/cailiang/beijing.cailiang C05843 serious=true",
        "", "Exit codes: 0 decided, 1 errors in the standard or wrong facts or code, 2 usage or I/O error"
            + ", 3 internal failure."})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "源文件（.cailiang）")
  Path file;

  @Parameters(index = "1", paramLabel = "CODE",
      description = "违法行为编码，如 C05837；也可以是阶次编码，如 C05837B030：事实须适用该阶次，否则报错")
  String code;

  @Parameters(index = "2..*", paramLabel = "FACT=VALUE", description = "案件事实，如 setter=个人设置 harm=否")
  List<String> facts = new ArrayList<>();

  @Option(names = "--json", description = "以 JSON 输出决定")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Compilation compilation = Loaded.compile(List.of(file));
    int stop = Loaded.stopOnErrors(compilation, err);
    if (stop >= 0) {
      return stop;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String fact : facts) {
      int equals = fact.indexOf('=');
      if (equals <= 0) {
        err.println("事实应写作 名称=值，如 harm=否：" + fact);
        return ExitCodes.USAGE;
      }
      String name = fact.substring(0, equals).strip();
      String value = fact.substring(equals + 1).strip();
      String earlier = values.putIfAbsent(name, value);
      if (earlier != null) {
        // Taking either value silently would decide a case nobody described.
        err.println("事实 " + name + " 给出了两次（" + name + "=" + earlier + " 与 " + fact.strip()
            + "）：每个事实只能给一次");
        return ExitCodes.USAGE;
      }
    }
    Standards standards = Interpreter.standards(compilation.standards());
    try {
      Decision decision = standards.evaluate(code, values);
      out.print(json ? Json.write(DecisionJson.of(decision)) : Characters.visible(text(decision)));
      return ExitCodes.OK;
    } catch (InvalidFactsException e) {
      err.println(e.code() + "：事实有误");
      e.problems().forEach(problem -> err.println("  - " + problem));
      return ExitCodes.FINDINGS;
    } catch (CailiangException e) {
      err.println(e.getMessage());
      return ExitCodes.FINDINGS;
    }
  }

  private static String text(Decision decision) {
    StringBuilder text = new StringBuilder(decision.explain()).append('\n');
    for (Sanction sanction : decision.sanctions()) {
      text.append("  - ").append(sanction.kind().label()).append(sanction.optional() ? "（可选）" : "")
          .append("：").append(sanction.toChinese()).append('\n');
    }
    if (!decision.officialText().isEmpty()) {
      text.append("  裁量基准原文：").append(decision.officialText()).append('\n');
    }
    return text.toString();
  }
}
