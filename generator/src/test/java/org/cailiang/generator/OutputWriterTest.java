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
