package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A violation of a standard without a general part says so when asked for one. */
class ViolationWithoutGeneralPartTest {
  private static final Violation PLAIN = new Violation() {
    @Override
    public String code() {
      return "C1";
    }

    @Override
    public String standardId() {
      return "plain";
    }

    @Override
    public String title() {
      return "测试";
    }

    @Override
    public List<FactSpec> facts() {
      return List.of();
    }

    @Override
    public List<String> tierCodes() {
      return List.of("C1B1");
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      throw new AssertionError("not called");
    }
  };

  @Test
  void theGeneralEntryOfAStandardWithoutOneIsRefusedNamingIt() {
    UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
        () -> PLAIN.evaluate(Map.of(), GeneralFacts.NONE));
    assertEquals("C1：裁量基准 plain 没有使用总则（uses），无从适用总则", refused.getMessage());
  }
}
