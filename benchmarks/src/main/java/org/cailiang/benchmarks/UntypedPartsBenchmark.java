package org.cailiang.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
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
 * The untyped path of {@link EvaluationBenchmark} taken apart, over the same 64 shuffled Beijing
 * cases, so that one run shows where its time goes: the typed call it is compared with; the
 * client's own {@code HashMap<String, String>} built per call and nothing else (the floor no
 * registry can go below); the code lookup alone; the registry on a map built beforehand (lookup,
 * fact reads, conversion, validation and decision, without the client's map); the violation on
 * a map built beforehand (the same without the lookup); and the whole path as a client runs it,
 * with the {@code HashMap} of {@link EvaluationBenchmark} and with the {@code Map.of} a client
 * whose fact names are fixed would write, and with a parsed request's new strings, whose hashes
 * are computed on the call and which match the codes and fact names by content only (each map
 * alone too).
 * Set-up checks that the untyped paths give the typed path's decision for every case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UntypedPartsBenchmark {
  static final int CASES = ShuffledCases.COUNT;

  private int[] kinds;
  private Violation[] violations;
  private Object[] typedFacts;
  private String[] codes;
  private String[][] factIds;
  private String[][] factTexts;
  private Map<?, ?>[] prebuilt;
  private Standards registry;

  @Setup(Level.Trial)
  public void setUp() {
    registry = Standards.load();
    List<BeijingCases.Case> cases = ShuffledCases.of(BeijingCases.all(registry, "beijing_psb"));
    kinds = new int[CASES];
    violations = new Violation[CASES];
    typedFacts = new Object[CASES];
    codes = new String[CASES];
    factIds = new String[CASES][];
    factTexts = new String[CASES][];
    prebuilt = new Map<?, ?>[CASES];
    for (int i = 0; i < CASES; i++) {
      BeijingCases.Case c = cases.get(i);
      kinds[i] = BeijingCases.kind(c.violation());
      violations[i] = c.violation();
      typedFacts[i] = c.typedFacts();
      codes[i] = c.code();
      factIds[i] = c.facts().keySet().toArray(String[]::new);
      factTexts[i] = c.facts().values().stream().map(String::valueOf).toArray(String[]::new);
      prebuilt[i] = request(i);
      Decision expected = typed(i);
      if (!expected.tierCode().equals(c.expectedCode())
          || !expected.equals(untyped(i))
          || !expected.equals(registry.evaluate(codes[i], fixedRequest(i)))
          || !expected.equals(registry.evaluate(new String(codes[i]), parsedRequest(i)))
          || !expected.equals(registry.evaluate(codes[i], facts(i)))
          || !expected.equals(violations[i].evaluate(facts(i)))
          || registry.violation(codes[i]) != violations[i]) {
        throw new IllegalStateException(c.code() + " " + c.facts() + ": the untyped paths differ");
      }
    }
  }

  /** The map a client builds from its request's parameters. */
  private Map<String, String> request(int i) {
    String[] ids = factIds[i];
    String[] texts = factTexts[i];
    Map<String, String> request = new HashMap<>();
    for (int j = 0; j < ids.length; j++) {
      request.put(ids[j], texts[j]);
    }
    return request;
  }

  /**
   * The map of a service that parsed its request: the names and values are new strings, whose
   * hashes are not yet computed and which equal the generated code's constants only by content.
   */
  private Map<String, String> parsedRequest(int i) {
    String[] ids = factIds[i];
    String[] texts = factTexts[i];
    Map<String, String> request = new HashMap<>();
    for (int j = 0; j < ids.length; j++) {
      request.put(new String(ids[j]), new String(texts[j]));
    }
    return request;
  }

  /**
   * The map a client whose fact names are fixed in its code writes instead: {@code Map.of},
   * immutable, with no table to grow and no entry objects.
   */
  private Map<String, String> fixedRequest(int i) {
    String[] ids = factIds[i];
    String[] texts = factTexts[i];
    switch (ids.length) {
      case 0: return Map.of();
      case 1: return Map.of(ids[0], texts[0]);
      case 2: return Map.of(ids[0], texts[0], ids[1], texts[1]);
      case 3: return Map.of(ids[0], texts[0], ids[1], texts[1], ids[2], texts[2]);
      default: throw new IllegalStateException("the Beijing cases have at most three facts");
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, ?> facts(int i) {
    return (Map<String, ?>) prebuilt[i];
  }

  /** The generated class of case {@code i}, called directly with its typed facts. */
  private Decision typed(int i) {
    return BeijingCases.generated(kinds[i], violations[i], typedFacts[i]);
  }

  private Decision untyped(int i) {
    return registry.evaluate(codes[i], request(i));
  }

  /** The typed call, {@link EvaluationBenchmark#generated}: what the ratio is taken against. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typed(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(typed(i));
    }
  }

  /** The client's map alone, built and handed over: the floor of the untyped path. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void mapOnly(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(request(i));
    }
  }

  /** The {@code Map.of} a client with fixed fact names builds, alone. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void mapOfOnly(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(fixedRequest(i));
    }
  }

  /** The registry's lookup of the violation by its code, alone. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void codeLookup(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(registry.violation(codes[i]));
    }
  }

  /** The registry's whole part: lookup, fact reads, conversion, checks and decision. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void registryPrebuiltMap(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(registry.evaluate(codes[i], facts(i)));
    }
  }

  /** The violation's part: fact reads, conversion, checks and decision, no lookup by code. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void violationPrebuiltMap(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(violations[i].evaluate(facts(i)));
    }
  }

  /** The whole path as a client runs it, {@link EvaluationBenchmark#generatedUntypedStringMap}. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void untypedStringMap(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(untyped(i));
    }
  }

  /** The whole path with the client's {@code Map.of} instead of a {@code HashMap}. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void untypedMapOf(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(registry.evaluate(codes[i], fixedRequest(i)));
    }
  }

  /** The map of a parsed request alone: new strings for names and values. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void parsedMapOnly(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(parsedRequest(i));
    }
  }

  /** The whole path on a parsed request: the code, names and values all new strings. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void untypedParsedStrings(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(registry.evaluate(new String(codes[i]), parsedRequest(i)));
    }
  }
}
