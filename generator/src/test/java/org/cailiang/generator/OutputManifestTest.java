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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's format and meaning: what it records, which manifests count (own root only),
 * files shared between writers, and what an output writer refuses before it changes anything.
 */
class OutputManifestTest {
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void recordsEachWrittenFileWithTheSha256OfItsBytes(@TempDir Path root) throws IOException {
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/B.java", bytes(""));
    writer.write("./p/../p/A.java", bytes("abc"));
    writer.finish();
    String real = root.toRealPath().toString();
    assertEquals(
        "# cailiang outputs 1\n# root "
            + real
            + "\n"
            + "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  p/A.java\n"
            + EMPTY_HASH
            + "  p/B.java\n",
        Files.readString(root.resolve(OutputWriter.MANIFEST)));
    OutputManifest read = OutputManifest.read(root.resolve(OutputWriter.MANIFEST)).orElseThrow();
    assertEquals(real, read.root());
    assertEquals(Map.of("p/A.java", OutputManifest.hash(bytes("abc")), "p/B.java", EMPTY_HASH),
        read.files());
  }

  @Test
  void readingToleratesPathsWithSpacesAndSkipsLinesWithout(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m");
    Files.writeString(file, "# cailiang outputs 1\n# root /r\nabc  a b/C.java\nnospace\n nohash\n\n");
    assertEquals(
        Optional.of(new OutputManifest("/r", Map.of("a b/C.java", "abc"))),
        OutputManifest.read(file));
    assertEquals(Optional.empty(), OutputManifest.read(dir.resolve("absent")));
  }

