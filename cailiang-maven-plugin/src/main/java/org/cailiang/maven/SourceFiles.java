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

  /**
   * The sources, sorted by path; none when the directory does not exist.
   *
   * @throws NotADirectoryException when the path is a file (hostile check: a sourceDirectory set to
   *     pom.xml built an empty jar, "0 source(s) unchanged")
   */
  static List<Path> find(Path directory) throws IOException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new NotADirectoryException(directory);
    }
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
    }
  }

  /** A source directory that is a file. */
  static final class NotADirectoryException extends IOException {
    private static final long serialVersionUID = 1L;

    NotADirectoryException(Path path) {
      super("cailiang: the source directory " + path + " is a file, not a directory: set sourceDirectory"
          + " (cailiang.sourceDirectory) to the directory of the .cailiang files");
    }
  }
}
