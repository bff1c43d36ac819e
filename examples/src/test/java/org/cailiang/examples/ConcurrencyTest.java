package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Decision;
import org.junit.jupiter.api.Test;

/** Evaluators are stateless: many threads share one and each gets the single-threaded answer. */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 20_000;

  @Test
  void oneEvaluatorHammeredFromManyThreadsAnswersAsFromOne() throws Exception {
    List<C05837Violation.Facts> beijingCases = new ArrayList<>();
    for (C05837Violation.Setter setter : C05837Violation.Setter.values()) {
      beijingCases.add(new C05837Violation.Facts(setter, true));
      beijingCases.add(new C05837Violation.Facts(setter, false));
    }
    List<E06401Violation.Facts> incomeCases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      // minor and serious never both: such facts are rejected (exclusive minor, serious).
      incomeCases.add(new E06401Violation.Facts(new BigDecimal(i * 1999 + ".37"), i % 7 == 0, i % 5 == 0 && i % 7 != 0));
    }
    List<Decision> expectedBeijing = beijingCases.stream().map(C05837Violation.C05837::evaluate).toList();
    List<Decision> expectedIncome = incomeCases.stream().map(E06401Violation.E06401::evaluate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        tasks.add(() -> {
          int checked = 0;
          for (int i = 0; i < ROUNDS; i++) {
            int b = (i + offset) % beijingCases.size();
            assertEquals(expectedBeijing.get(b), C05837Violation.C05837.evaluate(beijingCases.get(b)));
            int c = (i * 31 + offset) % incomeCases.size();
            assertEquals(expectedIncome.get(c), E06401Violation.E06401.evaluate(incomeCases.get(c)));
            checked += 2;
          }
          return checked;
        });
      }
      int total = 0;
      for (Future<Integer> result : pool.invokeAll(tasks)) {
        total += result.get();
      }
      assertEquals(THREADS * ROUNDS * 2, total);
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
