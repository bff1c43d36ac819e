package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large and hostile files end in a few clear diagnostics, quickly, and never in an exception. */
class BadFilesTest {
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
    assertEquals(2, compilation.diagnostics().size(), "the token, then the end of the file");
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

  @Test
  void nulBytesAndControlCharactersAreReportedNotObeyed(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("nul.cailiang"), "standard s \"x\" {\u0000}\u001b[31m".getBytes(StandardCharsets.UTF_8));
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    assertTrue(compilation.diagnostics().stream().anyMatch(d -> d.message().contains("U+0000")), compilation.render());
    assertTrue(!compilation.render().contains("\u001b"), "an escape sequence never reaches the terminal");
  }

  @Test
  void aDeviceIsRefusedBeforeItIsRead(@TempDir Path dir) {
    // /dev/zero has size 0 and never ends: a size check alone lets it fill the memory.
    Compilation compilation = StandardCompiler.compile(List.of(Path.of("/dev/zero")), dir);
    assertEquals(1, compilation.diagnostics().size(), compilation.render());
    assertEquals("io", compilation.diagnostics().get(0).check());
    assertTrue(compilation.render().contains(":1:1: error: 不是普通文件（设备、管道或套接字），不能作为源文件读取"),
        compilation.render());
  }

  @Test
  void aFifoIsRefusedRatherThanWaitedOn(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.cailiang");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    // Opening a FIFO with no writer blocks for ever: it must be refused before it is opened.
    Compilation compilation = StandardCompiler.compile(List.of(fifo), dir);
    assertEquals(1, compilation.diagnostics().size(), compilation.render());
    assertTrue(compilation.render().startsWith("pipe.cailiang:1:1: error: 不是普通文件"), compilation.render());
  }

  @Test
  void controlCharactersInNamesAreShownInMessages(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("names.cailiang"), """
        standard s "标准" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条\\u{1B}[2J\\u{202E}" "罚则。"
          violation X00001 "行为" {
            basis a1
            duty a1
            tier B010 "一般" otherwise { fine unit ..500 }
          }
        }
        """);
    String rendered = StandardCompiler.compile(List.of(file), dir).render();
    assertTrue(rendered.contains("条款 a1（第一条⟨U+001B⟩[2J⟨U+202E⟩）已列为本违法行为的依据"), rendered);
    assertTrue(rendered.indexOf('\u001b') < 0 && rendered.indexOf('\u202e') < 0, rendered);
  }
}
