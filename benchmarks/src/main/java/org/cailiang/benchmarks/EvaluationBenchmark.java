package org.cailiang.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
import org.kie.dmn.api.core.DMNRuntime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
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
 * The whole Beijing standard — every code, every combination of its facts (40 distinct cases,
 * drawn up to 64 and shuffled with a fixed seed, {@link ShuffledCases}) — decided by each engine.
 * Each invocation decides all 64 cases; JMH reports the time per case. The generated and
 * hand-written paths are called directly, as a client calls them: a switch on the case's class
 * and a typed call, so each call site sees one class (no shared megamorphic {@code Call.run()}).
 * The untyped path builds a {@code Map<String, String>} per call, as a service holding request
 * parameters would. Before timing, every engine's answer to every case is checked against the
 * generated code's: a wrong fast answer does not count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
  static final String BEIJING = "examples/src/main/cailiang/beijing.cailiang";
  static final int CASES = ShuffledCases.COUNT;

  /** Which generated class decides each case: the switch in the direct paths. */
  private int[] kinds;
  /** For the violations of several codes, which code: the hand-written switch needs it. */
  private int[] codeIndexes;
  private Violation[] violations;
  private Object[] facts;
  private String[] codes;
  private String[][] factIds;
  private String[][] factTexts;
  private HandWrittenBeijing hand;
  private Standards registry;
  private Call[] interpreter;
  private Engines.TierCall[] camundaFeel;
  private Engines.TierCall[] camundaJuel;
  private Engines.TierCall[] drools;

  @Setup(Level.Trial)
  public void setUp() {
    registry = Standards.load();
    List<BeijingCases.Case> distinct = BeijingCases.all(registry, "beijing_psb");
    if (distinct.size() != BeijingCases.COUNT) {
      throw new IllegalStateException("expected " + BeijingCases.COUNT + " cases, found " + distinct.size());
    }
    List<BeijingCases.Case> cases = ShuffledCases.of(distinct);
    Standard model = Engines.model(Paths.resolve(BEIJING));
    Standards interpreted = Engines.interpreted(model);
    Map<String, Decision> decisions = new HashMap<>();
    distinct.forEach(c -> decisions.put(c.expectedCode(), registry.evaluate(c.code(), c.facts())));
    hand = new HandWrittenBeijing(decisions);
    Engines.Camunda feel = Engines.camunda(model, false);
    Engines.Camunda juel = Engines.camunda(model, true);
    DMNRuntime kie = Engines.drools(model);
    kinds = new int[CASES];
    codeIndexes = new int[CASES];
    violations = new Violation[CASES];
    facts = new Object[CASES];
    codes = new String[CASES];
    factIds = new String[CASES][];
    factTexts = new String[CASES][];
    interpreter = new Call[CASES];
    camundaFeel = new Engines.TierCall[CASES];
    camundaJuel = new Engines.TierCall[CASES];
    drools = new Engines.TierCall[CASES];
    for (int i = 0; i < CASES; i++) {
      BeijingCases.Case c = cases.get(i);
      org.cailiang.dsl.model.Violation violation = Engines.modelViolation(model, c.code());
      kinds[i] = BeijingCases.kind(c.violation());
      codeIndexes[i] = BeijingCases.codeIndex(c, kinds[i]);
      violations[i] = c.violation();
      facts[i] = c.typedFacts();
      codes[i] = c.code();
      factIds[i] = c.facts().keySet().toArray(String[]::new);
      factTexts[i] = c.facts().values().stream().map(String::valueOf).toArray(String[]::new);
      interpreter[i] = Engines.interpreter(interpreted, c);
      camundaFeel[i] = Engines.camundaCall(feel, violation, c.facts());
      camundaJuel[i] = Engines.camundaCall(juel, violation, c.facts());
      drools[i] = Engines.droolsCall(kie, violation, c.facts());
      int at = i;
      Answers.check(c, () -> generated(at), () -> untyped(at), () -> handWritten(at), interpreter[i],
          camundaFeel[i], camundaJuel[i], drools[i]);
      if (!Objects.equals(ReadFine.largest(generated(i)), ReadFine.largest(decisions.get(c.expectedCode())))) {
        throw new IllegalStateException(c.code() + ": the fines read differ");
      }
    }
  }

  /** The generated class of case {@code i}, called directly with its typed facts. */
  @CompilerControl(CompilerControl.Mode.INLINE)
  private Decision generated(int i) {
    return BeijingCases.generated(kinds[i], violations[i], facts[i]);
  }

  /** The hand-written floor with the same typed facts and the same switch. */
  @CompilerControl(CompilerControl.Mode.INLINE)
  private Decision handWritten(int i) {
    return hand.decide(kinds[i], codeIndexes[i], facts[i]);
  }

  /** The untyped registry with the facts as strings in a map built for this call. */
  private Decision untyped(int i) {
    String[] ids = factIds[i];
    String[] texts = factTexts[i];
    Map<String, String> request = new HashMap<>();
    for (int j = 0; j < ids.length; j++) {
      request.put(ids[j], texts[j]);
    }
    return registry.evaluate(codes[i], request);
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generated(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(generated(i));
    }
  }

  /** The generated code and the fine read from its result ({@link ReadFine}). */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generatedFineRead(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(ReadFine.largest(generated(i)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void handWritten(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(handWritten(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generatedUntypedStringMap(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(untyped(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void interpreter(Blackhole hole) {
    for (Call call : interpreter) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void camundaDefaultFeel(Blackhole hole) {
    for (Engines.TierCall call : camundaFeel) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void camundaJuel(Blackhole hole) {
    for (Engines.TierCall call : camundaJuel) {
      hole.consume(call.run());
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void drools(Blackhole hole) {
    for (Engines.TierCall call : drools) {
      hole.consume(call.run());
    }
  }
}
