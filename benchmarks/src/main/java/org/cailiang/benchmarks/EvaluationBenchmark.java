package org.cailiang.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.kie.dmn.api.core.DMNRuntime;
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
 * The whole Beijing standard — every code, every combination of its facts (40 cases) — decided
 * by each engine. Each invocation decides all 40 cases; JMH reports the time per case. Before
 * timing, every engine's answer to every case is checked against the generated code's: a wrong
 * fast answer does not count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
  static final String BEIJING = "examples/src/main/cailiang/beijing.cailiang";

  private Call[] generated;
  private Call[] generatedUntyped;
  private Call[] handWritten;
  private Call[] interpreter;
  private Engines.TierCall[] camundaFeel;
  private Engines.TierCall[] camundaJuel;
  private Engines.TierCall[] drools;

  @Setup(Level.Trial)
  public void setUp() {
    Standards registry = Standards.load();
    List<BeijingCases.Case> cases = BeijingCases.all(registry, "beijing_psb");
    if (cases.size() != BeijingCases.COUNT) {
      throw new IllegalStateException("expected " + BeijingCases.COUNT + " cases, found " + cases.size());
    }
    Standard model = Engines.model(Paths.resolve(BEIJING));
    Standards interpreted = Engines.interpreted(model);
    Map<String, Decision> decisions = new HashMap<>();
    cases.forEach(c -> decisions.put(c.expectedCode(), registry.evaluate(c.code(), c.facts())));
    HandWrittenBeijing hand = new HandWrittenBeijing(decisions);
    Engines.Camunda feel = Engines.camunda(model, false);
    Engines.Camunda juel = Engines.camunda(model, true);
    DMNRuntime kie = Engines.drools(model);
    int n = cases.size();
    generated = new Call[n];
    generatedUntyped = new Call[n];
    handWritten = new Call[n];
    interpreter = new Call[n];
    camundaFeel = new Engines.TierCall[n];
    camundaJuel = new Engines.TierCall[n];
    drools = new Engines.TierCall[n];
    for (int i = 0; i < n; i++) {
      BeijingCases.Case c = cases.get(i);
      org.cailiang.dsl.model.Violation violation = Engines.modelViolation(model, c.code());
      generated[i] = Engines.generatedTyped(c);
      generatedUntyped[i] = Engines.generatedUntyped(registry, c);
      handWritten[i] = Engines.handWritten(hand, c);
      interpreter[i] = Engines.interpreter(interpreted, c);
      camundaFeel[i] = Engines.camundaCall(feel, violation, c.facts());
      camundaJuel[i] = Engines.camundaCall(juel, violation, c.facts());
      drools[i] = Engines.droolsCall(kie, violation, c.facts());
      Answers.check(c, generated[i], generatedUntyped[i], handWritten[i], interpreter[i],
          camundaFeel[i], camundaJuel[i], drools[i]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void generated(Blackhole hole) {
    for (Call call : generated) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void handWritten(Blackhole hole) {
    for (Call call : handWritten) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void generatedUntypedMap(Blackhole hole) {
    for (Call call : generatedUntyped) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void interpreter(Blackhole hole) {
    for (Call call : interpreter) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void camundaDefaultFeel(Blackhole hole) {
    for (Engines.TierCall call : camundaFeel) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void camundaJuel(Blackhole hole) {
    for (Engines.TierCall call : camundaJuel) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void drools(Blackhole hole) {
    for (Engines.TierCall call : drools) {
      hole.consume(call.run());
    }
  }
}
