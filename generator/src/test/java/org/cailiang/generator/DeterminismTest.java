package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The same input gives byte-identical output: across runs, file orders and default locales. */
class DeterminismTest {

  @Test
  void twoRunsGiveByteIdenticalFiles() {
    List<GeneratedFile> first = new JavaGenerator("p").generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES));
    List<GeneratedFile> second = new JavaGenerator("p").generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES));
    assertEquals(first, second);
  }

  @Test
  void inputOrderAndDefaultLocaleChangeNothing() {
    List<GeneratedFile> expected = new JavaGenerator("p").generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR")); // dotless i: a classic of toUpperCase bugs
      assertEquals(expected, new JavaGenerator("p").generate(Sources.compile(Sources.EXAMPLE, Sources.BEIJING)));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
