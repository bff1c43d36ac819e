package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @Test
  void rewritesOnlyChangedFilesAndDeletesStaleOnes(@TempDir Path root) throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.write("p/B.java", bytes("class B {}"));
    first.write("q/Old.java", bytes("class Old {}"));
    assertEquals("3 written, 0 unchanged, 0 deleted", first.finish().toString());
    for (String name : List.of("p/A.java", "p/B.java")) {
      Files.setLastModifiedTime(root.resolve(name), OLD);
    }

    OutputWriter second = new OutputWriter(root);
    second.write("p/A.java", bytes("class A {}"));
    second.write("p/B.java", bytes("class B { int changed; }"));
    assertEquals("1 written, 1 unchanged, 1 deleted", second.finish().toString());

    assertEquals(OLD, Files.getLastModifiedTime(root.resolve("p/A.java")), "an unchanged file is not touched");
    assertEquals("class B { int changed; }", Files.readString(root.resolve("p/B.java")));
    assertFalse(Files.exists(root.resolve("q")), "a stale file and its emptied folder are gone");
    try (var left = Files.list(root.resolve("p"))) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }

  /**
   * Hostile check: a project moved (or cloned elsewhere with its generated sources) refused its own
   * unchanged outputs at the first change, its manifest naming the old folder. A manifest kept in
   * the output folder itself is that folder's, wherever it is.
   */
  @Test
  void anOutputFolderMovedWithItsManifestIsStillItsOwn(@TempDir Path root) throws IOException {
    String generated = "@Generated(\"org.cailiang.generator.JavaGenerator\")\n";
    OutputWriter first = new OutputWriter(root.resolve("before"));
    first.write("p/A.java", bytes(generated + "class A {}"));
    first.write("p/B.java", bytes(generated + "class B {}"));
    first.finish();
    Files.move(root.resolve("before"), root.resolve("after"));

    OutputWriter moved = new OutputWriter(root.resolve("after"));
    moved.write("p/A.java", bytes(generated + "class A { int changed; }"));
    assertEquals("1 written, 0 unchanged, 1 deleted", moved.finish().toString());
    assertTrue(Files.readString(root.resolve("after/p/A.java")).endsWith("class A { int changed; }"));
    assertTrue(OutputWriter.intact(root.resolve("after"), root.resolve("after").resolve(OutputWriter.MANIFEST), List.of()));
  }

  /**
   * Hostile re-check: a record planted (or copied) beside a user's file, naming its bytes and
   * another root, made the next run delete it. Only files that read as cailiang's are taken over.
   */
  @Test
  void aRecordOfAnotherRootInTheFolderTakesNoUserFile(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("notes.txt"), "precious");
    Files.writeString(root.resolve(OutputWriter.MANIFEST), "# cailiang outputs 1\n# root /nowhere\n"
        + OutputManifest.hash(bytes("precious")) + "  notes.txt\n");
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("class A {}"));
    assertEquals("1 written, 0 unchanged, 0 deleted", writer.finish().toString());
    assertEquals("precious", Files.readString(root.resolve("notes.txt")));
  }

  /**
   * The integrator's review: the plugin wrote its Java sources, then found that a resource was
   * someone else's. {@code check} refuses as {@code finish} would, changing nothing, so that
   * every writer can be checked before any writes.
   */
  @Test
  void checkRefusesAsFinishWouldAndChangesNothing(@TempDir Path root) throws IOException {
    OutputWriter absent = new OutputWriter(root.resolve("none"));
    absent.write("p/A.java", bytes("class A {}"));
    absent.check();
    assertFalse(Files.exists(root.resolve("none")), "checking creates no folder");
    Files.createDirectories(root.resolve("out/p"));
    Files.writeString(root.resolve("out/p/Mine.java"), "// hand-written");
    OutputWriter writer = new OutputWriter(root.resolve("out"));
    writer.write("p/Mine.java", bytes("class Mine {}"));
    writer.write("p/New.java", bytes("class New {}"));
    OutputRefusedException refused = assertThrows(OutputRefusedException.class, writer::check);
    assertEquals(1, refused.lines().size(), refused.getMessage());
    assertTrue(refused.lines().get(0).endsWith("这个文件不是 cailiang 生成的，拒绝覆盖；移走它，或换一个输出目录"),
        refused.getMessage());
    assertFalse(Files.exists(root.resolve("out/p/New.java")));
    assertFalse(Files.exists(root.resolve("out").resolve(OutputWriter.MANIFEST)));
    assertEquals("// hand-written", Files.readString(root.resolve("out/p/Mine.java")));
    OutputWriter fine = new OutputWriter(root.resolve("out"));
    fine.write("p/New.java", bytes("class New {}"));
    fine.check();
    assertFalse(Files.exists(root.resolve("out/p/New.java")), "a check that passes writes nothing either");
  }

  /**
   * The integrator's review: with the output in src/main/java, mvn clean deleted the record and
   * the next change was refused as "not cailiang's". Still refused, the cause said.
   */
  @Test
  void aGeneratedFileWithoutItsRecordIsRefusedSayingWhy(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("p"));
    Files.writeString(root.resolve("p/A.java"), "@Generated(\"org.cailiang.generator.JavaGenerator\")\nclass A {}");
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("@Generated(\"org.cailiang.generator.JavaGenerator\")\nclass A { int b; }"));
    OutputRefusedException refused = assertThrows(OutputRefusedException.class, writer::finish);
    assertTrue(refused.getMessage().contains("这个文件看来是 cailiang 生成的，但没有它的输出记录"), refused.getMessage());
    assertTrue(Files.readString(root.resolve("p/A.java")).endsWith("class A {}"));
  }

  /**
   * The hostile check: a run killed outright left its staging files, and every later run kept
   * them. The next run removes those of its own outputs, and nothing else.
   */
  @Test
  void stagingFilesAKilledRunLeftAreRemovedAndNothingElse(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("p"));
    Path left = root.resolve("p/.A.java.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Path otherName = root.resolve("p/.Other.java.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Path notStaging = root.resolve("p/.A.java.backup.tmp");
    // The records' own staging files, left by a kill before they were moved into place.
    Path record = root.resolve("..cailiang-writing.cailiang-outputs.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Path manifest = root.resolve("..cailiang-outputs.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Files.writeString(record, "half");
    Files.writeString(manifest, "half");
    for (Path file : List.of(left, otherName, notStaging)) {
      Files.writeString(file, "half");
    }
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("class A {}"));
    writer.finish();
    assertFalse(Files.exists(left), "a staged copy of an output of this run");
    assertFalse(Files.exists(record) || Files.exists(manifest), "staged copies of the records");
    assertTrue(Files.exists(otherName), "not a name this run writes");
    assertTrue(Files.exists(notStaging), "not a staging file's name");
    Files.writeString(left, "half");
    OutputWriter again = new OutputWriter(root);
    again.write("p/A.java", bytes("class A {}"));
    assertEquals("0 written, 1 unchanged, 0 deleted", again.finish().toString());
    assertFalse(Files.exists(left), "also when nothing is written");
  }

  /**
   * Hostile check: Ctrl-C while a run moved its files into place left them replaced and the
   * manifest old, and the next run refused every replaced file as edited. The files a run is
   * about to move are recorded first; the next run knows them as its own: it overwrites them,
   * deletes one no longer produced, and still refuses one edited since.
   */
  @Test
  void theFilesOfARunStoppedWhileMovingThemAreKnownAsCailiangs(@TempDir Path root) throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A { int v1; }"));
    first.write("p/B.java", bytes("class B { int v1; }"));
    first.write("p/E.java", bytes("class E { int v1; }"));
    first.finish();
    // The second run had recorded what it was moving, moved A and the new C, and was stopped.
    String real = root.toRealPath().toString();
    new OutputManifest(real, List.of(), java.util.Map.of(
        "p/A.java", OutputManifest.hash(bytes("class A { int v2; }")),
        "p/B.java", OutputManifest.hash(bytes("class B { int v2; }")),
        "p/C.java", OutputManifest.hash(bytes("class C { int v2; }")),
        "p/E.java", OutputManifest.hash(bytes("class E { int v2; }"))))
        .write(root.resolve(".cailiang-writing.cailiang-outputs"));
    Files.writeString(root.resolve("p/A.java"), "class A { int v2; }");
    Files.writeString(root.resolve("p/C.java"), "class C { int v2; }");
    Files.writeString(root.resolve("p/E.java"), "class E { int edited; }");
    OutputWriter edited = new OutputWriter(root);
    edited.write("p/A.java", bytes("class A { int v3; }"));
    edited.write("p/B.java", bytes("class B { int v3; }"));
    edited.write("p/E.java", bytes("class E { int v3; }"));
    OutputRefusedException refused = assertThrows(OutputRefusedException.class, edited::finish);
    assertEquals(1, refused.lines().size(), refused.getMessage());
    assertTrue(refused.getMessage().contains("E.java"), "edited after the stop: still refused");
    Files.writeString(root.resolve("p/E.java"), "class E { int v1; }");
    OutputWriter third = new OutputWriter(root);
    third.write("p/A.java", bytes("class A { int v3; }"));
    third.write("p/B.java", bytes("class B { int v3; }"));
    third.write("p/E.java", bytes("class E { int v3; }"));
    assertEquals("3 written, 0 unchanged, 1 deleted", third.finish().toString());
    assertFalse(Files.exists(root.resolve("p/C.java")), "the stopped run's new file, no longer produced");
    assertFalse(Files.exists(root.resolve(".cailiang-writing.cailiang-outputs")), "removed with the manifest");
  }

  @Test
  void refusesPathsOutsideItsRoot(@TempDir Path root) {
    OutputWriter writer = new OutputWriter(root.resolve("out"));
    assertThrows(IOException.class, () -> writer.write("../escape.java", bytes("x")));
    assertTrue(Files.notExists(root.resolve("escape.java")));
  }

  /**
   * Files are written in parallel: a failure on one of many still reaches the caller as the I/O
   * error it was (the command line reports it as one), not wrapped, and nothing is recorded.
   */
  @Test
  void aFailedWriteAmongManyIsReportedAsTheIoErrorItWas(@TempDir Path root) throws IOException {
    OutputWriter writer = new OutputWriter(root);
    for (int i = 0; i < 200; i++) {
      writer.write("p/F" + i + ".java", bytes("class F" + i + " {}"));
    }
    // A name the file system takes, but whose temporary sibling is too long for it.
    writer.write("p/" + "L".repeat(240) + ".java", bytes("class L {}"));
    IOException failure = assertThrows(IOException.class, writer::finish);
    assertEquals(java.nio.file.FileSystemException.class, failure.getClass());
    assertFalse(Files.exists(root.resolve(".cailiang-outputs")), "no manifest for a failed run");
    // Nothing half-written: every file is staged before any is moved into place, and the staged
    // ones and the folder this run made are gone.
    assertFalse(Files.exists(root.resolve("p")), "no file of the failed run, nor its folder");
  }

  /** A failed run leaves the previous output as it was, not half replaced. */
  @Test
  void aFailedRunLeavesThePreviousOutputWhole(@TempDir Path root) throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.write("p/B.java", bytes("class B {}"));
    first.finish();
    String manifest = Files.readString(root.resolve(".cailiang-outputs"));
    OutputWriter second = new OutputWriter(root);
    second.write("p/A.java", bytes("class A { int changed; }"));
    second.write("p/B.java", bytes("class B { int changed; }"));
    // Many files staged beside the one that fails: each is staged on its own thread, and none
    // may be left behind by a thread still staging when the failure is seen.
    for (int i = 0; i < 200; i++) {
      second.write("p/N" + i + ".java", bytes("class N" + i + " {}"));
    }
    second.write("p/" + "L".repeat(240) + ".java", bytes("class L {}"));
    assertThrows(IOException.class, second::finish);
    assertEquals("class A {}", Files.readString(root.resolve("p/A.java")));
    assertEquals("class B {}", Files.readString(root.resolve("p/B.java")));
    assertEquals(manifest, Files.readString(root.resolve(".cailiang-outputs")));
    try (var left = Files.list(root.resolve("p"))) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
