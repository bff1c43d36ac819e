package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.runtime.internal.Codes;
import org.junit.jupiter.api.Test;

/**
 * The codes a general class that serves only some violations keeps: every code, in string
 * constants short enough for the class file (one holds at most 65,535 bytes).
 */
class GeneralScopeCodesTest {
  @Test
  void manyCodesAreSplitIntoShortConstantsAndReadBackWhole() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      codes.add(String.format("C%05d", i * 10));
    }
    codes.add("D00001..D00100"); // a range stays a range
    String block = GeneralEmitter.codeTexts(codes).toString();
    List<String> texts = new ArrayList<>();
    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(block);
    while (literal.find()) {
      texts.add(literal.group(1));
    }
    assertTrue(texts.size() > 1, "split: " + texts.size());
    texts.forEach(text -> assertTrue(text.length() < 4_000, "short: " + text.length()));
    assertEquals(3_100, Codes.set(texts.toArray(String[]::new)).size());
  }

  @Test
  void fewCodesAreOneConstant() {
    assertEquals("\"C05837 C05840..C05846\"",
        GeneralEmitter.codeTexts(List.of("C05837", "C05840..C05846")).toString());
  }
}
