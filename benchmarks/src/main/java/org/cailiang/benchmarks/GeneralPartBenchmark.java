package org.cailiang.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cailiang.dsl.eval.InterpretedViolation;
import org.cailiang.examples.standards.BeijingPsbGeneral;
import org.cailiang.examples.standards.C05834_C05835Violation;
import org.cailiang.examples.standards.C05836Violation;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.C05838Violation;
import org.cailiang.examples.standards.C05839Violation;
import org.cailiang.examples.standards.C05840_C05846Violation;
import org.cailiang.examples.standards.C05847Violation;
import org.cailiang.examples.standards.C05850Violation;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Statute;
import org.cailiang.runtime.Violation;
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
 * The Beijing standard's cases (40 distinct, drawn up to 64 and shuffled, {@link ShuffledCases})
 * decided with its general part (行政处罚法总则) through the typed entry {@code evaluate(Facts,
 * GeneralFacts)}: without general facts (to stay allocation-free and near the hand-written floor,
 * which {@link #handWritten} and {@link #typedTableOnly} measure beside it), with a 应当从轻或者减轻
 * circumstance (a step that moves every fine), and with that and the limitation dates. Every
 * path calls the generated or hand-written code directly through a switch on the case's class,
 * as {@link EvaluationBenchmark} does; before timing, every answer is checked against {@code
 * decide} on the table decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneralPartBenchmark {
  private static final int CASES = ShuffledCases.COUNT;
  private static final GeneralFacts MINOR = BeijingPsbGeneral.facts(BeijingPsbGeneral.Circumstance.MINOR_AGE);
  private static final GeneralFacts MINOR_DATED = MINOR.dated(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1));

  private int[] kinds;
  private int[] codeIndexes;
  private Violation[] violations;
  private Object[] facts;
  private HandWrittenBeijing hand;

  @Setup(Level.Trial)
  public void setUp() {
    Standards registry = Standards.load();
    List<BeijingCases.Case> distinct = BeijingCases.all(registry, "beijing_psb");
    Map<String, Decision> decisions = new HashMap<>();
    distinct.forEach(c -> decisions.put(c.expectedCode(), registry.evaluate(c.code(), c.facts())));
    hand = new HandWrittenBeijing(decisions);
    List<BeijingCases.Case> cases = ShuffledCases.of(distinct);
    // The interpreter's statute for each case: 减轻 is checked below the statutory minimum.
    org.cailiang.dsl.model.Standard model =
        Engines.model(Paths.resolve(EvaluationBenchmark.BEIJING));
    kinds = new int[CASES];
    codeIndexes = new int[CASES];
    violations = new Violation[CASES];
    facts = new Object[CASES];
    for (int i = 0; i < CASES; i++) {
      BeijingCases.Case c = cases.get(i);
      kinds[i] = BeijingCases.kind(c.violation());
      codeIndexes[i] = BeijingCases.codeIndex(c, kinds[i]);
      violations[i] = c.violation();
      facts[i] = c.typedFacts();
      if (!table(i).equals(handWritten(i))) {
        throw new IllegalStateException(c.code() + ": hand-written " + handWritten(i) + ", generated " + table(i));
      }
      Statute statute = new InterpretedViolation(model,
          Engines.modelViolation(model, c.code()), c.code()).statute(c.facts());
      for (GeneralFacts general : List.of(GeneralFacts.NONE, MINOR, MINOR_DATED)) {
        CaseDecision expected = BeijingPsbGeneral.RULES.decide(table(i), general, statute);
        if (!expected.equals(withGeneral(i, general))) {
          throw new IllegalStateException(c.code() + " " + general + ": " + withGeneral(i, general));
        }
      }
    }
  }

  @CompilerControl(CompilerControl.Mode.INLINE)
  private Decision table(int i) {
    return BeijingCases.generated(kinds[i], violations[i], facts[i]);
  }

  @CompilerControl(CompilerControl.Mode.INLINE)
  private CaseDecision withGeneral(int i, GeneralFacts g) {
    Object f = facts[i];
    Violation v = violations[i];
    switch (kinds[i]) {
      case 0: return ((C05834_C05835Violation) v).evaluate((C05834_C05835Violation.Facts) f, g);
      case 1: return ((C05836Violation) v).evaluate((C05836Violation.Facts) f, g);
      case 2: return ((C05837Violation) v).evaluate((C05837Violation.Facts) f, g);
      case 3: return ((C05838Violation) v).evaluate((C05838Violation.Facts) f, g);
      case 4: return ((C05839Violation) v).evaluate((C05839Violation.Facts) f, g);
      case 5: return ((C05840_C05846Violation) v).evaluate((C05840_C05846Violation.Facts) f, g);
      case 6: return ((C05847Violation) v).evaluate((C05847Violation.Facts) f, g);
      default: return ((C05850Violation) v).evaluate((C05850Violation.Facts) f, g);
    }
  }

  @CompilerControl(CompilerControl.Mode.INLINE)
  private Decision handWritten(int i) {
    return hand.decide(kinds[i], codeIndexes[i], facts[i]);
  }

  /** The table decision alone, {@code evaluate(Facts)}: the generated floor. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typedTableOnly(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(table(i));
    }
  }

  /** The hand-written floor. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void handWritten(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(handWritten(i));
    }
  }

  /** {@code evaluate(Facts, GeneralFacts.NONE)}: no general circumstance, no dates. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typedNoGeneralFacts(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(withGeneral(i, GeneralFacts.NONE));
    }
  }

  /** With 已满十四周岁不满十八周岁 (应当从轻或者减轻): one step moving every fine, and the text. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typedWithAdjustment(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(withGeneral(i, MINOR));
    }
  }

  /** As {@link #typedWithAdjustment}, and the limitation period weighed from the dates. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void typedWithAdjustmentAndDates(Blackhole hole) {
    for (int i = 0; i < CASES; i++) {
      hole.consume(withGeneral(i, MINOR_DATED));
    }
  }
}
