package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

/** A tier code passed where a violation code is expected is honoured only when the facts lead there. */
class TierCodeTest {
  /** Decides B010 when {@code serious} is false, B020 when it is true. */
  private static final Violation VIOLATION = new Violation() {
    private final List<FactSpec> facts =
        List.of(new FactSpec("serious", "情节严重", FactSpec.Type.BOOL, List.of()));

    @Override
    public String code() {
      return "C00001";
    }

    @Override
    public String standardId() {
      return "s";
    }

    @Override
    public String title() {
      return "行为";
    }

    @Override
    public List<FactSpec> facts() {
      return facts;
    }

    @Override
    public List<String> tierCodes() {
      return List.of("C00001B010", "C00001B020");
    }

    @Override
    public Decision evaluate(Map<String, ?> input) {
      boolean serious = new FactReader(code(), facts, input).bool(0);
      return new Decision("s", serious ? "C00001B020" : "C00001B010", serious ? "严重" : "一般",
          List.of(new Sanction.Warning(false)), List.of(), "");
    }
  };

  private static final Standards STANDARDS = Standards.of(new Standard() {
    @Override
    public String id() {
      return "s";
    }

    @Override
    public String title() {
      return "标准";
    }

    @Override
    public String authority() {
      return "机关";
    }

    @Override
    public String region() {
      return "某市";
    }

    @Override
    public List<Violation> violations() {
      return List.of(VIOLATION);
    }
  });

  @Test
  void aTierCodeTheFactsLeadToIsHonoured() {
    assertEquals("C00001B020", STANDARDS.evaluate("C00001B020", Map.of("serious", "true")).tierCode());
    assertEquals("C00001B010", STANDARDS.evaluate("C00001B010", Map.of("serious", "false")).tierCode());
  }

  @Test
  void aTierCodeTheFactsDoNotLeadToIsRejectedNamingBoth() {
    InvalidFactsException e = assertThrows(
        InvalidFactsException.class, () -> STANDARDS.evaluate("C00001B010", Map.of("serious", "true")));
    assertEquals("C00001", e.code());
    assertEquals(1, e.messages().size(), e.messages().toString());
    String problem = e.messages().get(0);
    assertTrue(problem.contains("C00001B010") && problem.contains("C00001B020"), problem);
  }

  @Test
  void aViolationCodeDecidesAnyTier() {
    assertEquals("C00001B020", STANDARDS.evaluate("C00001", Map.of("serious", "true")).tierCode());
  }
}
