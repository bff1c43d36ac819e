package org.cailiang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.generator.OutputLock;
import org.cailiang.generator.OutputWriter;
import org.cailiang.generator.RunManifests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "生成与 Maven 插件相同的 Java 源代码和 services 文件，供其他构建工具使用。",
    footer = {"", "Examples:",
        "  cailiang generate src/main/cailiang/*.cailiang -o build/generated --package com.example.standards",
        "", "Java sources go to DIR, the services file to DIR/META-INF/services;",
        "only changed files are written. DIR/.cailiang-outputs.<ids> records what was",
        "written: a file no longer generated is deleted only if recorded there and",
        "unmodified. Runs of other standards into DIR keep their files (one run at a",
        "time: DIR/.cailiang-lock); the services file lists every run's standards.",
        "Any other file in DIR is never touched; a run that would overwrite one (or a",
        "directory, a device, a link out of DIR) writes nothing and exits 2.",
        "", "Exit codes: 0 generated, 1 errors in the standards (nothing written), 2 usage or I/O error"
            + ", 3 internal failure."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "源文件（.cailiang）")
  List<Path> files;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "输出目录")
  Path output;

  @Option(names = "--package", paramLabel = "P", description = "生成类的 Java 包名（默认 ${DEFAULT-VALUE}）")
  String packageName = "cailiang.generated";

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (output.toString().isEmpty()) {
      // "" is the working directory to java.nio: never what -o "$UNSET_VARIABLE" meant.
      err.println("cailiang: -o: 输出目录不能为空");
      return ExitCodes.USAGE;
    }
    Compilation compilation = Loaded.compile(files);
    int stop = Loaded.stopOnErrors(compilation, err);
    if (stop >= 0) {
      return stop;
    }
    err.print(compilation.render()); // warnings, if any
    List<GeneratedFile> generated;
    try {
      generated = new JavaGenerator(packageName).generate(compilation.standards(), compilation.generals());
    } catch (IllegalArgumentException e) {
      err.println("cailiang: --package: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // The run's outputs are recorded under its standards' ids (its general parts' for a run of
    // general parts only): runs of other standards into the same folder keep theirs.
    List<String> ids = compilation.standards().isEmpty()
        ? compilation.generals().stream().map(general -> general.id()).toList()
        : compilation.standards().stream().map(standard -> standard.id()).toList();
    OutputWriter.Stats stats;
    // Runs into one folder read each other's manifests: one at a time.
    try (OutputLock lock = OutputLock.acquire(output)) {
      RunManifests manifests = RunManifests.find(output, ids,
          generated.stream().map(GeneratedFile::path).collect(Collectors.toSet()));
      OutputWriter writer = manifests.writer(ids);
      for (GeneratedFile file : generated) {
        if (file.path().equals(JavaGenerator.SERVICES_FILE)) {
          writer.writeShared(file.path(), manifests.mergedServices(file.content()));
        } else {
          writer.write(file.path(), file.bytes());
        }
      }
      stats = writer.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String deleted : stats.deleted()) {
      out.println("cailiang: deleted " + deleted + " (no longer generated)");
    }
    for (String kept : stats.kept()) {
      err.println(output.resolve(kept) + ": warning: 不再生成，但它在生成后被修改过，已保留");
    }
    out.println("cailiang: " + stats + " in " + output);
    return ExitCodes.OK;
  }
}
