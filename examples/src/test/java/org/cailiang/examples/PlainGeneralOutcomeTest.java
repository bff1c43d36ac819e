package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cailiang.examples.standards.BeijingPsbGeneral;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.examples.standards.ExampleSecurityGeneral;
import org.cailiang.examples.standards.ExampleSecurityParties;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/**
 * A typed evaluation without general facts ({@code GeneralFacts.NONE}) reads the outcome the
 * decision keeps: nothing is allocated for a constant tier once it was decided, and a computed
 * decision (a fine from an amount) gets the outcome of its own fine, never another case's.
 */
class PlainGeneralOutcomeTest {
  private static final int ROUNDS = 20_000;

  private static List<C05837Violation.Facts> beijingCases() {
    List<C05837Violation.Facts> cases = new ArrayList<>();
    for (C05837Violation.Setter setter : C05837Violation.Setter.values()) {
      cases.add(new C05837Violation.Facts(setter, true));
      cases.add(new C05837Violation.Facts(setter, false));
    }
    return cases;
  }

  private static List<E06401Violation.Facts> incomeCases() {
    List<E06401Violation.Facts> cases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      // minor and serious never both: such facts are rejected (exclusive minor, serious).
      cases.add(new E06401Violation.Facts(new BigDecimal(i * 1999 + ".37"), i % 7 == 0,
          i % 5 == 0 && i % 7 != 0));
    }
    return cases;
  }

  @Test
  void aConstantTierWithoutGeneralFactsAllocatesNothingOnceDecided() {
    List<C05837Violation.Facts> cases = beijingCases();
    for (C05837Violation.Facts facts : cases) {
      CaseDecision outcome = C05837Violation.C05837.evaluate(facts, GeneralFacts.NONE);
      assertEquals(BeijingPsbGeneral.RULES.decide(C05837Violation.C05837.evaluate(facts),
          GeneralFacts.NONE), outcome);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    C05837Violation.Facts[] all = cases.toArray(new C05837Violation.Facts[0]);
    int decided = 0;
    for (int i = 0; i < ROUNDS; i++) {
      // An indexed loop: a for-each would allocate an iterator per round.
      for (int c = 0; c < all.length; c++) {
        C05837Violation.C05837.evaluate(all[c], GeneralFacts.NONE);
        decided++;
      }
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertTrue(allocated < decided, allocated + " bytes for " + decided + " plain cases");
  }

  @Test
  void aComputedDecisionGetsTheOutcomeOfItsOwnFine() {
    List<E06401Violation.Facts> cases = incomeCases();
    for (int round = 0; round < 3; round++) {
      for (E06401Violation.Facts facts : cases) {
        Decision table = E06401Violation.E06401.evaluate(facts);
        assertEquals(ExampleSecurityGeneral.RULES.decide(table, GeneralFacts.NONE),
            E06401Violation.E06401.evaluate(facts, GeneralFacts.NONE), facts.toString());
      }
    }
    CaseDecision small = E06401Violation.E06401.evaluate(cases.get(1), GeneralFacts.NONE);
    CaseDecision large = E06401Violation.E06401.evaluate(cases.get(2), GeneralFacts.NONE);
    assertEquals(small.decision().tierCode(), large.decision().tierCode());
    assertNotEquals(small.decision().fines(), large.decision().fines());
  }

  @Test
  void manyThreadsReadOutcomesAndFinesAsOneDoes() throws Exception {
    List<C05837Violation.Facts> beijing = beijingCases();
    List<E06401Violation.Facts> income = incomeCases();
    List<CaseDecision> expectedBeijing = new ArrayList<>();
    for (C05837Violation.Facts facts : beijing) {
      expectedBeijing.add(BeijingPsbGeneral.RULES.decide(C05837Violation.C05837.evaluate(facts),
          GeneralFacts.NONE));
    }
    List<List<Sanction.Fine>> expectedFines = new ArrayList<>();
    for (E06401Violation.Facts facts : income) {
      expectedFines.add(List.copyOf(E06401Violation.E06401.evaluate(facts).fines()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        tasks.add(() -> {
          int checked = 0;
          for (int i = 0; i < 5_000; i++) {
            int b = (i + offset) % beijing.size();
            assertEquals(expectedBeijing.get(b),
                C05837Violation.C05837.evaluate(beijing.get(b), GeneralFacts.NONE));
            int c = (i * 31 + offset) % income.size();
            Decision decision = E06401Violation.E06401.evaluate(income.get(c));
            assertEquals(expectedFines.get(c), decision.fines());
            assertEquals(expectedFines.get(c).stream()
                    .filter(f -> f.parties().contains(ExampleSecurityParties.OPERATOR)).findFirst(),
                decision.fineFor(ExampleSecurityParties.OPERATOR));
            checked++;
          }
          return checked;
        });
      }
      int total = 0;
      for (Future<Integer> result : pool.invokeAll(tasks)) {
        total += result.get();
      }
      assertEquals(8 * 5_000, total);
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
  }
}
