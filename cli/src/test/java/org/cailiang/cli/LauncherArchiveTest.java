package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive: recorded by the first run, and recorded again when
 * it no longer fits the jar; the JVM's complaint about an archive that does not fit never
 * reaches stdout, which carries only the command's output.
 */
class LauncherArchiveTest {
  private record Run(int exitCode, String out, String err) {}

  @Test
  void anArchiveThatDoesNotFitTheJarIsRecordedAgainAndNotComplainedAbout(@TempDir Path dir)
      throws Exception {
    List<String> classPath = jarredClassPath(Files.createDirectories(dir.resolve("lib")));
    Path before = launcher(dir.resolve("before"), classPath);
    Run first = eval(before);
    assertEquals(0, first.exitCode(), first.err());
    Path archive = Path.of("cli/target/cailiang-cli.jsa");
    assertTrue(Files.size(before.resolve(archive)) > 0, "the first run records the archive");

    // Copied as cp -r does, the archive after the jar: the jar is not the one the archive was
    // recorded from (another path, another time), though not newer than it. The JVM ignores
    // such an archive, and says so on stdout.
    Path after = Files.createDirectories(dir.resolve("after/cli/target")).getParent().getParent();
    for (String file : List.of("cailiang", "beijing.cailiang", "xzcff.cailiang",
        "cli/target/cailiang-cli.jar", "cli/target/cailiang-cli.jsa")) {
      Files.copy(before.resolve(file), after.resolve(file));
    }
    Run moved = eval(after);
    assertEquals(0, moved.exitCode(), moved.err());
    assertEquals(first.out(), moved.out());
    assertFalse(moved.out().contains("[warning]"), moved.out());
    assertEquals(after.resolve("cli/target/cailiang-cli.jar").toString(),
        Files.readString(after.resolve(archive + ".stamp")).split(" ")[0]);
    try (Stream<Path> files = Files.list(after.resolve("cli/target"))) {
      assertEquals(List.of("cailiang-cli.jar", "cailiang-cli.jsa", "cailiang-cli.jsa.stamp"),
          files.map(f -> f.getFileName().toString()).sorted().toList(), "nothing left aside");
    }
  }

