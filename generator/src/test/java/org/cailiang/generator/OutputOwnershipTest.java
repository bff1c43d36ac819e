package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output root may hold anything; cailiang deletes and overwrites only what it wrote. */
class OutputOwnershipTest {

  @Test
  void foreignFilesSymlinksAndAPreviousOutputSurviveAndOnlyStaleOwnOutputsGo(@TempDir Path dir)
      throws IOException {
    Path root = dir.resolve("project");
    Path outside = dir.resolve("outside");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("secret.txt"), "outside");
    Map<String, String> foreign = new LinkedHashMap<>();
    foreign.put("README.md", "# project\n");
    foreign.put(".git/config", "[core]\n");
    foreign.put("src/Main.java", "class Main {}\n");
    foreign.put("p/Hand.java", "class Hand {}\n");
    for (Map.Entry<String, String> file : foreign.entrySet()) {
      Files.createDirectories(root.resolve(file.getKey()).getParent());
      Files.writeString(root.resolve(file.getKey()), file.getValue());
    }
    Files.createDirectories(root.resolve("empty/folder"));
    Files.createSymbolicLink(root.resolve("link-out"), outside);
    Files.createSymbolicLink(root.resolve("p/file-link"), outside.resolve("secret.txt"));
    Map<String, byte[]> before = snapshot(dir);

    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.write("q/Old.java", bytes("class Old {}"));
    assertEquals("2 written, 0 unchanged, 0 deleted", first.finish().toString());

    OutputWriter second = new OutputWriter(root);
    second.write("p/A.java", bytes("class A { int changed; }"));
    assertEquals("1 written, 0 unchanged, 1 deleted", second.finish().toString());

