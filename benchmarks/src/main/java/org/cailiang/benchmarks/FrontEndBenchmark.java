package org.cailiang.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The front end on the Beijing standard: parse, check and the whole legal analysis, warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrontEndBenchmark {
  private SourceFile beijing;
  /** The general part the Beijing standard uses (uses xzcff), found next to it. */
  private SourceFile general;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String text = Files.readString(Path.of(Paths.resolve(EvaluationBenchmark.BEIJING)));
    beijing = new SourceFile("beijing.cailiang", text);
    general = new SourceFile("xzcff.cailiang", Files.readString(
        Path.of(Paths.resolve(EvaluationBenchmark.BEIJING)).resolveSibling("xzcff.cailiang")));
    // Clean means no error and no warning; notes (e.g. that no fine limit is declared) may stay.
    if (StandardCompiler.compileSources(List.of(beijing, general)).diagnostics().stream()
        .anyMatch(d -> d.severity() != Severity.INFO)) {
      throw new IllegalStateException("the Beijing standard should compile without errors or warnings");
    }
  }

  @Benchmark
  public Compilation parseCheckAnalyseBeijing() {
    return StandardCompiler.compileSources(List.of(beijing, general));
  }
}
