package org.cailiang.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the code that generates: the jars (or class directories) of the plugin, the
 * compiler and the generator. A SNAPSHOT's version stays the same while its code changes, so
 * the version alone would let a rebuilt generator skip regenerating stale output.
 */
final class ToolIdentity {
  private static volatile String cached;

  private ToolIdentity() {}

  /** The hash of the code of the given classes' code sources, computed once per class loader. */
  static String of(List<Class<?>> classes) {
    String known = cached;
    if (known == null) {
      List<String> locations = new ArrayList<>();
      for (Class<?> type : classes) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        locations.add(source == null || source.getLocation() == null
            ? type.getName() : source.getLocation().toString());
      }
      known = ofLocations(locations);
      cached = known;
    }
    return known;
  }

  /**
   * The hash of the bytes at each location: a jar, or every file of a class directory in sorted
   * order; a location that is not a local file counts by its name.
   */
  static String ofLocations(List<String> locations) {
    MessageDigest digest = Fingerprint.sha256();
    for (String where : locations) {
      Fingerprint.update(digest, where.getBytes(StandardCharsets.UTF_8));
      Path location;
      try {
        location = Path.of(new URI(where));
      } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
        continue;
      }
      try {
        if (Files.isDirectory(location)) {
          try (Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              Fingerprint.update(digest, location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
              hashFile(digest, file);
            }
          }
        } else if (Files.isRegularFile(location)) {
          hashFile(digest, location);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void hashFile(MessageDigest digest, Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