    Map<String, byte[]> after = snapshot(dir);
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertArrayEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " is untouched");
    }
    assertTrue(Files.isDirectory(root.resolve("empty/folder")), "a foreign empty folder stays");
    assertTrue(Files.isSymbolicLink(root.resolve("link-out")));
    assertFalse(
        Files.exists(root.resolve("q")), "the stale output and its emptied folder are gone");
    assertEquals("class A { int changed; }", Files.readString(root.resolve("p/A.java")));
  }

  @Test
  void aSymlinkedPackageFolderPointingOutsideIsRefused(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("out");
    Path outside = dir.resolve("elsewhere");
    Files.createDirectories(root);
    Files.createDirectories(outside);
    Files.createSymbolicLink(root.resolve("p"), outside);

    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("class A {}"));
    IOException refused = assertThrows(IOException.class, writer::finish);
    assertTrue(refused.getMessage().contains("输出目录之外"), refused.getMessage());
    try (Stream<Path> left = Files.list(outside)) {
      assertEquals(0, left.count(), "nothing is written through the link");
    }
  }

  @Test
  void aRootThroughALinkAndDotDotWritesAndCleansUpInOnePlace(@TempDir Path dir) throws IOException {
    Path top = dir.resolve("top");
    Path target = dir.resolve("real/target");
    Files.createDirectories(top);
    Files.createDirectories(target);
    Files.createSymbolicLink(top.resolve("link"), target);
    Path realParent = dir.resolve("real");
    Files.writeString(realParent.resolve("keep.txt"), "mine");
    Files.writeString(top.resolve("keep.txt"), "mine too");
    Path root = top.resolve("link/..");

    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.finish();
    OutputWriter second = new OutputWriter(root);
    second.write("p/B.java", bytes("class B {}"));
    assertEquals("1 written, 0 unchanged, 1 deleted", second.finish().toString());

    assertEquals("mine", Files.readString(realParent.resolve("keep.txt")));
    assertEquals("mine too", Files.readString(top.resolve("keep.txt")));
    assertTrue(Files.isDirectory(target), "the link's target folder stays");
    assertTrue(Files.isRegularFile(root.resolve("p/B.java")), "written where it cleans up");
    assertFalse(Files.exists(root.resolve("p/A.java")));
  }

  @Test
  void filesGetTheUsualPermissions(@TempDir Path root) throws IOException {
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("class A {}"));
    writer.finish();
    Path probe = Files.createFile(root.resolve("probe"));
    assertEquals(
        Files.getPosixFilePermissions(probe),
        Files.getPosixFilePermissions(root.resolve("p/A.java")),
        "the same mode as any file created under this umask");
    assertTrue(
        Files.getPosixFilePermissions(root.resolve("p/A.java"))
                .contains(PosixFilePermission.OTHERS_READ)
            || umaskHidesOthers(probe));
  }

  @Test
  void aDirectoryOrFifoWhereAFileGoesIsRefusedAndNothingIsWritten(@TempDir Path root)
      throws Exception {
    Files.createDirectories(root.resolve("p/B.java"));
    Path fifo = root.resolve("p/C.java");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

    for (String path : new String[] {"p/B.java", "p/C.java"}) {
      OutputWriter writer = new OutputWriter(root);
      writer.write("p/A.java", bytes("class A {}"));
      writer.write(path, bytes("class X {}"));
      IOException refused = assertThrows(IOException.class, writer::finish, path);
      assertTrue(refused.getMessage().contains(path.substring(2)), refused.getMessage());
      assertFalse(Files.exists(root.resolve("p/A.java")), "refused before anything is written");
    }
    assertTrue(Files.isDirectory(root.resolve("p/B.java"), LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
  }

  @Test
  void aForeignFileAtAnOutputPathIsNotOverwritten(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("p"));
    Files.writeString(root.resolve("p/A.java"), "// hand-written\n");
    OutputWriter writer = new OutputWriter(root);
    writer.write("p/A.java", bytes("class A {}"));
    assertThrows(IOException.class, writer::finish);
    assertEquals("// hand-written\n", Files.readString(root.resolve("p/A.java")));
  }

  @Test
  void anOutputEditedSinceItWasWrittenIsNeitherOverwrittenNorDeleted(@TempDir Path root)
      throws IOException {
    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.write("p/B.java", bytes("class B {}"));
    first.finish();
    Files.writeString(root.resolve("p/A.java"), "class A { /* edited */ }");
    Files.writeString(root.resolve("p/B.java"), "class B { /* edited */ }");

    OutputWriter overwrite = new OutputWriter(root);
    overwrite.write("p/A.java", bytes("class A { int changed; }"));
    overwrite.write("p/B.java", bytes("class B {}"));
    IOException refused = assertThrows(IOException.class, overwrite::finish);
    assertTrue(refused.getMessage().contains("修改"), refused.getMessage());
    assertEquals("class A { /* edited */ }", Files.readString(root.resolve("p/A.java")));

    OutputWriter drop = new OutputWriter(root);
    drop.write("p/A.java", bytes("class A { /* edited */ }"));
    OutputWriter.Stats stats = drop.finish();
    assertEquals("0 written, 1 unchanged, 0 deleted", stats.toString());
    assertEquals(
        "class B { /* edited */ }",
        Files.readString(root.resolve("p/B.java")),
        "an edited output no longer generated is kept");
  }

  @Test
  void aTamperedManifestCannotDeleteOutsideTheRoot(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("out");
    OutputWriter first = new OutputWriter(root);
    first.write("p/A.java", bytes("class A {}"));
    first.finish();
    Files.writeString(dir.resolve("victim.txt"), "class A {}");
    Path manifest = root.resolve(".cailiang-outputs");
    Files.writeString(manifest, Files.readString(manifest).replace("p/A.java", "../victim.txt"));

    OutputWriter second = new OutputWriter(root);
    second.write("p/A.java", bytes("class A {}"));
    second.finish();
    assertEquals("class A {}", Files.readString(dir.resolve("victim.txt")));
  }

  @Test
  void anOutputIsIntactOnlyWhileEveryRecordedFileHoldsItsBytes(@TempDir Path dir)
      throws IOException {
    Path root = dir.resolve("out");
    Path manifest = dir.resolve("status/java.outputs");
    OutputWriter writer = new OutputWriter(root, manifest, java.util.List.of());
    writer.write("p/A.java", bytes("class A {}"));
    writer.write("p/B.java", bytes("class B {}"));
    writer.finish();
    assertFalse(Files.exists(root.resolve(".cailiang-outputs")), "the manifest lives elsewhere");
    assertTrue(OutputWriter.intact(root, manifest, java.util.List.of()));
    Files.writeString(root.resolve("p/A.java"), "class A { /* edited */ }");
    assertFalse(OutputWriter.intact(root, manifest, java.util.List.of()), "an edited output");
    Files.writeString(root.resolve("p/A.java"), "class A {}");
    Files.delete(root.resolve("p/B.java"));
    assertFalse(OutputWriter.intact(root, manifest, java.util.List.of()), "a deleted output");
  }

  private static boolean umaskHidesOthers(Path probe) throws IOException {
    return !Files.getPosixFilePermissions(probe).contains(PosixFilePermission.OTHERS_READ);
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.toList()) {
        String name = dir.relativize(path).toString();
        if (Files.isSymbolicLink(path)) {
          files.put(name, bytes("-> " + Files.readSymbolicLink(path)));
        } else if (Files.isRegularFile(path)) {
          files.put(name, Files.readAllBytes(path));
        }
      }
    }
    return files;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
