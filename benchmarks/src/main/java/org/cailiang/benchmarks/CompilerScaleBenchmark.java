package org.cailiang.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compiler on synthetic standards of N tiers: parse, check and analyse; and Java generation
 * of the checked model. Each call is one whole compilation on a warm JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CompilerScaleBenchmark {
  @Param({"1000", "10000", "30000"})
  public int tiers;

  private SourceFile source;
  private Compilation compiled;

  @Setup(Level.Trial)
  public void setUp() {
    source = new SourceFile("synthetic.cailiang", SyntheticStandards.realistic(tiers));
    compiled = StandardCompiler.compileSources(List.of(source));
    // A warning is printed per violation: thousands of them would be measured as well.
    if (!compiled.diagnostics().isEmpty()) {
      throw new IllegalStateException(compiled.render());
    }
  }

  @Benchmark
  public Compilation parseCheckAnalyse() {
    return StandardCompiler.compileSources(List.of(source));
  }

  @Benchmark
  public List<GeneratedFile> generateJava() {
    return new JavaGenerator("bench.synthetic").generate(compiled.standards());
  }
}
