package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every render is byte-identical across runs, default locales, line separators and platform
 * charsets. {@code line.separator} and the default charset are read once when a JVM starts, so
 * the other machine is a second JVM started with them, not a property set at run time.
 */
class RenderDeterminismTest {
  private static final List<String> FORMATS = List.of("md", "html", "json", "dmn");

  @Test
  void rendersDoNotDependOnTheMachine(@TempDir Path dir) throws Exception {
    for (String format : FORMATS) {
      String here = CliRun.of("render", CliRun.BEIJING, "--format", format).out();
      String there = inAnotherJvm(dir, "render", CliRun.BEIJING, "--format", format);
      assertEquals(here, there, format + " differs under another locale, line separator and charset");
      assertFalse(here.contains("\r"), format + " has a carriage return");
    }
  }

  @Test
  void officeRendersAreTheSameBytesEveryTime(@TempDir Path dir) throws Exception {
    for (String format : List.of("xlsx", "docx")) {
      Path first = dir.resolve("first." + format);
      Path second = dir.resolve("second." + format);
      assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", first.toString()).exitCode());
      Thread.sleep(1_100); // the creation date a document gets by default is to the second
      assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", second.toString()).exitCode());
      assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), format);
    }
  }

  /** Runs the command line in a JVM with a Turkish locale, CRLF line ends and GBK as default charset. */
  private static String inAnotherJvm(Path dir, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java,
        "-Duser.language=tr", "-Duser.country=TR", "-Dline.separator=\r\n", "-Dfile.encoding=GBK",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the second JVM did not finish");
    }
    assertEquals(0, process.exitValue(), "exit code of the second JVM");
    return new String(out, StandardCharsets.UTF_8);
  }
}
