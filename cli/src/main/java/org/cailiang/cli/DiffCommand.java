package org.cailiang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.versions.GeneralDiff;
import org.cailiang.dsl.versions.VersionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "比较一个标准的两个版本：按编码和事实组合列出新增、删除、较轻、较重、轻重无法比较的变化。",
    footer = {"", "Examples:",
        "  cailiang diff examples/src/main/cailiang/example_security.cailiang"
            + " examples/src/main/cailiang/example_security_2026.cailiang",
        "", "Exit codes: 0 compared, 1 errors in the standards, 2 usage or I/O error, 3 internal failure."})
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "旧版本的源文件")
  Path old;

  @Parameters(index = "1", paramLabel = "NEW", description = "新版本的源文件（通常写 supersedes 旧版本）")
  Path next;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Compiled together, so that the new version may supersede the old one and share its codes.
    Compilation compilation = Loaded.compile(List.of(old, next));
    if (onlySameNames(compilation)) {
      // Two copies of one standard — an edited copy, or a file with itself: compared apart.
      return compareApart(out, err);
    }
    int stop = Loaded.stopOnErrors(compilation, err);
    if (stop < 0) {
      stop = Loaded.stopWithoutStandards(compilation, 2, err);
    }
    if (stop >= 0) {
      return stop;
    }
    // The very file, not one of the same name in another folder (v2024/std.cailiang, v2026/std.cailiang).
    Path oldFile = old.toAbsolutePath().normalize();
    String oldPath = compilation.sources().keySet().stream()
        .filter(p -> Path.of(p).toAbsolutePath().normalize().equals(oldFile))
        .findFirst().orElse("");
    return print(pick(compilation, oldPath, true), compilation.generals(),
        pick(compilation, oldPath, false), compilation.generals(), out, err);
  }

  /**
   * Whether the only errors are names declared twice: both files declare the same standard (and
   * its general part, which the hostile check's two revisions of one file did).
   */
  private static boolean onlySameNames(Compilation compilation) {
    return compilation.hasErrors() && compilation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .allMatch(d -> d.check().equals("duplicate-name") || d.check().equals("duplicate-general"));
  }

  private int compareApart(PrintWriter out, PrintWriter err) {
    Compilation before = Loaded.compile(List.of(old));
    int stop = Loaded.stopOnErrors(before, err);
    if (stop >= 0) {
      return stop;
    }
    Compilation after = Loaded.compile(List.of(next));
    stop = Loaded.stopOnErrors(after, err);
    if (stop < 0 && (before.standards().size() != 1 || after.standards().size() != 1)) {
      err.println("两个文件各须只含一个标准：同名的标准只能一个文件一个地比较");
      stop = ExitCodes.USAGE;
    }
    return stop >= 0 ? stop : print(before.standards().get(0), before.generals(),
        after.standards().get(0), after.generals(), out, err);
  }

  private static int print(Standard before, List<GeneralPart> beforeGenerals, Standard after,
      List<GeneralPart> afterGenerals, PrintWriter out, PrintWriter err) {
    List<VersionDiff.Row> rows;
    try {
      rows = VersionDiff.diff(before, after);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return ExitCodes.FINDINGS;
    }
    List<GeneralDiff.Change> general = GeneralDiff.diff(before, beforeGenerals, after, afterGenerals);
    // Any two standards can be compared; say so when they are not one's next version.
    if (before.supersedes().map(ref -> ref.name().equals(after.id())).orElse(false)) {
      err.println("注意：" + before.id() + " 取代（supersedes）" + after.id() + "：新旧是否写反了？用法为 cailiang diff 旧 新");
    } else if (!after.supersedes().map(ref -> ref.name().equals(before.id())).orElse(false)) {
      err.println("注意：" + after.id() + " 没有写 supersedes " + before.id()
          + "，不是它的下一版本；以下仍按编码逐一比较");
    }
    StringBuilder text = new StringBuilder();
    text.append(before.id()).append(" → ").append(after.id()).append("：")
        .append(rows.isEmpty() ? "阶次没有变化" : rows.size() + " 处阶次变化")
        .append(general.isEmpty() ? "，总则没有变化" : "，总则有变化（见下）").append('\n');
    for (VersionDiff.Row row : rows) {
      text.append(row.code()).append("  ").append(row.change().label());
      if (!row.facts().isEmpty()) {
        text.append("  ").append(row.facts());
      }
      text.append('\n');
      if (!row.before().isEmpty()) {
        text.append("  旧：").append(row.before()).append('\n');
      }
      if (!row.after().isEmpty()) {
        text.append("  新：").append(row.after()).append('\n');
      }
    }
    for (GeneralDiff.Change change : general) {
      text.append("总则（").append(codes(change.codes())).append("）：\n");
      change.changes().forEach(line -> text.append("  ").append(line).append('\n'));
    }
    out.print(Characters.visible(text.toString()));
    return ExitCodes.OK;
  }

  /** The codes, or the first ten of them and how many in all. */
  private static String codes(List<String> codes) {
    return codes.size() <= 10 ? String.join("、", codes)
        : String.join("、", codes.subList(0, 10)) + " 等 " + codes.size() + " 个编码";
  }

  /** The standard of the old file, or the other one. */
  private static Standard pick(Compilation compilation, String oldPath, boolean wantOld) {
    for (Standard standard : compilation.standards()) {
      if (standard.span().path().equals(oldPath) == wantOld) {
        return standard;
      }
    }
    return compilation.standards().get(wantOld ? 0 : compilation.standards().size() - 1);
  }
}
