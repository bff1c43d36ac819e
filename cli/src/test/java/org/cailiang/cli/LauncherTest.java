package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./cailiang} launcher under {@code LANG=C LC_ALL=C}: Chinese file names and fact
 * values still work, since the JVM would otherwise decode the arguments as ASCII.
 */
class LauncherTest {
  private record Run(int exitCode, String out) {}

  /**
   * A copy of the launcher beside a {@code cli/target/cailiang-cli.jar} that holds only a
   * manifest pointing at this test's class path: the real script runs the classes under test.
   */
  private static Path launcher(Path dir) throws Exception {
    Path script = Files.copy(Path.of("../cailiang"), dir.resolve("cailiang"));
    Path jar = Files.createDirectories(dir.resolve("cli/target")).resolve("cailiang-cli.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    return script;
  }

  private static Run run(Path dir, String... args) throws Exception {
    Path script = dir.resolve("cailiang");
    List<String> command = new ArrayList<>(
        List.of("sh", (Files.exists(script) ? script : launcher(dir)).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out);
  }

  @Test
  void chineseFileNamesAndFactValuesWorkUnderTheCLocale(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(CliRun.BEIJING), dir.resolve("北京.cailiang"));
    // The general part it uses (uses xzcff) is found next to it.
    Files.copy(Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    Run check = run(dir, "check", "北京.cailiang");
    // Beijing's two 地方政府规章 declare no fine-limit: a note each (fine-limit-undeclared), no finding.
    assertEquals(0, check.exitCode(), check.out());
    assertEquals(List.of("fine-limit-undeclared", "fine-limit-undeclared"), CommandsTest.checks(check.out()));
    Run eval = run(dir, "eval", "北京.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, eval.exitCode(), eval.out());
    assertTrue(eval.out().contains("C05837B030（个人设置）"), eval.out());
  }
}