  @Test
  void anArchiveRecordedByAnotherCommandServesEvalAndTheCommandIsAsWithout(@TempDir Path dir)
      throws Exception {
    List<String> classPath = jarredClassPath(Files.createDirectories(dir.resolve("lib")));
    Path home = launcher(dir.resolve("home"), classPath);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    // The first run after the build is a check: it records the archive, and trains on the
    // other commands in the jar's copy of the Beijing standard, in the JVM's temporary folder.
    Run recording = run(home, Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp),
        "check", "beijing.cailiang");
    Run again = run(home, Map.of(), "check", "beijing.cailiang");
    assertEquals(0, recording.exitCode(), recording.err());
    assertEquals(again.out(), recording.out());
    assertEquals(again.err(), recording.err().replaceFirst("Picked up JAVA_TOOL_OPTIONS: .*\\R", ""));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "the training leaves nothing behind");
    }
    Path log = dir.resolve("classes.log");
    Run eval = run(home, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log),
        "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, eval.exitCode(), eval.err());
    String loaded = Files.readString(log);
    // Classes of the launcher's jar that a check never loads. (Here the other modules are jars
    // of their own, named by the manifest; the real jar holds them all and has them archived.)
    for (String used : List.of("org.cailiang.cli.GeneralEval", "org.cailiang.cli.Dates")) {
      assertTrue(loaded.contains(used + " source: shared objects file"),
          used + " should come from the archive a check recorded");
    }
  }

  @Test
  void aJvmThatCannotRecordAnArchiveChangesNothingButTheSpeed(@TempDir Path dir) throws Exception {
    List<String> classPath = jarredClassPath(Files.createDirectories(dir.resolve("lib")));
    Path home = launcher(dir.resolve("home"), classPath);
    // Without compressed class pointers a JDK 17 maps no base archive, so it can record no
    // dynamic one: the recorder fails, and did print to stdout and exit 1 in the user's JVM.
    Map<String, String> noBase = Map.of("JAVA_TOOL_OPTIONS", "-XX:-UseCompressedClassPointers");
    Path cli = home.resolve("cli/target");
    Run first = run(home, noBase, "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertTrue(Files.isRegularFile(cli.resolve("cailiang-cli.jsa.failed")), "the failure is noted");
    Run second = run(home, noBase, "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    Run plain = run(home, Map.of(), "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(plain.out(), first.out());
    assertEquals(plain.out(), second.out());
    assertEquals(second.err(), first.err());
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(List.of("cailiang-cli.jar", "cailiang-cli.jsa.failed"), listing(cli),
        "not tried again for the same jar, nothing left aside");
    // A new build is tried again.
    Path jar = cli.resolve("cailiang-cli.jar");
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(cli.resolve("cailiang-cli.jsa.failed")).toMillis() + 2_000));
    Run rebuilt = run(home, Map.of(), "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(plain.out(), rebuilt.out());
    assertEquals(List.of("cailiang-cli.jar", "cailiang-cli.jsa", "cailiang-cli.jsa.stamp"), listing(cli),
        "recorded, the note of the failure gone");
  }

  @Test
  void anArchiveCutShortIsRecordedAgainNotMapped(@TempDir Path dir) throws Exception {
    List<String> classPath = jarredClassPath(Files.createDirectories(dir.resolve("lib")));
    Path home = launcher(dir.resolve("home"), classPath);
    Run first = run(home, Map.of(), "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, first.exitCode(), first.err());
    Path archive = home.resolve("cli/target/cailiang-cli.jsa");
    long whole = Files.size(archive);
    // A failed copy of cli/target: the JVM would map the short file and die of SIGBUS.
    try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(whole / 2);
    }
    Run cut = run(home, Map.of(), "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, cut.exitCode(), cut.err());
    assertEquals(first.out(), cut.out());
    assertEquals(String.valueOf(Files.size(archive)),
        Files.readAllLines(home.resolve("cli/target/cailiang-cli.jsa.stamp")).get(1), "recorded again");
    assertTrue(Files.size(archive) > whole / 2);
  }

  @Test
  void whatAKilledRecordingLeftIsRemovedByTheNext(@TempDir Path dir) throws Exception {
    List<String> classPath = jarredClassPath(Files.createDirectories(dir.resolve("lib")));
    Path home = launcher(dir.resolve("home"), classPath);
    Path cli = home.resolve("cli/target");
    // Left by recorders killed with SIGKILL: one whose process is gone, one still running (this
    // JVM stands in for it), and a file of another name that only looks alike.
    long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
    long running = ProcessHandle.current().pid();
    for (String name : List.of("cailiang-cli.jsa." + gone, "cailiang-cli.jsa." + gone + ".stamp",
        "cailiang-cli.jsa." + running, "cailiang-cli.jsa.notes")) {
      Files.writeString(cli.resolve(name), "left");
    }
    Run first = run(home, Map.of(), "eval", "beijing.cailiang", "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(List.of("cailiang-cli.jar", "cailiang-cli.jsa", "cailiang-cli.jsa." + running,
        "cailiang-cli.jsa.notes", "cailiang-cli.jsa.stamp"), listing(cli));
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static Run run(Path dir, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", dir.resolve("cailiang").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  private static Run eval(Path dir) throws Exception {
    Process process = new ProcessBuilder("sh", dir.resolve("cailiang").toString(), "eval",
        "beijing.cailiang", "C05837", "setter=个人设置", "harm=否").directory(dir.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }

  /**
   * The launcher beside a jar of the cli's classes whose manifest names the rest of the test's
   * class path, all of it jars.
   */
  private static Path launcher(Path dir, List<String> classPath) throws Exception {
    Files.createDirectories(dir.resolve("cli/target"));
    Files.copy(Path.of("../cailiang"), dir.resolve("cailiang"));
    Files.copy(Path.of(CliRun.BEIJING), dir.resolve("beijing.cailiang"));
    Files.copy(Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang"),
        dir.resolve("xzcff.cailiang"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (JarOutputStream out = new JarOutputStream(
        Files.newOutputStream(dir.resolve("cli/target/cailiang-cli.jar")), manifest)) {
      putAll(cliClasses(), out);
    }
    return dir;
  }

  /** The directory of the cli's own classes, which the launcher's jar holds as the real one. */
  private static Path cliClasses() throws Exception {
    return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void putAll(Path classes, JarOutputStream out) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  /**
   * The test's class path, its directories (the modules' {@code target/classes}) jarred:
   * class-data sharing refuses a class path with directories.
   */
  private static List<String> jarredClassPath(Path lib) throws Exception {
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!Files.isDirectory(path)) {
        classPath.add(path.toUri().toString());
        continue;
      }
      if (path.equals(cliClasses())) {
        continue;
      }
      Path jar = lib.resolve(classPath.size() + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        putAll(path, out);
      }
      classPath.add(jar.toUri().toString());
    }
    return classPath;
  }
}
