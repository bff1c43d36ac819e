package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.versions.Versions;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "试算一个案件：给出适用的阶次、处罚、法律依据和说明。事实的值可以写取值名称或标签。",
    footer = {"", "Examples:",
        "  cailiang eval examples/src/main/cailiang/beijing.cailiang C05837 setter=个人设置 harm=否",
        "  cailiang eval --json examples/src/main/cailiang/beijing.cailiang C05843 serious=true",
        "  cailiang eval examples/src/main/cailiang/example_security*.cailiang E05403 minor=true again=false"
            + " --act-date 2025-12-01 --decision-date 2026-02-01",
        "", "Exit codes: 0 decided, 1 errors in the standard or wrong facts or code, 2 usage or I/O error"
            + ", 3 internal failure."})
final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  // FILE… CODE FACT=VALUE…: the files are the leading arguments that end in .cailiang.
  @Parameters(index = "0..*", paramLabel = "FILE… CODE FACT=VALUE…", description = {
      "源文件（.cailiang，可以多个：同一标准的各个版本）",
      "违法行为编码，如 C05837；也可以是阶次编码，如 C05837B030：事实须适用该阶次，否则报错",
      "案件事实，如 setter=个人设置 harm=否"})
  List<String> arguments = new ArrayList<>();

  List<Path> files = new ArrayList<>();
  String code;
  List<String> facts = new ArrayList<>();

  @Option(names = "--act-date", paramLabel = "YYYY-MM-DD",
      description = "违法行为发生之日（持续的，行为终了之日）：据此选择当时施行的版本")
  String actDate;

  @Option(names = "--decision-date", paramLabel = "YYYY-MM-DD",
      description = "作出处罚决定之日，默认今天：新版本处罚较轻或不再处罚时适用新版本（行政处罚法第三十七条）")
  String decisionDate;

  @Option(names = "--json", description = "以 JSON 输出决定")
  boolean json;

  @Option(names = "--general", paramLabel = "情节[=是|否]",
      description = "总则情节（标准以 uses 使用的总则中声明的名称或标签），可以多次给出，如 --general minor_age")
  List<String> general = new ArrayList<>();

  @Option(names = "--discovery-date", paramLabel = "YYYY-MM-DD",
      description = "违法行为被发现之日：与 --act-date 一起计算追责时效（行政处罚法第三十六条）")
  String discoveryDate;

  @Option(names = "--fine", paramLabel = "AMOUNT",
      description = "拟处罚款数额，如 200：听证、简易程序等程序标记据此确定")
  String fine;

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Evaluates the case with the arguments and options set; returns the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    int i = 0;
    while (i < arguments.size() && arguments.get(i).endsWith(".cailiang")) {
      files.add(Path.of(arguments.get(i++)));
    }
    if (files.isEmpty() || i == arguments.size()) {
      err.println("用法：cailiang eval FILE… CODE [FACT=VALUE…]：须先给出源文件（.cailiang），再给出编码");
      return ExitCodes.USAGE;
    }
    code = arguments.get(i++);
    facts = arguments.subList(i, arguments.size());
    Optional<Dates> dates = Dates.parse(actDate, decisionDate, err);
    if (dates == null) {
      return ExitCodes.USAGE;
    }
    Compilation compilation = Loaded.compile(files);
    int stop = Loaded.stopOnErrors(compilation, err);
    if (stop < 0) {
      stop = Loaded.stopWithoutStandards(compilation, 1, err);
    }
    if (stop >= 0) {
      return stop;
    }
    GeneralEval generalPart =
        GeneralEval.parse(compilation, general, discoveryDate, fine, dates, err);
    if (generalPart == null) {
      return ExitCodes.USAGE;
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
      if (earlier != null && earlier.isEmpty()) {
        values.put(name, value); // a blank value is no value: the other one stands
        earlier = value;
      }
      if (earlier != null && !value.isEmpty() && !sameValue(earlier, value)) {
        // Taking either value silently would decide a case nobody described. The same value
        // twice describes one case, as a general circumstance given twice alike does.
        // Two spellings of one value (个人设置, individual) are refused too: which is meant is
        // the reader's to say, not the order of the arguments'.
        err.println("事实 " + name + " 给出了两次（" + name + "=" + earlier + " 与 " + fact.strip()
            + "）：每个事实只写一次");
        return ExitCodes.USAGE;
      }
    }
    if (dates.isEmpty() && versioned(compilation.standards(), code)) {
      // Choosing a version silently would decide under a law the case may not fall under.
      err.println("编码 " + code + " 在多个版本中都有：请用 --act-date 给出违法行为发生之日"
          + "（--decision-date 默认为今天）");
      return ExitCodes.USAGE;
    }
    if (dates.isPresent()) {
      return TimedEval.run(compilation.standards(), code, values, dates.get(), json, out, err,
          generalPart);
    }
    Standards standards = Interpreter.standards(compilation.standards());
    try {
      Decision decision = standards.evaluate(code, values);
      Optional<CaseDecision> outcome = generalPart.outcome(decision, Optional.empty(), values);
      List<String> caveats = RegulationDates.notes(compilation.standards(), decision,
          org.cailiang.runtime.internal.ChinaDay.today());
      if (json) {
        Map<String, Object> object = DecisionJson.of(decision);
        if (!caveats.isEmpty()) {
          // Integrator: the text said it, the JSON did not.
          object.put("notes", new java.util.ArrayList<Object>(caveats));
        }
        outcome.ifPresent(o -> object.put("general", GeneralEval.json(o)));
        out.print(Json.write(object));
      } else {
        StringBuilder notes = new StringBuilder();
        caveats.forEach(note -> notes.append("注意：").append(note).append('\n'));
        out.print(Characters.visible(notes + text(decision) + outcome.map(GeneralEval::text).orElse("")));
      }
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      return EvalErrors.reportGeneral(e, code, json, out, err);
    } catch (CailiangException e) {
      return EvalErrors.report(e, code, json, out, err);
    }
  }

  /** The same value written twice, or as 是 and true (否 and false), as the reader reads them. */
  private static boolean sameValue(String one, String other) {
    return one.equals(other) || yes(one) != null && yes(one).equals(yes(other));
  }

  private static Boolean yes(String value) {
    return switch (value) {
      case "是", "true" -> Boolean.TRUE;
      case "否", "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static boolean versioned(List<org.cailiang.dsl.model.Standard> standards, String code) {
    for (List<org.cailiang.dsl.model.Standard> chain : Versions.chains(standards)) {
      if (chain.size() > 1) {
        long having = chain.stream().flatMap(s -> s.violations().stream())
            .filter(v -> GeneralEval.names(v, code)).count();
        if (having > 1) {
          return true;
        }
      }
    }
    return false;
  }

  static String text(Decision decision) {
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
