package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile check: a {@code render -o} or {@code import -o} stopped mid-write left its hidden
 * temporary file in the user's folder. What is staged and not yet in place is removed on request
 * (the command line's shutdown hook); what is in place, and anything else, is not.
 */
class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void whatIsStagedAndNotInPlaceIsRemovedOnRequestAndNothingElse() throws Exception {
    Path user = Files.writeString(dir.resolve(".draft.cailiang.0.tmp"), "the user's");
    Path written = dir.resolve("written.txt");
    AtomicFiles.write(written, new byte[] {1, 2});
    Path staged = AtomicFiles.stage(dir.resolve("draft.cailiang"), new byte[] {3});
    Path committed = AtomicFiles.stage(dir.resolve("other.txt"), new byte[] {4});
    AtomicFiles.commit(committed, dir.resolve("other.txt"));
    assertTrue(Files.exists(staged));

    try {
      AtomicFiles.removeStaged();
      // A thread still staging when the hook ran writes nothing more (hostile re-check).
      assertThrows(java.io.IOException.class, () -> AtomicFiles.stage(dir.resolve("late.txt"), new byte[] {5}));
    } finally {
      AtomicFiles.reopen();
    }

    assertFalse(Files.exists(staged), "staged, never moved into place");
    assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(written));
    assertArrayEquals(new byte[] {4}, Files.readAllBytes(dir.resolve("other.txt")));
    assertEquals("the user's", Files.readString(user));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(".draft.cailiang.0.tmp", "other.txt", "written.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }
}
