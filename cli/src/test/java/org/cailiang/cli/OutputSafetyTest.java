package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cailiang.generator.OutputManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate -o} and {@code render -o} never destroy what cailiang did not write. */
class OutputSafetyTest {
  private static final String SERVICES = "META-INF/services/org.cailiang.runtime.Standard";

  /** A stream whose reader has gone, as stdout piped into a {@code head} that has exited. */
  private static final class ClosedPipe extends java.io.OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }

  @Test
  void aResultThatCannotBeWrittenIsAnIoErrorNotASuccess() {
    String[] eval = {"eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否"};
    for (java.io.OutputStream out : List.of(new ClosedPipe(), new java.io.PrintStream(new ClosedPipe(), true))) {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = Main.run(eval, out, err);
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(2, code, message);
      assertTrue(message.startsWith("cailiang: I/O error: 无法写出标准输出"), message);
    }
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    assertEquals(1, Main.run(new String[] {"eval", CliRun.BEIJING, "C05837", "setter=不存在"},
        new java.io.ByteArrayOutputStream(), err), "a finding written whole stays 1");
  }

  @Test
  void generateIntoTheCurrentProjectKeepsEveryForeignFile(@TempDir Path project) throws Exception {
    Files.createDirectories(project.resolve(".git"));
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("README.md"), "# 项目\n");
    Files.writeString(project.resolve(".git/config"), "[core]\n");
    Files.writeString(project.resolve("src/Main.java"), "class Main {}\n");
    Files.createSymbolicLink(project.resolve("docs"), project.resolve("src"));
    Map<String, byte[]> foreign = regularFiles(project);

    CliRun first = inProcessAt(project, "-o", ".", "--package", "com.example.bj");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(Files.isRegularFile(project.resolve("com/example/bj/C05837Violation.java")));
    CliRun second = inProcessAt(project, "-o", ".", "--package", "com.example.beijing");
    assertEquals(0, second.exitCode(), second.err());
    // 13 files of the table and the class of the general part Beijing uses (BeijingPsbGeneral).
    assertTrue(second.out().contains("14 written, 0 unchanged, 13 deleted"), second.out());
    assertTrue(second.out().contains("deleted com/example/bj/C05837Violation.java"), second.out());

    Map<String, byte[]> after = regularFiles(project);
    for (Map.Entry<String, byte[]> file : foreign.entrySet()) {
      assertArrayEquals(file.getValue(), after.get(file.getKey()), file.getKey());
    }
    assertFalse(Files.exists(project.resolve("com/example/bj")), "its own stale outputs are gone");
    assertEquals("com.example.beijing.BeijingPsb\n", Files.readString(project.resolve(SERVICES)));
    assertTrue(Files.isSymbolicLink(project.resolve("docs")));
  }

  /** Two runs of different standards into one folder: neither deletes the other's files. */
  /**
   * The hostile check: {@code -o ""} was the working directory (or an internal error), and
   * {@code --package java.lang} generated what javac then refused.
   */
  @Test
  void anEmptyOutputAndAPlatformPackageAreUsageErrors(@TempDir Path dir) {
    CliRun empty = CliRun.of("generate", CliRun.BEIJING, "-o", "");
    assertEquals(2, empty.exitCode(), empty.err());
    assertEquals("cailiang: -o: 输出目录不能为空\n", empty.err());
    for (String name : List.of("java", "java.lang", "java.util.x")) {
      CliRun platform = CliRun.of("generate", CliRun.BEIJING, "-o", dir.resolve("o").toString(),
          "--package", name);
      assertEquals(2, platform.exitCode(), platform.err());
      assertTrue(platform.err().contains("cailiang: --package: java and java.* are the Java platform's packages: " + name),
          platform.err());
    }
    // Hostile check: other packages of the platform's modules compiled no better.
    for (String[] owned : new String[][] {{"javax.swing", "java.desktop"}, {"org.w3c.dom", "java.xml"},
        {"sun.misc", "jdk.unsupported"}}) {
      CliRun platform = CliRun.of("generate", CliRun.BEIJING, "-o", dir.resolve("o").toString(),
          "--package", owned[0]);
      assertEquals(2, platform.exitCode(), platform.err());
      assertTrue(platform.err().contains("cailiang: --package: " + owned[0]
          + " is a package of the Java platform's module " + owned[1]), platform.err());
    }
    // Characters javac ignores hid a platform package from the checks (hostile re-check).
    for (String hidden : List.of("javax.sw\u00ading", "java\u00ad.util", "org.cailiang.run\u200btime")) {
      CliRun ignorable = CliRun.of("generate", CliRun.BEIJING, "-o", dir.resolve("o").toString(),
          "--package", hidden);
      assertEquals(2, ignorable.exitCode(), ignorable.err());
    }
    assertEquals(0, CliRun.of("check", CliRun.BEIJING).exitCode());
    for (String name : List.of("org.cailiang.runtime", "org.cailiang.runtime.x")) {
      CliRun runtime = CliRun.of("generate", CliRun.BEIJING, "-o", dir.resolve("o").toString(),
          "--package", name);
      assertEquals(2, runtime.exitCode(), runtime.err());
      assertTrue(runtime.err().contains("org.cailiang.runtime is the runtime's package: " + name),
          runtime.err());
    }
    assertFalse(Files.exists(dir.resolve("o")), "nothing written");
  }

  @Test
  void runsOfOtherStandardsIntoOneFolderKeepEachOthersFiles(@TempDir Path dir) throws IOException {
    String out = dir.toString();
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", out).exitCode());
    Map<String, byte[]> beijing = regularFiles(dir);
    CliRun other = CliRun.of("generate", CliRun.EXAMPLE, "-o", out);
    assertEquals(0, other.exitCode(), other.err());
    assertTrue(other.out().contains(" 0 deleted in "), other.out());
    Map<String, byte[]> both = regularFiles(dir);
    for (String path : beijing.keySet()) {
      if (!path.equals(SERVICES)) {
        assertArrayEquals(beijing.get(path), both.get(path), path);
      }
    }
    assertTrue(Files.isRegularFile(dir.resolve(".cailiang-outputs.beijing_psb")));
    assertTrue(Files.isRegularFile(dir.resolve(".cailiang-outputs.example_security")));
    String services = "cailiang.generated.BeijingPsb\ncailiang.generated.ExampleSecurity\n";
    assertEquals(services, Files.readString(dir.resolve(SERVICES)));

    CliRun again = CliRun.of("generate", CliRun.BEIJING, "-o", out);
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("cailiang: 0 written, 14 unchanged, 0 deleted"), again.out());
    assertEquals(services, Files.readString(dir.resolve(SERVICES)), "still lists both");

    // The services file deleted in between: rebuilt from the other run's manifest (found by an
    // outside check: it listed this run's standard alone, and the other could not be loaded).
    Files.delete(dir.resolve(SERVICES));
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", out).exitCode());
    assertEquals(services, Files.readString(dir.resolve(SERVICES)));
  }

  /**
   * Runs into one folder at the same time take turns (found by an outside check: two concurrent
   * runs each took the other's files for stale and deleted them, both exiting 0).
   */
  @Test
  void concurrentRunsIntoOneFolderTakeTurns(@TempDir Path dir) throws Exception {
    String out = dir.toString();
    for (int round = 0; round < 4; round++) {
      assertEquals(0, CliRun.of("generate", CliRun.BEIJING, CliRun.EXAMPLE, "-o", out).exitCode());
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var beijing = pool.submit(() -> CliRun.of("generate", CliRun.BEIJING, "-o", out));
        var example = pool.submit(() -> CliRun.of("generate", CliRun.EXAMPLE, "-o", out));
        assertEquals(0, beijing.get().exitCode(), beijing.get().err());
        assertEquals(0, example.get().exitCode(), example.get().err());
      } finally {
        pool.shutdown();
      }
      assertTrue(Files.isRegularFile(dir.resolve("cailiang/generated/C05837Violation.java")), "round " + round);
      assertTrue(Files.isRegularFile(dir.resolve("cailiang/generated/E06401Violation.java")), "round " + round);
      assertEquals("cailiang.generated.BeijingPsb\ncailiang.generated.ExampleSecurity\n",
          Files.readString(dir.resolve(SERVICES)), "round " + round);
    }
    assertTrue(Files.isRegularFile(dir.resolve(".cailiang-lock")));
  }

  /** A standard whose classes would replace another run's is refused, and nothing is written. */
  @Test
  void aRunWhoseClassesAnotherRunWroteIsRefused(@TempDir Path dir) throws IOException {
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString()).exitCode());
    Map<String, byte[]> before = regularFiles(dir);
    Path copy = dir.resolveSibling(dir.getFileName() + "-src").resolve("copy.cailiang");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, Files.readString(Path.of(CliRun.BEIJING))
        .replace("standard beijing_psb ", "standard beijing_copy "));
    String general = Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang").toString();
    CliRun run = CliRun.of("generate", copy.toString(), general, "-o", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("C05837Violation.java: error: 这个文件由另一次生成写入"), run.err());
    assertEquals(before.keySet(), regularFiles(dir).keySet(), "nothing written");
  }

  /**
   * Hostile check: standard x with regulation y_z and standard x_y with regulation z both name
   * their law class XYZLaw; the second run found it byte for byte equal and recorded it too, so
   * regenerating x after an edit changed x_y's citations. A class another run recorded is refused
   * whatever its bytes.
   */
  @Test
  void aClassAnotherRunRecordedIsRefusedEvenWithEqualBytes(@TempDir Path dir) throws IOException {
    String template = """
        standard STD "测试" {
        }
        party unit "单位" organization
        regulation REG "某条例" {
          article a1 "第一条" "处一万元以下罚款。"
          violation CODE "行为" {
            basis a1
            statute { fine unit ..1万 }
            tier B010 "一般" otherwise { fine unit ..1万 }
          }
        }
        """;
    Path src = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-src"));
    Path a = Files.writeString(src.resolve("a.cailiang"),
        template.replace("STD", "x").replace("REG", "y_z").replace("CODE", "X00001"));
    Path b = Files.writeString(src.resolve("b.cailiang"),
        template.replace("STD", "x_y").replace("REG", "z").replace("CODE", "X00002"));
    assertEquals(0, CliRun.of("generate", a.toString(), "-o", dir.toString()).exitCode());
    Map<String, byte[]> before = regularFiles(dir);
    CliRun run = CliRun.of("generate", b.toString(), "-o", dir.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("XYZLaw.java: error: 这个文件由另一次生成写入"), run.err());
    assertEquals(before.keySet(), regularFiles(dir).keySet(), "nothing written");
  }

  /**
   * The one manifest of earlier versions is taken over by a run of the same standard (its stale
   * files deleted as before) and left to its files by a run of another; a renamed copy of a
   * manifest is nobody's.
   */
  @Test
  void theManifestOfEarlierVersionsIsTakenOverByItsOwnStandardOnly(@TempDir Path dir)
      throws IOException {
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString()).exitCode());
    Path own = dir.resolve(".cailiang-outputs.beijing_psb");
    String legacy = Files.readString(own).replace("# standards beijing_psb\n", "")
        + OutputManifest.hash("class Old {}".getBytes(StandardCharsets.UTF_8))
        + "  cailiang/generated/Old.java\n";
    Files.delete(own);
    Files.writeString(dir.resolve(".cailiang-outputs"), legacy);
    Files.writeString(dir.resolve("cailiang/generated/Old.java"), "class Old {}");
    Files.writeString(dir.resolve(".cailiang-outputs.bak"), legacy);

    CliRun other = CliRun.of("generate", CliRun.EXAMPLE, "-o", dir.toString());
    assertEquals(0, other.exitCode(), other.err());
    assertTrue(Files.exists(dir.resolve(".cailiang-outputs")), "another standard's run keeps it");
    assertTrue(Files.exists(dir.resolve("cailiang/generated/Old.java")));

    CliRun same = CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString());
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().contains("deleted cailiang/generated/Old.java"), same.out());
    assertFalse(Files.exists(dir.resolve(".cailiang-outputs")), "taken over");
    assertTrue(Files.exists(own));
    assertEquals(legacy, Files.readString(dir.resolve(".cailiang-outputs.bak")), "a copy is left alone");
    assertEquals("cailiang.generated.BeijingPsb\ncailiang.generated.ExampleSecurity\n",
        Files.readString(dir.resolve(SERVICES)));
  }

  /**
   * The manifest of earlier versions, then another --package: the standard's old classes go, as
   * they did before (found by an outside check: both packages stayed registered, and
   * Standards.load() refused the class path).
   */
  @Test
  void theManifestOfEarlierVersionsIsTakenOverAcrossAChangeOfPackage(@TempDir Path dir)
      throws IOException {
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString()).exitCode());
    Path own = dir.resolve(".cailiang-outputs.beijing_psb");
    Files.writeString(dir.resolve(".cailiang-outputs"),
        Files.readString(own).replace("# standards beijing_psb\n", ""));
    Files.delete(own);
    CliRun moved = CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString(), "--package", "p.two");
    assertEquals(0, moved.exitCode(), moved.err());
    assertFalse(Files.exists(dir.resolve("cailiang/generated")), moved.out());
    assertEquals("p.two.BeijingPsb\n", Files.readString(dir.resolve(SERVICES)));
  }

  @Test
  void generateRefusesToReplaceADirectoryAndWritesNothing(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(SERVICES));
    CliRun run =
        CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString(), "--package", "com.example.bj");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains(SERVICES + ": error: 这里是一个目录"), run.err());
    assertFalse(run.err().contains("I/O error") || run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(dir.resolve("com")), "refused before anything is written");
    assertTrue(Files.isDirectory(dir.resolve(SERVICES)));
  }

  @Test
  void generateRefusesToWriteThroughALinkOutOfTheOutput(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(out.resolve("com/example"));
    Files.createSymbolicLink(out.resolve("com/example/bj"), elsewhere);
    CliRun run =
        CliRun.of("generate", CliRun.BEIJING, "-o", out.toString(), "--package", "com.example.bj");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("输出目录之外"), run.err());
    try (Stream<Path> left = Files.list(elsewhere)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void generateRefusesAnOutputThatIsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "mine\n");
    CliRun run = CliRun.of("generate", CliRun.BEIJING, "-o", file.toString());
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().lines().anyMatch(l -> l.startsWith(file + ": error: ")), run.err());
    assertEquals("mine\n", Files.readString(file));
  }

  @Test
  void renderRefusesAnEmptyDirectoryAndAFifo(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("page.html"));
    Path fifo = dir.resolve("fifo.html");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (Path target : List.of(folder, fifo)) {
      CliRun run = CliRun.of("render", CliRun.BEIJING, "--format", "html", "-o", target.toString());
      assertEquals(2, run.exitCode(), target + ": " + run.err());
      assertTrue(run.err().startsWith(target + ": error: "), run.err());
    }
    assertTrue(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
  }

  /**
   * Hostile check: {@code -o /dev/stdout} with the standard output a pipe said "不存在" (the link
   * leads to "pipe:[…]", which has no path); it is refused as any other pipe is.
   */
  @Test
  void renderToTheStandardOutputOnAPipeIsRefusedAsAPipe() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "render", Path.of(CliRun.BEIJING).toAbsolutePath().toString(), "--format", "md",
        "-o", "/dev/stdout"));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, process.waitFor(), err);
    assertEquals("", out);
    assertEquals("/dev/stdout: error: 这里不是普通文件（设备、FIFO 或套接字），拒绝替换它\n", err);
  }

  @Test
  void outputsHaveTheModeTheUmaskGives(@TempDir Path dir) throws IOException {
    Path probe = Files.createFile(dir.resolve("probe"));
    Path html = dir.resolve("beijing.html");
    assertEquals(
        0,
        CliRun.of("render", CliRun.BEIJING, "--format", "html", "-o", html.toString()).exitCode());
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("generate", CliRun.BEIJING, "-o", out.toString()).exitCode());
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(html));
    assertEquals(
        Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(out.resolve(SERVICES)));
  }

  /**
   * Runs {@code generate} in a new JVM whose working directory is {@code dir}, so that {@code -o .}
   * means that directory.
   */
  private static CliRun inProcessAt(Path dir, String... options) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "generate",
                Path.of(CliRun.BEIJING).toAbsolutePath().toString()));
    command.addAll(List.of(options));
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new CliRun(process.waitFor(), out, err);
  }

  private static Map<String, byte[]> regularFiles(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path :
          walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        files.put(dir.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }
}
