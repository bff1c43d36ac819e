package org.cailiang.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.generator.OutputWriter;

/**
 * What JMH does not show: the peak heap of a compilation, javac's time on the generated code,
 * and that one violation of 5,000 tiers compiles. Run in a fresh JVM:
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.ScaleReport}.
 * With {@code write N FILE} it writes the synthetic standard of N tiers to FILE instead, for
 * timing {@code ./cailiang generate} in a cold JVM.
 */
public final class ScaleReport {
  private ScaleReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("write")) {
      // The same synthetic standard as a file, for timing the command line in a cold JVM.
      Files.writeString(Path.of(args[2]), SyntheticStandards.realistic(Integer.parseInt(args[1])));
      return;
    }
    int[] sizes = args.length == 0 ? new int[] {1000, 10000, 30000} : Stream.of(args).mapToInt(Integer::parseInt).toArray();
    // Warm the compiler first, so the figures are those of a warm JVM.
    for (int i = 0; i < 5; i++) {
      compile(SyntheticStandards.realistic(1000));
    }
    System.out.println("| tiers | source | parse+check+analyse | generate | CPU (all threads) | peak heap | javac (generated) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int tiers : sizes) {
      String source = SyntheticStandards.realistic(tiers);
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      Compilation compilation = compile(source);
      long analysed = System.nanoTime();
      List<GeneratedFile> files = new JavaGenerator("bench.synthetic").generate(compilation.standards());
      long generated = System.nanoTime();
      // On a loaded machine the wall times are mostly waiting for a core; the CPU time is not.
      long cpu = processCpuNanos() - cpuStart;
      long peak = peakHeap();
      String javac = javac(files);
      System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %,d ms | %,d ms | %,d ms | %,d MB | %s |%n", tiers,
          source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6, (analysed - start) / 1_000_000,
          (generated - analysed) / 1_000_000, cpu / 1_000_000, peak / (1024 * 1024), javac);
    }
    Compilation single = compile(SyntheticStandards.singleViolation(5000));
    String javac = javac(new JavaGenerator("bench.single").generate(single.standards()));
    System.out.println();
    System.out.println("One violation of 5,000 tiers: javac " + javac);
  }

  private static Compilation compile(String source) {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("synthetic.cailiang", source)));
    if (compilation.hasErrors()) {
      throw new IllegalStateException(compilation.render());
    }
    return compilation;
  }

  /** javac's time on the files, in a temporary folder; or why it failed. */
  private static String javac(List<GeneratedFile> files) throws IOException {
    Path dir = Files.createTempDirectory("cailiang-javac");
    try {
      OutputWriter writer = new OutputWriter(dir.resolve("src"));
      List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-encoding", "UTF-8",
          "-cp", System.getProperty("java.class.path"), "-nowarn", "-J-Xmx4g",
          // The benchmarks' class path holds JMH's annotation processor: a client's build has
          // none, and running it over every generated file is not javac's time on the code.
          "-proc:none"));
      for (GeneratedFile file : files) {
        writer.write(file.path(), file.bytes());
        if (file.kind() == GeneratedFile.Kind.SOURCE) {
          arguments.add(dir.resolve("src").resolve(file.path()).toString());
        }
      }
      writer.finish();
      arguments.remove("-J-Xmx4g");
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      int code = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
      long millis = (System.nanoTime() - start) / 1_000_000;
      long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
      return code == 0
          ? String.format(Locale.ROOT, "%,d ms, %,d ms CPU (%,d files)", millis, cpuMillis, files.size() - 1)
          : "FAILED (exit " + code + ")";
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The CPU time of the whole JVM so far: every thread, the JIT compilers and the collector. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
