package org.cailiang.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.generator.OutputWriter;

/**
 * The CPU time of each step of {@code cailiang generate} (compile, generate, write), measured as
 * the process's CPU time between them: on a loaded machine wall times are mostly waiting for a
 * core, CPU times are not. Run it with the launcher's flags to see a cold run:
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar \
 *   org.cailiang.benchmarks.CompilePhases cold /tmp/synth-10000.cailiang /tmp/out
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp benchmarks/target/benchmarks.jar \
 *   org.cailiang.benchmarks.CompilePhases warm /tmp/synth-1000.cailiang 10
 * </pre>
 *
 * {@code warm} compiles and generates N times in one JVM and prints the least CPU of each step.
 */
public final class CompilePhases {
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CompilePhases() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !List.of("cold", "warm").contains(args[0])) {
      System.err.println("usage: CompilePhases cold FILE OUTPUT_DIR | warm FILE RUNS");
      System.exit(2);
    }
    Path source = Path.of(args[1]);
    if (args[0].equals("cold")) {
      long start = OS.getProcessCpuTime();
      Compilation compilation = compile(source);
      long compiled = OS.getProcessCpuTime();
      List<GeneratedFile> files = generate(compilation);
      long generated = OS.getProcessCpuTime();
      OutputWriter writer = new OutputWriter(Path.of(args[2]));
      for (GeneratedFile file : files) {
        writer.write(file.path(), file.bytes());
      }
      writer.finish();
      long written = OS.getProcessCpuTime();
      System.out.printf(Locale.ROOT,
          "CPU: compile %,d ms, generate %,d ms, write %,d ms; the JVM's whole %,d ms%n",
          (compiled - start) / 1_000_000, (generated - compiled) / 1_000_000,
          (written - generated) / 1_000_000, written / 1_000_000);
      return;
    }
    long bestCompile = Long.MAX_VALUE;
    long bestGenerate = Long.MAX_VALUE;
    for (int i = 0; i < Integer.parseInt(args[2]); i++) {
      long start = OS.getProcessCpuTime();
      Compilation compilation = compile(source);
      long compiled = OS.getProcessCpuTime();
      generate(compilation);
      long generated = OS.getProcessCpuTime();
      bestCompile = Math.min(bestCompile, compiled - start);
      bestGenerate = Math.min(bestGenerate, generated - compiled);
    }
    System.out.printf(Locale.ROOT, "least CPU: compile %,d ms, generate %,d ms%n",
        bestCompile / 1_000_000, bestGenerate / 1_000_000);
  }

  private static Compilation compile(Path source) {
    Compilation compilation =
        StandardCompiler.compile(List.of(source), Path.of("").toAbsolutePath());
    if (compilation.hasErrors()) {
      throw new IllegalStateException(compilation.render());
    }
    return compilation;
  }

  private static List<GeneratedFile> generate(Compilation compilation) {
    return new JavaGenerator("cailiang.generated")
        .generate(compilation.standards(), compilation.generals());
  }
}
