package org.cailiang.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.examples.standards.BeijingPsbParties;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The untyped path as a service calls it: the codes and facts arrive as strings, so each call
 * builds its own {@code Map<String, String>} and looks the code up, against the typed path that
 * builds its {@code Facts}. Both are direct calls (no shared lambda site), over the four cases
 * of C05837 in a fixed shuffled order, and each reads the unit's maximum fine from the result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UntypedPathBenchmark {
  private static final int CASES = 8;
  private static final String[] SETTERS = {"unit", "individual", "unit", "unit", "individual", "unit", "individual", "individual"};
  private static final String[] HARMS = {"true", "false", "false", "true", "true", "false", "false", "true"};
  private static final C05837Violation.Setter[] TYPED_SETTERS = new C05837Violation.Setter[CASES];
  private static final boolean[] TYPED_HARMS = new boolean[CASES];

  static {
    for (int i = 0; i < CASES; i++) {
      TYPED_SETTERS[i] = C05837Violation.Setter.valueOf(SETTERS[i].toUpperCase(java.util.Locale.ROOT));
      TYPED_HARMS[i] = Boolean.parseBoolean(HARMS[i]);
    }
  }

  private final Standards standards = Standards.load();

  /** What a caller does with the result: the unit's maximum fine, or nothing when none. */
  private static Object unitMaximum(Decision decision) {
    return decision.fineFor(BeijingPsbParties.UNIT).map(fine -> fine.range().max()).orElse(null);
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typed(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      Decision decision = C05837Violation.C05837.evaluate(
          new C05837Violation.Facts(TYPED_SETTERS[i], TYPED_HARMS[i]));
      hole.consume(unitMaximum(decision));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void untypedViolation(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      Map<String, String> facts = new HashMap<>(4);
      facts.put("setter", SETTERS[i]);
      facts.put("harm", HARMS[i]);
      hole.consume(unitMaximum(C05837Violation.C05837.evaluate(facts)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void untypedByCode(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      Map<String, String> facts = new HashMap<>(4);
      facts.put("setter", SETTERS[i]);
      facts.put("harm", HARMS[i]);
      hole.consume(unitMaximum(standards.evaluate("C05837", facts)));
    }
  }
}
