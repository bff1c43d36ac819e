package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  @Test
  void fingerprintChangesWithContentPathsAndSettings(@TempDir Path base) throws IOException {
    Path a = Files.writeString(base.resolve("a.cailiang"), "one");
    String original = Fingerprint.of(base, List.of(a), List.of("p"));
    assertEquals(original, Fingerprint.of(base, List.of(a), List.of("p")));
    assertFalse(original.equals(Fingerprint.of(base, List.of(a), List.of("q"))));
    Files.writeString(a, "two");
    assertFalse(original.equals(Fingerprint.of(base, List.of(a), List.of("p"))));
  }

  /**
   * A source that is no regular file is never read here (a FIFO would block, /dev/zero never
   * end): no fingerprint, so the build runs and the compiler refuses the file by name.
   */
  @Test
  void aSourceThatIsNoRegularFileHasNoFingerprintAndNeverMatches(@TempDir Path base) throws IOException {
    Path a = Files.writeString(base.resolve("a.cailiang"), "one");
    Path folder = Files.createDirectory(base.resolve("d.cailiang"));
    Path dangling = Files.createSymbolicLink(base.resolve("gone.cailiang"), base.resolve("missing"));
    Path device = Files.createSymbolicLink(base.resolve("z.cailiang"), Path.of("/dev/zero"));
    for (Path odd : List.of(folder, dangling, device)) {
      assertEquals(Fingerprint.NONE, Fingerprint.of(base, List.of(a, odd), List.of("p")), odd.toString());
    }
    ExecutionStatus status = ExecutionStatus.of(base.resolve("status"), "test");
    status.recordFingerprint(Fingerprint.NONE);
    assertFalse(status.fingerprintIs(Fingerprint.NONE), "no fingerprint matches, not even a recorded empty one");
  }
}
