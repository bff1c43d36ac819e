package org.cailiang.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.cailiang.generator.OutputRefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code cailiang} command. */
@Command(
    name = "cailiang",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "裁量：行政处罚裁量基准的编译器。检查标准、试算案件、发布表格、生成 Java、运行测试用例。",
    subcommands = {CheckCommand.class, EvalCommand.class, RenderCommand.class, GenerateCommand.class,
        TestCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 findings (diagnostics, failed cases, undecidable case), 2 usage or I/O error."})
public final class Main implements Runnable {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit code. Output is UTF-8 whatever the platform default. */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof OutputRefusedException) {
        errWriter.println(e.getMessage()); // already path: error: message lines
        return ExitCodes.USAGE;
      }
      errWriter.println("cailiang: " + (e instanceof java.io.IOException ? "I/O error: " : "internal error: ") + e.getMessage());
      return e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException ? ExitCodes.USAGE : 3;
    });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少子命令（check、eval、render、generate、test）");
  }

  /** The version from the jar's manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cailiang " + (version == null ? "development" : version)};
    }
  }
}
