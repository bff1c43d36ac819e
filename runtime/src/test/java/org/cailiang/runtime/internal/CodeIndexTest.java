package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's table of codes: every code found, no other, with or without collisions. */
class CodeIndexTest {
  @Test
  void findsEveryCodeAndNothingElse() {
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (int i = 0; i < 10_000; i++) {
      codes.put("C" + (10_000 + i), i);
      codes.put("C" + (10_000 + i) + "B010", -i);
    }
    CodeIndex<Integer> index = CodeIndex.of(codes);
    codes.forEach((code, value) -> assertEquals(value, index.get(new String(code)), code));
    assertNull(index.get("C30000"));
    assertNull(index.get("c10000"));
    assertNull(index.get(""));
  }

  @Test
  void codesOfEqualHashesAreKeptApart() {
    // "Aa" and "BB" have the same String.hashCode, and so do their concatenations.
    Map<String, String> codes = Map.of("Aa", "1", "BB", "2", "AaAa", "3", "BBBB", "4", "AaBB", "5");
    CodeIndex<String> index = CodeIndex.of(codes);
    codes.forEach((code, value) -> assertEquals(value, index.get(code), code));
    assertNull(index.get("BBAa"));
    assertEquals(1, index.longestProbe() > 0 ? 1 : 0, "equal hashes cannot share a slot");
  }

  @Test
  void aRegistryOfTheBeijingStandardsSizeIsAPerfectHash() {
    Map<String, Integer> codes = new LinkedHashMap<>();
    for (int i = 0; i < 16; i++) {
      String code = "C0" + (5834 + i);
      codes.put(code, i);
      codes.put(code + "B010", i);
      codes.put(code + "B020", i);
    }
    assertEquals(0, CodeIndex.of(codes).longestProbe());
  }
}
