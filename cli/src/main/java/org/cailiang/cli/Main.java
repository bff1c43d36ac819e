package org.cailiang.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
    subcommands = {CheckCommand.class, EvalCommand.class, DiffCommand.class, RenderCommand.class,
        GenerateCommand.class, TestCommand.class, ImportCommand.class, FormatCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 findings (diagnostics, failed cases, undecidable case), 2 usage or I/O"
        + " error, 3 internal failure (a bug, or not enough memory or stack for the input)."})
public final class Main implements Runnable {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    // Stopped by SIGTERM or Ctrl-C mid-write: no half-written hidden file left beside an output.
    Runtime.getRuntime().addShutdownHook(
        new Thread(org.cailiang.generator.AtomicFiles::removeStaged, "cailiang-cleanup"));
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line; returns the exit code. Output is UTF-8 whatever the platform default;
   * the error stream is meant for a terminal, so invisible characters on it are made visible.
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(
        new TerminalWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    Optional<EvalCommand> plainEval = PlainEval.parse(args);
    int code;
    if (plainEval.isPresent()) {
      code = execute(plainEval.get(), outWriter, errWriter);
    } else {
      CommandLine cli = new CommandLine(new Main());
      cli.setOut(outWriter);
      code = execute(cli, args, errWriter);
    }
    outWriter.flush();
    return outputLost(outWriter, out) ? lostOutput(code, errWriter) : code;
  }

  /**
   * Whether the output could not be written: a closed pipe or a full disk. Both a
   * {@code PrintWriter} and a {@code PrintStream} swallow the failure, so each is asked.
   */
  private static boolean outputLost(PrintWriter outWriter, OutputStream out) {
    return outWriter.checkError() || out instanceof PrintStream stream && stream.checkError();
  }

  /** A result that never reached its reader is not a success: exit 2, as for a file not written. */
  private static int lostOutput(int code, PrintWriter err) {
    err.println("cailiang: I/O error: 无法写出标准输出（管道已关闭或磁盘已满），结果未送达");
    err.flush();
    return Math.max(code, ExitCodes.USAGE);
  }

  /** Runs an eval read without picocli; fails as under picocli, in one line and exit code 3. */
  private static int execute(EvalCommand eval, PrintWriter out, PrintWriter err) {
    try {
      return eval.run(out, err);
    } catch (Throwable e) { // as under picocli: never a stack trace
      return failed(e, err);
    } finally {
      err.flush();
    }
  }

  /**
   * Executes a command line whatever goes wrong: a failure of cailiang itself — an exception, or
   * an error such as running out of memory — is one line on {@code err} and exit code 3, never a
   * stack trace.
   */
  static int execute(CommandLine cli, String[] args, PrintWriter err) {
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, err));
    cli.setParameterExceptionHandler((e, given) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter out = command.getErr();
      out.println(UsageMessages.chinese(e.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, out)) {
        command.usage(out);
      }
      return ExitCodes.USAGE;
    });
    CommandLine.IExecutionStrategy strategy = cli.getExecutionStrategy();
    cli.setExecutionStrategy(parsed -> {
      UsageErrors.rejectUnmatched(parsed);
      return strategy.execute(parsed);
    });
    try {
      return cli.execute(args);
    } catch (Throwable e) { // errors pass through picocli; none may end in a stack trace
      return failed(e, err);
    } finally {
      err.flush();
    }
  }

  static int failed(Throwable e, PrintWriter err) {
    if (e instanceof OutputRefusedException) {
      err.println(e.getMessage()); // already path: error: message lines
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      err.println("cailiang: I/O error: " + oneLine(io.getMessage()) + reason(io));
      return ExitCodes.USAGE;
    }
    if (e instanceof OutOfMemoryError) {
      err.println("cailiang: 内存不足：输入过大或过于复杂（" + oneLine(e.getMessage()) + "）");
    } else if (e instanceof StackOverflowError) {
      err.println("cailiang: internal error: 嵌套过深，栈空间不足（StackOverflowError）");
    } else {
      err.println("cailiang: internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
    }
    return ExitCodes.INTERNAL;
  }

  /**
   * Why the file system refused, in Chinese: the JDK's exceptions for a path often carry only
   * the path ({@code AccessDeniedException: /out/META-INF}).
   */
  private static String reason(IOException e) {
    String reason;
    if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "没有权限，只读或属于其他用户";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      reason = "不存在";
    } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
      reason = "已存在";
    } else if (e instanceof java.nio.file.NotDirectoryException) {
      reason = "不是目录";
    } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
      reason = "目录不为空";
    } else {
      // Any other exception's message already says why (FileSystemException: "path: reason").
      return "";
    }
    return "：" + reason;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  @Override
  public void run() {
    UsageErrors.missingSubcommand(spec);
  }

  /**
   * The usage errors picocli does not report itself. Out of {@code Main}'s own methods because
   * verifying a {@code throw} loads the class thrown, and a plain eval loads none of picocli's.
   */
  private static final class UsageErrors {
    /**
     * Picocli lets an unknown command pass when {@code --help} is also given, and prints the main
     * help with exit code 0 ({@code cailiang frobnicate --help}); a usage error it is, exit 2.
     */
    static void rejectUnmatched(CommandLine.ParseResult parsed) {
      for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (!p.unmatched().isEmpty()) {
          throw new CommandLine.UnmatchedArgumentException(
              p.commandSpec().commandLine(), p.unmatched());
        }
      }
    }

    static void missingSubcommand(CommandSpec spec) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "缺少子命令（check、eval、diff、render、generate、test、import、format）");
    }
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
