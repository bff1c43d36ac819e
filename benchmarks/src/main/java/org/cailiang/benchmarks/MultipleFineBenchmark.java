package org.cailiang.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.model.Standard;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Decision;
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
 * 64 cases (eight incomes around its thresholds, each plain, serious or minor; drawn and shuffled
 * with a fixed seed). The generated path builds the {@code Facts} record per call, as a client
 * does; the hand-written paths are the floors: an equal {@code Decision} built by hand, and the
 * fine alone in long fen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MultipleFineBenchmark {
  static final int CASES = ShuffledCases.COUNT;
  private static final String[] INCOMES = {"0", "0.01", "12345.67", "49999.99", "50000", "66666.66", "100000", "987654.32"};

  /** One case's inputs as a client holds them. */
  private record Case(BigDecimal income, long incomeFen, boolean minor, boolean serious) {}

  private BigDecimal[] incomes;
  private long[] incomesFen;
  private boolean[] minors;
  private boolean[] serious;
  private List<Map<String, Object>> untyped;
  private HandWrittenE06401 hand;
  private Standards interpreted;
  private Engines.TierCall[] camunda;

  @Setup(Level.Trial)
  public void setUp() {
    List<Case> distinct = new ArrayList<>();
    for (String income : INCOMES) {
      BigDecimal amount = new BigDecimal(income);
      long fen = amount.movePointRight(2).longValueExact();
      distinct.add(new Case(amount, fen, false, false));
      distinct.add(new Case(amount, fen, false, true));
      distinct.add(new Case(amount, fen, true, false));
    }
    List<Case> cases = ShuffledCases.of(distinct);
    incomes = new BigDecimal[CASES];
    incomesFen = new long[CASES];
    minors = new boolean[CASES];
    serious = new boolean[CASES];
    untyped = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Case c = cases.get(i);
      incomes[i] = c.income();
      incomesFen[i] = c.incomeFen();
      minors[i] = c.minor();
      serious[i] = c.serious();
      untyped.add(Map.of("income", c.income(), "minor", c.minor(), "serious", c.serious()));
    }
    Map<String, Decision> tiers = new HashMap<>();
    for (boolean isSerious : new boolean[] {false, true}) {
      for (String income : new String[] {"0", "1", "50000"}) {
        Decision d = generated(new BigDecimal(income), false, isSerious);
        tiers.put(d.tierCode().substring(6), d);
      }
    }
    tiers.put("A010", generated(BigDecimal.ONE, true, false));
    hand = new HandWrittenE06401(tiers);
    Standard model = Engines.model(Paths.resolve("examples/src/main/cailiang/example_security.cailiang"));
    interpreted = Engines.interpreted(model);
    Engines.Camunda juel = Engines.camunda(model, true);
    camunda = new Engines.TierCall[CASES];
    for (int i = 0; i < CASES; i++) {
      camunda[i] = Engines.camundaCall(juel, Engines.modelViolation(model, "E06401"), untyped.get(i));
      Decision generated = generated(incomes[i], minors[i], serious[i]);
      BigDecimal fine = ReadFine.largest(generated);
      if (!generated.equals(interpreted.evaluate("E06401", untyped.get(i)))
          || !generated.equals(hand.decide(incomes[i], minors[i], serious[i]))
          || HandWrittenE06401.largestFineFen(incomesFen[i], minors[i], serious[i])
              != (fine == null ? 0 : fine.movePointRight(2).longValueExact())
          || !generated.tierCode().equals("E06401" + camunda[i].run())) {
        throw new IllegalStateException("engines disagree on " + untyped.get(i));
      }
    }
  }

  private static Decision generated(BigDecimal income, boolean minor, boolean serious) {
    return E06401Violation.E06401.evaluate(new E06401Violation.Facts(income, minor, serious));
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generated(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(generated(incomes[i], minors[i], serious[i]));
    }
  }

  /** The generated code and the operator's greatest fine read from its result. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void generatedFineRead(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(ReadFine.largest(generated(incomes[i], minors[i], serious[i])));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void handWrittenDecision(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(hand.decide(incomes[i], minors[i], serious[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public void handWrittenFen(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(HandWrittenE06401.largestFineFen(incomesFen[i], minors[i], serious[i]));
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
