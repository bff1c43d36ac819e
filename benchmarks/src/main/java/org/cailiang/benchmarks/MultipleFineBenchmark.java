package org.cailiang.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.model.Standard;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Standards;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A table whose fine is a multiple of an amount fact (违法所得): E06401 of the second example,
 * 16 cases around its thresholds. The generated code computes each fine exactly, so it allocates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MultipleFineBenchmark {
  static final int CASES = 16;
  private static final String[] INCOMES = {"0", "0.01", "12345.67", "49999.99", "50000", "66666.66", "100000", "987654.32"};

  private List<E06401Violation.Facts> typed;
  private List<Map<String, Object>> untyped;
  private Standards interpreted;
  private Engines.TierCall[] camunda;

  @Setup(Level.Trial)
  public void setUp() {
    typed = new ArrayList<>();
    untyped = new ArrayList<>();
    for (String income : INCOMES) {
      for (boolean serious : new boolean[] {false, true}) {
        typed.add(new E06401Violation.Facts(new BigDecimal(income), false, serious));
        untyped.add(Map.of("income", new BigDecimal(income), "minor", false, "serious", serious));
      }
    }
    Standard model = Engines.model(Paths.resolve("examples/src/main/cailiang/example_security.cailiang"));
    interpreted = Engines.interpreted(model);
    Engines.Camunda juel = Engines.camunda(model, true);
    camunda = new Engines.TierCall[CASES];
    for (int i = 0; i < CASES; i++) {
      camunda[i] = Engines.camundaCall(juel, Engines.modelViolation(model, "E06401"), untyped.get(i));
      var generated = E06401Violation.E06401.evaluate(typed.get(i));
      if (!generated.equals(interpreted.evaluate("E06401", untyped.get(i)))
          || !generated.tierCode().equals("E06401" + camunda[i].run())) {
        throw new IllegalStateException("engines disagree on " + untyped.get(i));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generated(Blackhole hole) {
    for (E06401Violation.Facts facts : typed) {
      hole.consume(E06401Violation.E06401.evaluate(facts));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void interpreter(Blackhole hole) {
    for (Map<String, Object> facts : untyped) {
      hole.consume(interpreted.evaluate("E06401", facts));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void camundaJuelTierOnly(Blackhole hole) {
    for (Engines.TierCall call : camunda) {
      hole.consume(call.run());
    }
  }
}
