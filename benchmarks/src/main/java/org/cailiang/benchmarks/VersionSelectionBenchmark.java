package org.cailiang.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cailiang.examples.standards.ExampleSecurity2026_E05403Violation;
import org.cailiang.runtime.CodeInTime;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
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

/**
 * What choosing the version in force by date adds to a typed evaluation: the security example's
 * E05403 (情节较轻) under its 2026 version, called directly, after {@link
 * Standards#inForce(String, LocalDate)} picked that version for the act date (a lookup by code,
 * then the dates), and after {@link CodeInTime#inForce(LocalDate)} of a code looked up once. Run
 * with {@code -prof gc} to see that selection allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VersionSelectionBenchmark {
  private Standards standards;
  private CodeInTime e05403;
  private String code;
  private LocalDate act;
  private ExampleSecurity2026_E05403Violation.Facts facts;

  @Setup(Level.Trial)
  public void setUp() {
    standards = Standards.load();
    code = "E05403";
    e05403 = standards.inTime(code);
    act = LocalDate.parse("2026-02-01");
    facts = new ExampleSecurity2026_E05403Violation.Facts(true, false);
    // A wrong fast answer does not count: both paths must decide the same tier.
    if (!typed().equals(typedInForce()) || !typed().equals(typedKeptCode())
        || !typed().tierCode().equals("E05403B020")) {
      throw new IllegalStateException("the paths disagree: " + typed() + " / " + typedInForce());
    }
  }

  /** The typed evaluation alone: the class is the version. */
  @Benchmark
  public Decision typed() {
    return ExampleSecurity2026_E05403Violation.E05403.evaluate(facts);
  }

  /** The version in force at the act date chosen first, then the same typed evaluation. */
  @Benchmark
  public Decision typedInForce() {
    Violation version = standards.inForce(code, act);
    if (version instanceof ExampleSecurity2026_E05403Violation typed) {
      return typed.evaluate(facts);
    }
    throw new IllegalStateException(code + " at " + act + " is not under example_security_2026");
  }

  /** The code looked up once and kept; per case only the version by date, then the evaluation. */
  @Benchmark
  public Decision typedKeptCode() {
    if (e05403.inForce(act) instanceof ExampleSecurity2026_E05403Violation typed) {
      return typed.evaluate(facts);
    }
    throw new IllegalStateException(code + " at " + act + " is not under example_security_2026");
  }

  /** The selection alone. */
  @Benchmark
  public Violation selection() {
    return standards.inForce(code, act);
  }
}
