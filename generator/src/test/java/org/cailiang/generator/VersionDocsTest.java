package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.Compilation;

/**
 * Integrator's review: the violation class without a prefix ({@code E05403Violation}) is the
 * superseded version, its {@code evaluate} decides by that version whatever the date, and its
 * Javadoc did not say so. A class of a version chain now states its version, what it supersedes
 * and what supersedes it; a standard without versions is unchanged.
 */
class VersionDocsTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");

  @org.junit.jupiter.api.Test
  void eachVersionsClassesSayWhichVersionTheyDecide() {
    Compilation compilation = Sources.compilation(EXAMPLES.resolve("example_security.cailiang"),
        EXAMPLES.resolve("example_security_2026.cailiang"));
    List<GeneratedFile> files = new JavaGenerator("ex").generate(compilation.standards(),
        compilation.generals());
    String old = plain(source(files, "ex/E05403Violation.java"));
    assertTrue(old.contains("<p>版本：example_security（2024-01-01 起施行，至 2025-12-31）。后继版本：example_security_2026（{@link "
        + "ExampleSecurity2026}，2026-01-01 起施行）。本类只按本版本裁量，不看日期"), old);
    String next = plain(source(files, "ex/ExampleSecurity2026_E05403Violation.java"));
    assertTrue(next.contains("<p>版本：example_security_2026（2026-01-01 起施行，取代 example_security）。\n"), next);
    assertTrue(next.contains("e.g. <code>E05403 "), next);
    String beijing = plain(source(new JavaGenerator("bj").generate(Sources.compile(Sources.BEIJING)),
        "bj/C05837Violation.java"));
    assertFalse(beijing.contains("版本："), "a standard without versions says nothing of them");
  }

  private static String source(List<GeneratedFile> files, String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError(path + " not among " + files.stream().map(GeneratedFile::path).toList()))
        .content();
  }

  /** The source with its unicode escapes decoded. */
  private static String plain(String source) {
    Matcher m = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
