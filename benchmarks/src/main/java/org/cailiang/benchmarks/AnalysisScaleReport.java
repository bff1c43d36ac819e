package org.cailiang.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.SourceFile;

/**
 * The legal analysis of two shapes that used to exhaust it: five amounts with ten thresholds
 * each under 4,000 tiers, and 5,000 overlapping tiers. Prints, per shape, the wall and CPU time of
 * parse, check and the whole analysis, the peak heap, and the diagnostics by check (every check ran:
 * no {@code analysis-limit}). Run in a fresh JVM with the heap it must fit in:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar org.cailiang.benchmarks.AnalysisScaleReport}.
 */
public final class AnalysisScaleReport {
  private AnalysisScaleReport() {}

  public static void main(String[] args) {
    // Each shape twice: cold (the first in this JVM, JIT included) and warm.
    for (String run : new String[] {"cold", "warm"}) {
      run("five amounts × ten thresholds, 4,000 tiers, " + run, SyntheticStandards.fiveAmounts(4000));
      run("5,000 overlapping tiers, " + run, SyntheticStandards.overlapping(5000));
    }
  }

  private static void run(String shape, String source) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = processCpuNanos();
    long threadStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("shape.cailiang", source)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
    long threadMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart) / 1_000_000;
    Map<String, Integer> byCheck = new TreeMap<>();
    for (Diagnostic diagnostic : compilation.diagnostics()) {
      byCheck.merge(diagnostic.severity().label() + " " + diagnostic.check(), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT,
        "%s: %,d ms wall, %,d ms CPU (all threads), %,d ms CPU (this thread), peak heap %,d MB, %,d diagnostics %s%n",
        shape, millis, cpuMillis, threadMillis, peakHeap() / (1024 * 1024), compilation.diagnostics().size(), byCheck);
  }

  /**
   * The CPU time of the whole process, JIT and GC included: on a machine shared with other builds
   * the wall time says more about the neighbours than about the analysis.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
