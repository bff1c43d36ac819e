package org.cailiang.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code .cailiang} files below a source directory, sorted, for every goal. */
final class SourceFiles {
  private static final String EXTENSION = ".cailiang";

  private SourceFiles() {}

  /** The sources, sorted by path; none when the directory does not exist. */
  static List<Path> find(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
    }
  }
}
