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

}
