package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which facts each version weighed in time is given: its own, and a key no version declares (so
 * that it is reported, not silently ignored), unless the registry is lenient.
 */
class StandardsInTimeFactsTest {
  private static final Party P = new Party("p", "个人");

  /** A violation that refuses keys it does not declare and names the keys it was given. */
  private record Declared(String standardId, String code, List<String> factIds, long max)
      implements Violation {
    @Override
    public String title() {
      return "违规经营";
    }

    @Override
    public List<FactSpec> facts() {
      return factIds.stream().map(id -> new FactSpec(id, id, FactSpec.Type.BOOL, List.of())).toList();
    }

    @Override
    public List<String> tierCodes() {
      return List.of(code + "B010");
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      TreeSet<String> given = new TreeSet<>(facts.keySet());
      if (!factIds.containsAll(given)) {
        throw new InvalidFactsException(code, List.of("未知事实 " + given));
      }
      return new Decision(standardId, code + "B010", String.join(",", given), List.of(
          new Sanction.Fine(List.of(P), false, MoneyRange.of(0, max), null, false)), List.of(), "");
    }
  }

  private record Version(
      String id, String supersedes, Optional<LocalDate> effective, Optional<LocalDate> repealed,
      List<Violation> violations) implements Standard {
    @Override
    public String title() {
      return "裁量基准";
    }

    @Override
    public String authority() {
      return "局";
    }

    @Override
    public String region() {
      return "市";
    }
  }

  private static final LocalDate ACT = LocalDate.parse("2025-12-01");
  private static final LocalDate DECISION = LocalDate.parse("2026-02-01");

  /** v1 knows harm; v2, from 2026, knows harm and income and fines more (so v1 applies). */
  private static Standards standards() {
    Version v1 = new Version("v1", "", Optional.of(LocalDate.parse("2024-01-01")),
        Optional.empty(), List.of(new Declared("v1", "X00001", List.of("harm"), 500)));
    Version v2 = new Version("v2", "v1", Optional.of(LocalDate.parse("2026-01-01")),
        Optional.empty(), List.of(new Declared("v2", "X00001", List.of("harm", "income"), 1000)));
    return Standards.of(v1, v2);
  }

  @Test
  void eachVersionIsGivenItsOwnFactsOnly() {
    TimedDecision timed = standards().evaluate("X00001", Map.of("harm", true, "income", "5"),
        ACT, DECISION);
    assertEquals(TimedDecision.Ground.OLD_NOT_LIGHTER, timed.ground());
    assertEquals("harm", timed.applied().get(0).decision().circumstance());
  }

  @Test
  void aKeyNoVersionDeclaresIsReportedUnlessLenient() {
    Map<String, Object> facts = Map.of("harm", true, "income", "5", "caseId", "A-1");
    assertThrows(InvalidFactsException.class,
        () -> standards().evaluate("X00001", facts, ACT, DECISION));
    TimedDecision lenient = standards().lenient().evaluate("X00001", facts, ACT, DECISION);
    assertEquals("harm", lenient.applied().get(0).decision().circumstance());
  }

  @Test
  void theCodeInTimeIsTheCodeAskedFor() {
    assertEquals("X00001", standards().inTime("X00001").code());
  }
}
