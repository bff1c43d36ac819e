package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whose manifests a {@code cailiang generate} run finds in its output root: its own, those it
 * takes over, the other runs'; the services file it writes; and the lock that makes runs take
 * turns. (The command line's runs are in the cli module's OutputSafetyTest.)
 */
class RunManifestsTest {
  private static final String SERVICES = JavaGenerator.SERVICES_FILE;

  private static void manifest(Path root, String name, List<String> standards,
      Map<String, String> files) throws IOException {
    new OutputManifest(root.toRealPath().toString(), standards, files).write(root.resolve(name));
  }

  private static Set<String> names(List<Path> manifests) {
    Set<String> names = new java.util.TreeSet<>();
    manifests.forEach(path -> names.add(path.getFileName().toString()));
    return names;
  }

  @Test
  void aRunOwnsTheManifestOfItsStandardsAndTakesOverThoseSharingOne(@TempDir Path root)
      throws IOException {
    manifest(root, ".cailiang-outputs.a+b", List.of("a", "b"), Map.of("p/A.java", "1"));
    manifest(root, ".cailiang-outputs.c", List.of("c"), Map.of("p/C.java", "2"));
    manifest(root, ".cailiang-outputs.b", List.of("b"), Map.of("p/B.java", "3"));
    Files.copy(root.resolve(".cailiang-outputs.c"), root.resolve(".cailiang-outputs.bak"));
    Files.writeString(root.resolve(".cailiang-outputs.junk"), "not a manifest");
    Files.createDirectories(root.resolve(".cailiang-outputs.dir"));
    RunManifests found = RunManifests.find(root, List.of("b"), Set.of("p/B.java"));
    assertEquals(root.resolve(".cailiang-outputs.b"), found.own());
    assertEquals(Set.of(".cailiang-outputs.a+b"), names(found.takenOver()));
    assertEquals(Set.of(".cailiang-outputs.c"), names(found.others()),
        "a renamed copy, a file that is no manifest and a folder are nobody's");
    RunManifests none = RunManifests.find(root.resolve("absent"), List.of("x"), Set.of());
    assertEquals(List.of(), none.takenOver());
    assertEquals(List.of(), none.others());
  }

  @Test
  void theManifestOfEarlierVersionsIsTakenOverByARunOfItsClasses(@TempDir Path root)
      throws IOException {
    manifest(root, OutputWriter.MANIFEST, List.of(),
        Map.of("old/one/Std.java", "1", SERVICES, "2"));
    assertEquals(Set.of(OutputWriter.MANIFEST),
        names(RunManifests.find(root, List.of("s"), Set.of("new/two/Std.java")).takenOver()),
        "the same class in another package");
    assertEquals(Set.of(OutputWriter.MANIFEST),
        names(RunManifests.find(root, List.of("s"), Set.of("old/one/Std.java")).takenOver()));
    RunManifests other = RunManifests.find(root, List.of("t"), Set.of("p/Other.java", SERVICES));
    assertEquals(List.of(), other.takenOver(), "the services file all runs write is no sign");
    assertEquals(Set.of(OutputWriter.MANIFEST), names(other.others()));
  }

  @Test
  void theWriterRecordsTheRunsStandardsAndRemovesWhatItTookOver(@TempDir Path root)
      throws IOException {
    manifest(root, ".cailiang-outputs.a+b", List.of("a", "b"), Map.of());
    RunManifests found = RunManifests.find(root, List.of("b", "a", "c"), Set.of("p/A.java"));
    OutputWriter writer = found.writer(List.of("b", "a", "c"));
    writer.write("p/A.java", "class A {}".getBytes(StandardCharsets.UTF_8));
    writer.finish();
    assertEquals(List.of("a", "b", "c"),
        OutputManifest.read(root.resolve(".cailiang-outputs.a+b+c")).orElseThrow().standards());
    assertFalse(Files.exists(root.resolve(".cailiang-outputs.a+b")));
  }

  @Test
  void theServicesFileListsEveryRunsStandardsWhoseClassesAreThere(@TempDir Path root)
      throws IOException {
    Files.createDirectories(root.resolve("p"));
    Files.writeString(root.resolve("p/Other.java"), "class Other {}");
    Files.writeString(root.resolve("p/Third.java"), "class Third {}");
    manifest(root, ".cailiang-outputs.other", List.of("other"),
        Map.of("p/Other.java", "1", "p/OtherLaw.java", "2"));
    manifest(root, ".cailiang-outputs.gone", List.of("gone"), Map.of("p/Gone.java", "3"));
    manifest(root, OutputWriter.MANIFEST, List.of(), Map.of("p/Third.java", "4"));
    Files.writeString(root.resolve("Def.java"), "class Def {}");
    manifest(root, ".cailiang-outputs.def", List.of("def"), Map.of("Def.java", "5"));
    Files.writeString(root.resolve("p/Far.java"), "class Far {}");
    new OutputManifest("/elsewhere", List.of("far"), Map.of("p/Far.java", "6"))
        .write(root.resolve(".cailiang-outputs.far"));
    Files.createDirectories(root.resolve("META-INF/services"));
    Files.writeString(root.resolve(SERVICES), "p.Third\np.Foreign\n\n");
    RunManifests found = RunManifests.find(root, List.of("mine"), Set.of("q/Mine.java"));
    assertEquals("Def\np.Other\np.Third\nq.Mine\n",
        new String(found.mergedServices("q.Mine\n\n"), StandardCharsets.UTF_8),
        "a class whose file is gone, no run recorded, or recorded for another root is not listed");
    Files.delete(root.resolve(SERVICES));
    assertEquals("Def\np.Other\nq.Mine\n",
        new String(found.mergedServices("q.Mine\n"), StandardCharsets.UTF_8),
        "deleted: rebuilt from the manifests that name their standards");
  }

  @Test
  void runsTakeTurnsOnTheLock(@TempDir Path root) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean second = new AtomicBoolean();
    Thread waiting;
    try (OutputLock first = OutputLock.acquire(root)) {
      assertTrue(Files.isRegularFile(root.resolve(OutputLock.NAME)));
      waiting = new Thread(() -> {
        started.countDown();
        try (OutputLock lock = OutputLock.acquire(root)) {
          second.set(true);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      waiting.start();
      assertTrue(started.await(5, TimeUnit.SECONDS));
      Thread.sleep(200);
      assertFalse(second.get(), "the second run waits while the first holds the root");
    }
    waiting.join(TimeUnit.SECONDS.toMillis(10));
    assertTrue(second.get(), "and goes on once it is released");
    try (OutputLock again = OutputLock.acquire(root)) {
      assertTrue(Files.isRegularFile(root.resolve(OutputLock.NAME)), "released for good");
    }
  }

  @Test
  void aLockWhereAFileOrFolderIsInTheWayIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    assertThrows(OutputRefusedException.class, () -> OutputLock.acquire(file));
    Files.createDirectories(dir.resolve("root").resolve(OutputLock.NAME));
    assertThrows(OutputRefusedException.class, () -> OutputLock.acquire(dir.resolve("root")));
    try (OutputLock lock = OutputLock.acquire(dir.resolve("fresh"))) {
      assertTrue(Files.isDirectory(dir.resolve("fresh")), "the root is made");
    }
  }
}
