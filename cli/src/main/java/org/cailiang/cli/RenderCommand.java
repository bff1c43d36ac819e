package org.cailiang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cailiang.cli.render.DmnRenderer;
import org.cailiang.cli.render.HtmlRenderer;
import org.cailiang.cli.render.MarkdownRenderer;
import org.cailiang.cli.render.ModelJson;
import org.cailiang.cli.render.RenderedFiles;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.generator.AtomicFiles;
import org.cailiang.importer.OfficeRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "发布标准：Markdown 或 HTML 表格（带幅度图）、完整模型的 JSON（见 docs/json.md）、DMN 1.3 决策表；xlsx、docx 为官方表格版式，便于与原表对照（二进制文件：用 -o 写入文件，或经管道传给其他程序）。",
    footer = {"", "Examples:",
        "  cailiang render examples/src/main/cailiang/beijing.cailiang --format html -o beijing.html",
        "  cailiang render examples/src/main/cailiang/beijing.cailiang --format dmn > beijing.dmn",
        "  cailiang render examples/src/main/cailiang/example_security_2026.cailiang \\",
        "      examples/src/main/cailiang/example_security.cailiang --format docx -o 2026.docx",
        "", "Exit codes: 0 rendered, 1 errors in the standard, 2 usage or I/O error"
            + ", 3 internal failure."})
final class RenderCommand implements Callable<Integer> {
  enum Format { md, html, json, dmn, xlsx, docx }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = {"源文件（.cailiang，可以多个：一个标准的各个版本）",
      "md、html、json 发布所有文件的标准；dmn、xlsx、docx 只发布所给文件中第一个标准，其余文件只供解析它所取代的版本、所用的总则"})
  List<Path> files;

  @Option(names = "--format", required = true, description = "格式：${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "写入文件（默认写到标准输出）")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (output != null && !RenderedFiles.replaceable(output)) {
      spec.commandLine().getErr().println(
          output + ": error: 拒绝覆盖：这个文件不是 cailiang render -o 写出的，或写出后被修改过、在 Word、WPS 等中保存过（删除它或换一个输出文件名）");
      return ExitCodes.USAGE;
    }
    Compilation compilation = Loaded.compile(files);
    int stop = Loaded.stopOnErrors(compilation, spec.commandLine().getErr());
    if (stop < 0) {
      stop = Loaded.stopWithoutStandards(compilation, 1, spec.commandLine().getErr());
    }
    if (stop >= 0) {
      return stop;
    }
    if (format == Format.xlsx || format == Format.docx) {
      return office(compilation);
    }
    String text;
    switch (format) {
      case md:
        text = MarkdownRenderer.render(compilation.standards(), compilation.generals());
        break;
      case html:
        text = HtmlRenderer.render(compilation.standards(), compilation.generals());
        break;
      case json:
        text = ModelJson.render(compilation.standards(), compilation.generals());
        break;
      default:
        try {
          text = DmnRenderer.render(first(compilation));
        } catch (DmnRenderer.TooManyRules e) {
          spec.commandLine().getErr().println("cailiang: error: " + e.getMessage());
          return ExitCodes.FINDINGS;
        }
    }
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      // Written whole or not at all, and never over a directory, a device or a FIFO.
      AtomicFiles.replaceRegularFile(output, RenderedFiles.sealed(text).getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.OK;
  }

  /**
   * The standard of the first file given, for the formats of one standard: a later version is
   * rendered with the file of the version it supersedes after it (the compilation sorts by path).
   */
  private Standard first(Compilation compilation) {
    // The first file given that declares a standard: a general part's file may come first.
    for (Path file : files) {
      Path wanted = file.toAbsolutePath().normalize();
      Optional<Standard> standard = compilation.standards().stream()
          .filter(s -> Path.of(s.span().path()).toAbsolutePath().normalize().equals(wanted))
          .findFirst();
      if (standard.isPresent()) {
        return standard.get();
      }
    }
    return compilation.standards().get(0);
  }

  /** The official layout as a workbook or a document: bytes, so only to a file or a pipe. */
  private int office(Compilation compilation) throws IOException {
    byte[] bytes = format == Format.xlsx ? OfficeRenderer.xlsx(first(compilation))
        : OfficeRenderer.docx(first(compilation));
    if (output == null) {
      if (System.console() != null) {
        spec.commandLine().getErr().println("cailiang: error: --format " + format + " 是二进制文件，请用 -o 写入文件");
        return ExitCodes.USAGE;
      }
      System.out.write(bytes);
      System.out.flush();
    } else {
      AtomicFiles.replaceRegularFile(output, bytes);
    }
    return ExitCodes.OK;
  }
}