  @Test
  void theStandardsOfARunAreRecordedAndReadBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m");
    new OutputManifest("/r", List.of("a", "b"), Map.of("p/A.java", "abc")).write(file);
    assertEquals("# cailiang outputs 1\n# root /r\n# standards a b\nabc  p/A.java\n",
        Files.readString(file));
    assertEquals(List.of("a", "b"), OutputManifest.read(file).orElseThrow().standards());
    Files.writeString(file, "# cailiang outputs 1\n# root /r\n# standards  \n# note x\nabc  p/A.java\n");
    assertEquals(Optional.of(new OutputManifest("/r", Map.of("p/A.java", "abc"))),
        OutputManifest.read(file), "blank ids and other comments are not read as files");
  }

  @Test
  void aRunManifestIsNamedAfterItsStandardsOrTheirHash() {
    assertEquals("a+b_1", RunManifests.key(new java.util.TreeSet<>(List.of("b_1", "a"))));
    assertEquals("北京", RunManifests.key(new java.util.TreeSet<>(List.of("北京"))));
    String many = String.join("", java.util.Collections.nCopies(81, "x"));
    String hashed = RunManifests.key(new java.util.TreeSet<>(List.of(many)));
    assertEquals(OutputManifest.hash(many.getBytes(StandardCharsets.UTF_8)).substring(0, 16), hashed);
    assertEquals(many.substring(1), RunManifests.key(new java.util.TreeSet<>(List.of(many.substring(1)))));
    assertEquals(16, RunManifests.key(new java.util.TreeSet<>(List.of())).length(), "no ids: hashed");
  }

  @Test
  void aFileThatIsNoManifestIsRefusedAndKept(@TempDir Path dir) throws IOException {
    for (String text : List.of("", "# cailiang outputs 1\n", "# cailiang outputs 2\n# root /\n",
        "# cailiang outputs 1\nroot /\n", "notes\n# root /\n")) {
      Path root = dir.resolve("out" + text.hashCode());
      Files.createDirectories(root);
      Files.writeString(root.resolve(OutputWriter.MANIFEST), text);
      OutputWriter writer = new OutputWriter(root);
      writer.write("A.java", bytes("class A {}"));
      IOException refused = assertThrows(IOException.class, writer::finish, text);
      assertTrue(refused.getMessage().contains("输出清单"), refused.getMessage());
      assertEquals(text, Files.readString(root.resolve(OutputWriter.MANIFEST)));
      assertFalse(Files.exists(root.resolve("A.java")));
      assertFalse(OutputWriter.intact(root, root.resolve(OutputWriter.MANIFEST), List.of()));
    }
    Path folder = dir.resolve("folder");
    Files.createDirectories(folder.resolve(OutputWriter.MANIFEST));
    IOException refused =
        assertThrows(IOException.class, () -> OutputManifest.read(folder.resolve(OutputWriter.MANIFEST)));
    assertTrue(refused.getMessage().contains("目录"), refused.getMessage());
  }

  @Test
  void anUnchangedManifestIsNotRewritten(@TempDir Path root) throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("A.java", bytes("class A {}"));
    first.finish();
    Path manifest = root.resolve(OutputWriter.MANIFEST);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(manifest, old);
    OutputWriter second = new OutputWriter(root);
    second.write("A.java", bytes("class A {}"));
    assertEquals(new OutputWriter.Stats(0, 1, List.of(), List.of()), second.finish());
    assertEquals(old, Files.getLastModifiedTime(manifest));
  }

  /**
   * A manifest kept outside the root (the plugin's, in target/maven-status) that records another
   * root owns nothing here; one kept in the root is the root's wherever it was recorded (a folder
   * moved with it, OutputWriterTest).
   */
  @Test
  void aManifestOfAnotherRootOwnsNothingHere(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("out");
    Files.createDirectories(root);
    Files.writeString(root.resolve("A.java"), "class A {}");
    Path manifest = dir.resolve("status/" + OutputWriter.MANIFEST);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest,
        "# cailiang outputs 1\n# root /elsewhere\n" + OutputManifest.hash(bytes("class A {}"))
            + "  A.java\n");
    OutputWriter writer = new OutputWriter(root, manifest, List.of());
    writer.write("A.java", bytes("class A { int x; }"));
    IOException refused = assertThrows(IOException.class, writer::finish);
    assertTrue(refused.getMessage().contains("不是 cailiang 生成的"), refused.getMessage());
    assertFalse(OutputWriter.intact(root, manifest, List.of()));

    OutputWriter other = new OutputWriter(root, manifest, List.of());
    other.write("B.java", bytes("class B {}"));
    assertEquals(new OutputWriter.Stats(1, 0, List.of(), List.of()), other.finish(),
        "the file recorded for another root is not deleted");
    assertEquals("class A {}", Files.readString(root.resolve("A.java")));
  }

  @Test
  void staleOutputsAreReportedAsDeletedOrKept(@TempDir Path root) throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("a/b/Gone.java", bytes("gone"));
    first.write("a/Edited.java", bytes("edited"));
    first.write("a/Missing.java", bytes("missing"));
    first.write("Stays.java", bytes("stays"));
    first.finish();
    Files.writeString(root.resolve("a/Edited.java"), "edited by hand");
    Files.delete(root.resolve("a/Missing.java"));

    OutputWriter second = new OutputWriter(root);
    second.write("Stays.java", bytes("stays"));
    OutputWriter.Stats stats = second.finish();
    assertEquals(new OutputWriter.Stats(0, 1, List.of("a/b/Gone.java"), List.of("a/Edited.java")),
        stats);
    assertFalse(Files.exists(root.resolve("a/b")), "the emptied folder goes");
    assertTrue(Files.isDirectory(root.resolve("a")), "a folder still holding a file stays");
    assertEquals(
        Map.of("Stays.java", OutputManifest.hash(bytes("stays"))),
        OutputManifest.read(root.resolve(OutputWriter.MANIFEST)).orElseThrow().files(),
        "the manifest records only this run's files");
  }

  @Test
  void theManifestNameAndPathsOutsideTheRootCannotBeWritten(@TempDir Path root) {
    OutputWriter writer = new OutputWriter(root);
    for (String path : List.of(OutputWriter.MANIFEST, "p/../" + OutputWriter.MANIFEST, "", ".",
        "..", "../x", "p/../../x", "/abs/x", "nul\0x")) {
      IOException refused = assertThrows(IOException.class, () -> writer.write(path, bytes("x")), path);
      assertTrue(refused.getMessage().contains("路径不在输出目录"), refused.getMessage());
    }
  }

  @Test
  void aRootThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("out");
    Files.writeString(root, "a file");
    OutputWriter writer = new OutputWriter(root);
    writer.write("A.java", bytes("class A {}"));
    IOException refused = assertThrows(IOException.class, writer::finish);
    assertTrue(refused.getMessage().contains("不是目录"), refused.getMessage());
    assertEquals("a file", Files.readString(root));
  }

  @Test
  void aBrokenLinkOrAFileOnThePathIsRefused(@TempDir Path root) throws IOException {
    Files.createSymbolicLink(root.resolve("broken"), root.resolve("nowhere"));
    Files.writeString(root.resolve("plain"), "x");
    OutputWriter writer = new OutputWriter(root);
    writer.write("broken/A.java", bytes("class A {}"));
    writer.write("plain/B.java", bytes("class B {}"));
    writer.write("ok/C.java", bytes("class C {}"));
    IOException refused = assertThrows(IOException.class, writer::finish);
    assertTrue(refused.getMessage().contains("失效的符号链接"), refused.getMessage());
    assertTrue(refused.getMessage().contains("不是目录"), refused.getMessage());
    assertFalse(Files.exists(root.resolve("ok")), "nothing is written when anything is refused");
  }

  @Test
  void writersSharingARootKeepEachOthersFilesAndShareTheSharedOne(@TempDir Path dir)
      throws IOException {
    Path root = dir.resolve("out");
    Path one = dir.resolve("status/one.outputs");
    Path two = dir.resolve("status/two.outputs");
    OutputWriter first = new OutputWriter(root, one, List.of(two));
    first.write("a/A.java", bytes("class A {}"));
    first.writeShared("META-INF/services/S", bytes("a.A\n"));
    first.finish();

    OutputWriter second = new OutputWriter(root, two, List.of(one));
    second.write("b/B.java", bytes("class B {}"));
    second.writeShared("META-INF/services/S", bytes("a.A\nb.B\n"));
    assertEquals(new OutputWriter.Stats(2, 0, List.of(), List.of()), second.finish());
    assertTrue(OutputWriter.intact(root, one, List.of(two)), "the shared file holds their bytes");
    assertFalse(OutputWriter.intact(root, one, List.of()), "without the sibling it was replaced");

    OutputWriter again = new OutputWriter(root, one, List.of(two));
    again.write("a/A.java", bytes("class A {}"));
    assertEquals(new OutputWriter.Stats(0, 1, List.of(), List.of()), again.finish(),
        "a file the sibling still records is neither stale nor deleted");
    assertEquals("a.A\nb.B\n", Files.readString(root.resolve("META-INF/services/S")));

    OutputWriter overlapping = new OutputWriter(root, one, List.of(two));
    overlapping.write("b/B.java", bytes("class B { int x; }"));
    IOException refused = assertThrows(IOException.class, overlapping::finish);
    assertTrue(refused.getMessage().contains("另一次生成"), refused.getMessage());

    Files.writeString(root.resolve("META-INF/services/S"), "edited\n");
    OutputWriter editedShared = new OutputWriter(root, one, List.of(two));
    editedShared.writeShared("META-INF/services/S", bytes("a.A\n"));
    refused = assertThrows(IOException.class, editedShared::finish);
    assertTrue(refused.getMessage().contains("被修改过"), refused.getMessage());
  }

  @Test
  void intactNeedsTheRootTheManifestAndItsRoot(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("out");
    Path manifest = dir.resolve("m");
    assertFalse(OutputWriter.intact(root, manifest, List.of()), "no root");
    Files.createDirectories(root);
    assertFalse(OutputWriter.intact(root, manifest, List.of()), "no manifest");
    new OutputManifest(root.toRealPath().toString(), Map.of()).write(manifest);
    assertTrue(OutputWriter.intact(root, manifest, List.of()), "nothing recorded, nothing missing");
    new OutputManifest("/elsewhere", Map.of()).write(manifest);
    assertFalse(OutputWriter.intact(root, manifest, List.of()), "another root's manifest");
    new OutputManifest(root.toRealPath().toString(), Map.of()).write(manifest);
    Files.writeString(dir.resolve("sibling"), "garbage\n");
    assertFalse(OutputWriter.intact(root, manifest, List.of(dir.resolve("sibling"))),
        "an unreadable sibling manifest");
  }

  @Test
  void replaceRegularFileWritesThroughALinkButNeverOverAFolder(@TempDir Path dir)
      throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "old");
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, real);
    AtomicFiles.replaceRegularFile(link, bytes("new"));
    assertEquals("new", Files.readString(real));
    assertTrue(Files.isSymbolicLink(link));

    AtomicFiles.replaceRegularFile(dir.resolve("sub/dir/fresh.txt"), bytes("fresh"));
    assertEquals("fresh", Files.readString(dir.resolve("sub/dir/fresh.txt")));

    Files.createDirectories(dir.resolve("folder"));
    IOException refused =
        assertThrows(IOException.class, () -> AtomicFiles.replaceRegularFile(dir.resolve("folder"), bytes("x")));
    assertTrue(refused.getMessage().contains("目录"), refused.getMessage());
    assertTrue(Files.isDirectory(dir.resolve("folder")));
    try (var left = Files.list(dir)) {
      assertEquals(4, left.count(), "no temporary file is left: " + dir);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
