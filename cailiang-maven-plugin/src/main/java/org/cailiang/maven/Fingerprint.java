package org.cailiang.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of everything a generation run depends on: the sources (paths and bytes), the
 * settings, and the plugin's own version. Equal fingerprints mean equal output, so a build with
 * an unchanged fingerprint and intact outputs can skip the work.
 */
final class Fingerprint {
  /** No fingerprint: equal to none recorded, so the run is never skipped. */
  static final String NONE = "";

  private Fingerprint() {}

  static String of(Path base, List<Path> sources, List<String> settings) throws IOException {
    MessageDigest digest = sha256();
    for (String setting : settings) {
      update(digest, setting.getBytes(StandardCharsets.UTF_8));
    }
    for (Path source : sources) {
      if (!Files.isRegularFile(source)) {
        // A FIFO would block, /dev/zero never end, a folder or a broken link fail without a path:
        // not hashed, no fingerprint, and the compiler refuses the file with its own message.
        return NONE;
      }
      update(digest, base.relativize(source).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      update(digest, Files.readAllBytes(source));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Length-prefixed, so that moving bytes between two parts changes the hash. */
  static void update(MessageDigest digest, byte[] bytes) {
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }
}
