package org.cailiang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cailiang.generator.AtomicFiles;
import org.cailiang.importer.ImportException;
import org.cailiang.importer.Importer;
import org.cailiang.importer.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "从官方表格（Word .docx、Excel .xlsx、.csv 或 Word 导出的 .txt）起草标准：结构、事实、"
        + "处罚都从表格推断，拿不准的地方标「待核对」；随后检查草稿并列出结果。见 docs/import.md。",
    footer = {"", "Examples:",
        "  cailiang import 裁量基准.docx -o draft.cailiang",
        "", "Exit codes: 0 drafted, 1 drafted but the checks found errors, 2 usage or I/O error or a"
            + " file that cannot be imported (nothing written), 3 internal failure."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "官方表格（.docx、.xlsx、.csv、.txt）")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "写入草稿（默认写到标准输出）；只覆盖 cailiang import 写过的文件")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> refusal = output == null ? Optional.empty() : refusal(output);
    if (refusal.isPresent()) {
      err.println(output + ": error: " + refusal.get());
      return ExitCodes.USAGE;
    }
    Importer.Result result;
    try (TerminalProgress progress = TerminalProgress.forTerminal()) {
      Progress shown = progress == null ? Progress.NONE : progress;
      String draftPath = output == null ? "<stdout>" : output.toString();
      result = Importer.importFile(file, file.toString(), draftPath, shown);
    } catch (ImportException e) {
      err.println(e.render());
      return ExitCodes.USAGE;
    }
    if (output == null) {
      spec.commandLine().getOut().print(result.source());
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.replaceRegularFile(output, result.source().getBytes(StandardCharsets.UTF_8));
    }
    err.print(result.compilation().render());
    err.println(result.summary());
    return result.compilation().hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Drafts are small; a file past this is not one, whatever its first line says. */
  private static final long LARGEST_DRAFT = 64L << 20;

  /**
   * Why an existing file is not replaced: the importer did not write it, or it was edited since
   * (the draft asks to be corrected, and the corrections are the author's work).
   */
  private static Optional<String> refusal(Path output) throws IOException {
    if (!Files.isRegularFile(output)) {
      return Optional.empty(); // absent, or not a file: AtomicFiles refuses the latter itself
    }
    byte[] head = new byte[256];
    int read;
    try (var in = Files.newInputStream(output)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (!Importer.isDraft(new String(head, 0, read, StandardCharsets.UTF_8)) || Files.size(output) > LARGEST_DRAFT) {
      return Optional.of("拒绝覆盖：这个文件不是 cailiang import 生成的草稿");
    }
    if (!Importer.unedited(new String(Files.readAllBytes(output), StandardCharsets.UTF_8))) {
      return Optional.of("拒绝覆盖：这份草稿在导入后被修改过（删除它或换一个输出文件名）");
    }
    return Optional.empty();
  }
}
