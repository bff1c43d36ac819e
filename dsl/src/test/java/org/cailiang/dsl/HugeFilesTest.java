package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten-megabyte files end in a few clear diagnostics, never in an exception. Only about size:
 * the root pom's {@code pit} profile leaves this class out of mutation runs, where each of its
 * tests takes half a minute per mutant.
 */
class HugeFilesTest {
  private static final int TEN_MB = 10 * 1024 * 1024;

  @Test
  void tenMegabytesOfTextStopAtTheErrorLimit(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder(TEN_MB);
    while (text.length() < TEN_MB) {
      text.append("罚款 违法 { tier } \"未闭合\n");
    }
    Path file = Files.writeString(dir.resolve("big.cailiang"), text);
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    assertTrue(compilation.hasErrors());
    assertTrue(compilation.diagnostics().size() <= 51, "capped: " + compilation.diagnostics().size());
    assertEquals("too-many-errors", compilation.diagnostics().get(compilation.diagnostics().size() - 1).check());
  }

  @Test
  void tenMegabytesOfOneTokenAreTwoErrors(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("token.cailiang"), "x".repeat(TEN_MB));
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    // Since a file may also start with 'general', the parser's recovery reports the token only.
    assertEquals(1, compilation.diagnostics().size(), "the token: 应为 'general' 或 'standard'");
    assertTrue(compilation.diagnostics().get(0).message().contains("'xxxxxxxxxxxxxxxxxxxxxxxxxxx...'"));
    assertTrue(compilation.render().length() < 2_000, "the caret line is cut, not ten million columns wide");
  }

  @Test
  void tenMegabytesOfRandomBytesIsAnEncodingError(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[TEN_MB];
    new Random(7).nextBytes(bytes);
    Path file = Files.write(dir.resolve("random.cailiang"), bytes);
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    assertEquals(1, compilation.diagnostics().size());
    assertEquals("encoding", compilation.diagnostics().get(0).check());
  }
}
