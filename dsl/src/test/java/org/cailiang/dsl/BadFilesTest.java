package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files end in a few clear diagnostics and never in an exception; huge ones: {@link HugeFilesTest}. */
class BadFilesTest {
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
