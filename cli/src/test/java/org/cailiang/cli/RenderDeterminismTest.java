package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every render is byte-identical across runs, default locales and line separators. */
class RenderDeterminismTest {
  private static List<String> renderAll() {
    return List.of("md", "html", "json", "dmn").stream()
        .map(format -> CliRun.of("render", CliRun.BEIJING, "--format", format).out())
        .toList();
  }

  @Test
  void rendersDoNotDependOnTheMachine() {
    List<String> first = renderAll();
    Locale locale = Locale.getDefault();
    String separator = System.getProperty("line.separator");
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      System.setProperty("line.separator", "\r\n");
      assertEquals(first, renderAll());
    } finally {
      Locale.setDefault(locale);
      System.setProperty("line.separator", separator);
    }
    first.forEach(text -> assertFalse(text.contains("\r"), "no carriage returns"));
  }
}
