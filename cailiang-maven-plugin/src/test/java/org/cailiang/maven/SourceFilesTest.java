package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources of a source directory. */
class SourceFilesTest {
  @Test
  void theCailiangFilesBelowTheDirectoryInOrder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/z.cailiang"), "");
    Files.writeString(dir.resolve("a.cailiang"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    assertEquals(List.of(dir.resolve("a.cailiang"), dir.resolve("b/z.cailiang")), SourceFiles.find(dir));
    assertEquals(List.of(), SourceFiles.find(dir.resolve("missing")), "a missing directory has none");
  }

  /** Hostile check: a sourceDirectory set to pom.xml built an empty jar. */
  @Test
  void aFileAsTheSourceDirectoryIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");
    SourceFiles.NotADirectoryException refused =
        assertThrows(SourceFiles.NotADirectoryException.class, () -> SourceFiles.find(file));
    assertTrue(refused.getMessage().contains("is a file, not a directory"), refused.getMessage());
  }
}
