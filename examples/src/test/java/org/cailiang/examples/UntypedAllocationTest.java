package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.cailiang.examples.standards.E06401Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/**
 * The untyped path allocates nothing of its own for a map of plain values: no reader, no array
 * of converted values, no strings while reading an amount. The maps are built before counting,
 * so the bytes counted are the registry's and the generated code's alone. The JVM counts the
 * bytes of this thread, so the figures are upper bounds whatever the JIT compiler removes; the
 * bounds hold without any removed (the {@code Facts} record of a Beijing violation is at most
 * 24 bytes), and the path before allocated 61 bytes per Beijing case on average.
 */
class UntypedAllocationTest {
  private static final int CALLS = 40_000;
  /** At most a {@code Facts} record, should the JIT compiler not remove it. */
  private static final long MOST_BYTES_PER_BEIJING_CASE = 24;
  /** The amount's {@code BigDecimal} (40 bytes) beyond what the typed path allocates. */
  private static final long MOST_BYTES_BEYOND_TYPED = 48;

  @Test
  void aBeijingCaseByCodeAllocatesAtMostItsFactsRecord() {
    Standards standards = Standards.load();
    List<String> codes = new ArrayList<>();
    List<Map<String, String>> maps = new ArrayList<>();
    List<Decision> expected = new ArrayList<>();
    for (Violation violation : standards.standard("beijing_psb").orElseThrow().violations()) {
      for (Map<String, String> facts : combinations(violation.facts())) {
        codes.add(violation.code());
        maps.add(facts);
        expected.add(standards.evaluate(violation.code(), facts));
      }
    }
    assertEquals(40, maps.size(), "every Beijing case");
    long perCall = bytesPerCall(i -> {
      int at = i % maps.size();
      Decision decision = standards.evaluate(codes.get(at), maps.get(at));
      assertTrue(decision == expected.get(at), "the precomputed decision");
      return decision;
    });
    assertTrue(perCall <= MOST_BYTES_PER_BEIJING_CASE, perCall + " bytes allocated per case");
  }

  @Test
  void anAmountReadFromTextAllocatesOnlyItsValueBeyondTheTypedPath() {
    Map<String, String> untyped = new HashMap<>(Map.of("income", "12345.67", "minor", "否", "serious", "false"));
    Violation violation = E06401Violation.E06401;
    Decision expected = E06401Violation.E06401.evaluate(new E06401Violation.Facts(new BigDecimal("12345.67"), false, false));
    assertEquals(expected, violation.evaluate(untyped));
    BigDecimal income = new BigDecimal("12345.67");
    long typed = bytesPerCall(i -> E06401Violation.E06401.evaluate(new E06401Violation.Facts(income, false, false)));
    long perCall = bytesPerCall(i -> violation.evaluate(untyped));
    assertTrue(perCall <= typed + MOST_BYTES_BEYOND_TYPED, perCall + " bytes per case, typed " + typed);
  }

  /** The bytes this thread allocates per call, after as many calls to warm up. */
  private static long bytesPerCall(IntFunction<Decision> call) {
    Decision last = null;
    for (int i = 0; i < CALLS; i++) {
      last = call.apply(i);
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      last = call.apply(i);
    }
    long bytes = threads.getThreadAllocatedBytes(thread) - before;
    assertTrue(last != null);
    return bytes / CALLS;
  }

  /** Every combination of an enum and boolean violation's facts, as the texts a service gets. */
  private static List<Map<String, String>> combinations(List<FactSpec> specs) {
    List<Map<String, String>> all = new ArrayList<>();
    all.add(new HashMap<>());
    for (FactSpec spec : specs) {
      List<String> values = spec.type() == FactSpec.Type.ENUM
          ? spec.values().stream().map(Labelled::id).toList()
          : List.of("false", "true");
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : all) {
        for (String value : values) {
          Map<String, String> extended = new HashMap<>(partial);
          extended.put(spec.id(), value);
          next.add(extended);
        }
      }
      all = next;
    }
    return all;
  }
}
