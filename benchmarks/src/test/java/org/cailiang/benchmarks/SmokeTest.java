package org.cailiang.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks' smoke mode: every benchmark runs once, briefly, in this JVM. Their set-up
 * checks that all engines give the same answers, so this also fails on a wrong engine.
 */
class SmokeTest {
  @Test
  void everyBenchmarkRunsAndEveryEngineAgrees() throws Exception {
    Options options = new OptionsBuilder()
        .include(EvaluationBenchmark.class.getSimpleName())
        .include(MultipleFineBenchmark.class.getSimpleName())
        .include(CompilerScaleBenchmark.class.getSimpleName())
        .include(FrontEndBenchmark.class.getSimpleName())
        .include(VersionSelectionBenchmark.class.getSimpleName())
        .param("tiers", "1000")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .timeUnit(TimeUnit.NANOSECONDS)
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(8 + 6 + 2 + 1 + 4, results.size());
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
    }
  }
}
