package org.cailiang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.DiagnosticRenderer;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.format.Formatter;
import org.cailiang.dsl.format.KeywordSet;
import org.cailiang.dsl.parse.SourceReader;
import org.cailiang.generator.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "格式化源文件（原地改写）：统一缩进与空格，可在英文与中文关键字之间转换；"
        + "注释与字符串逐字保留。有语法错误的文件不改动。",
    footer = {"", "Examples:", "  cailiang format src/main/cailiang/*.cailiang",
        "  cailiang format --keywords zh beijing.cailiang",
        "  cailiang format --check src/main/cailiang/*.cailiang",
        "", "Exit codes: 0 done (with --check: every file formatted), 1 a file has syntax errors"
            + " (with --check: or is not formatted), 2 a file is not a readable .cailiang file or"
            + " cannot be written, 3 internal failure."})
final class FormatCommand implements Callable<Integer> {
  enum Keywords { en, zh }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "源文件（.cailiang）")
  List<Path> files;

  @Option(names = "--keywords", description = "关键字写成：${COMPLETION-CANDIDATES}（默认保持原样）")
  Keywords keywords;

  @Option(names = "--check", description = "不改写，只列出未格式化的文件（有则以 1 退出）")
  boolean check;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) { // refused before any file is touched
      if (!file.getFileName().toString().endsWith(".cailiang")) {
        err.println(shown(file) + ": error: 不是 .cailiang 源文件，拒绝格式化");
        return ExitCodes.USAGE;
      }
    }
    int exit = ExitCodes.OK;
    for (Path file : files) {
      exit = Math.max(exit, format(file, out, err));
    }
    out.flush();
    return exit;
  }

  private int format(Path file, PrintWriter out, PrintWriter err) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SourceFile> source = SourceReader.read(file, shown(file), diagnostics);
    Optional<String> formatted = source.flatMap(s -> Formatter.format(s, keywordSet(), diagnostics));
    if (formatted.isEmpty()) {
      Map<String, SourceFile> sources = source.map(s -> Map.of(s.path(), s)).orElse(Map.of());
      err.print(new DiagnosticRenderer(sources).render(diagnostics.sorted()));
      err.flush();
      return source.isEmpty() ? ExitCodes.USAGE : ExitCodes.FINDINGS;
    }
    byte[] bytes = formatted.get().getBytes(StandardCharsets.UTF_8);
    if (java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
      return ExitCodes.OK;
    }
    out.println(shown(file));
    if (check) {
      return ExitCodes.FINDINGS;
    }
    AtomicFiles.replaceRegularFile(file, bytes);
    return ExitCodes.OK;
  }

  private KeywordSet keywordSet() {
    if (keywords == null) {
      return KeywordSet.AS_WRITTEN;
    }
    return keywords == Keywords.zh ? KeywordSet.ZH : KeywordSet.EN;
  }

  private static String shown(Path file) {
    return StandardCompiler.shownPath(file, Path.of("").toAbsolutePath());
  }
}
