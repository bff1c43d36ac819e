package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a one-off {@code eval} does not do at start-up, seen in a fresh JVM: the work it used to
 * do cost a third of its time (docs/benchmarks.md §3). Asserted by what is loaded and linked,
 * not by time.
 */
class OneOffEvalTest {
  @TempDir static Path dir;
  private static List<String> classes;
  private static List<String> linkage;

  @BeforeAll
  static void runOneEval() throws Exception {
    Path log = dir.resolve("classes.log");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xshare:off", "-Xlog:class+load=info:file=" + log,
        "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否")
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    assertTrue(out.contains("C05837B030（个人设置）"), out);
    classes = Files.readAllLines(log);
    linkage = out.lines().filter(l -> l.startsWith("linkCallSite ")).toList();
  }

  @Test
  void picocliIsNotLoaded() {
    assertTrue(classes.stream().anyMatch(l -> l.contains(" org.cailiang.cli.EvalCommand ")));
    assertEquals(List.of(), classes.stream().filter(l -> l.contains(" picocli.")).limit(5).toList());
  }

  /** A record's hashCode hashes every component: the standard's is the whole model. */
  @Test
  void theStandardIsNotHashed() {
    assertTrue(linkage.stream().anyMatch(l -> l.contains("ObjectMethods")), "the trace works");
    assertEquals(List.of(), linkage.stream()
        .filter(l -> l.startsWith("linkCallSite org.cailiang.dsl.model.Standard "))
        .filter(l -> l.contains("ObjectMethods")).toList());
  }
}
