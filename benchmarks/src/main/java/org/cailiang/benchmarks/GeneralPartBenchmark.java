package org.cailiang.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The Beijing standard's 40 cases decided with its general part (行政处罚法总则) through the typed
 * entry {@code evaluate(Facts, GeneralFacts)}: without general facts (to stay allocation-free and
 * near the hand-written floor, which {@link #handWritten} and {@link #typedTableOnly} measure
 * beside it), with a 应当从轻或者减轻 circumstance (a step that moves every fine), and with that and
 * the limitation dates. Before timing, every answer is checked against {@code decide} on the
 * table decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneralPartBenchmark {
  /** One typed evaluation with the general part, prepared before timing. */
  @FunctionalInterface
  interface GeneralCall {
    CaseDecision run(GeneralFacts general);
  }

  private static final GeneralFacts MINOR = BeijingPsbGeneral.facts(BeijingPsbGeneral.Circumstance.MINOR_AGE);
  private static final GeneralFacts MINOR_DATED = MINOR.dated(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 1));

  private Call[] table;
  private Call[] handWritten;
  private GeneralCall[] general;

  @Setup(Level.Trial)
  public void setUp() {
    Standards registry = Standards.load();
    List<BeijingCases.Case> cases = BeijingCases.all(registry, "beijing_psb");
    java.util.Map<String, Decision> decisions = new java.util.HashMap<>();
    cases.forEach(c -> decisions.put(c.expectedCode(), registry.evaluate(c.code(), c.facts())));
    HandWrittenBeijing hand = new HandWrittenBeijing(decisions);
    int n = cases.size();
    table = new Call[n];
    handWritten = new Call[n];
    general = new GeneralCall[n];
    for (int i = 0; i < n; i++) {
      BeijingCases.Case c = cases.get(i);
      table[i] = Engines.generatedTyped(c);
      handWritten[i] = Engines.handWritten(hand, c);
      general[i] = typed(c.violation(), c.typedFacts());
      for (GeneralFacts facts : List.of(GeneralFacts.NONE, MINOR, MINOR_DATED)) {
        CaseDecision expected = BeijingPsbGeneral.RULES.decide(table[i].run(), facts);
        if (!expected.equals(general[i].run(facts))) {
          throw new IllegalStateException(c.code() + " " + facts + ": " + general[i].run(facts));
        }
      }
    }
  }

  /** The table decision alone, {@code evaluate(Facts)}: the generated floor. */
  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void typedTableOnly(Blackhole hole) {
    for (Call call : table) {
      hole.consume(call.run());
    }
  }

  /** The hand-written floor. */
  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void handWritten(Blackhole hole) {
    for (Call call : handWritten) {
      hole.consume(call.run());
    }
  }

  /** {@code evaluate(Facts, GeneralFacts.NONE)}: no general circumstance, no dates. */
  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void typedNoGeneralFacts(Blackhole hole) {
    for (GeneralCall call : general) {
      hole.consume(call.run(GeneralFacts.NONE));
    }
  }

  /** With 已满十四周岁不满十八周岁 (应当从轻或者减轻): one step moving every fine, and the text. */
  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void typedWithAdjustment(Blackhole hole) {
    for (GeneralCall call : general) {
      hole.consume(call.run(MINOR));
    }
  }

  /** As {@link #typedWithAdjustment}, and the limitation period weighed from the dates. */
  @Benchmark
  @OperationsPerInvocation(BeijingCases.COUNT)
  public void typedWithAdjustmentAndDates(Blackhole hole) {
    for (GeneralCall call : general) {
      hole.consume(call.run(MINOR_DATED));
    }
  }

  private static GeneralCall typed(Violation v, Object f) {
    if (v instanceof C05834_C05835Violation x) {
      C05834_C05835Violation.Facts facts = (C05834_C05835Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05836Violation x) {
      C05836Violation.Facts facts = (C05836Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05837Violation x) {
      C05837Violation.Facts facts = (C05837Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05838Violation x) {
      C05838Violation.Facts facts = (C05838Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05839Violation x) {
      C05839Violation.Facts facts = (C05839Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05840_C05846Violation x) {
      C05840_C05846Violation.Facts facts = (C05840_C05846Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    if (v instanceof C05847Violation x) {
      C05847Violation.Facts facts = (C05847Violation.Facts) f;
      return g -> x.evaluate(facts, g);
    }
    C05850Violation x = (C05850Violation) v;
    C05850Violation.Facts facts = (C05850Violation.Facts) f;
    return g -> x.evaluate(facts, g);
  }
}
