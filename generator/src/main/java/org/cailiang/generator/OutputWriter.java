package org.cailiang.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files the way incremental builds need (jOOQ's GeneratorWriter does the same):
 * a file is written only when its bytes change, through a temporary file moved into place so
 * no reader ever sees half a file, and files no longer generated are deleted.
 */
public final class OutputWriter {
  /** What one run did. */
  public record Stats(int written, int unchanged, int deleted) {
    @Override
    public String toString() {
      return written + " written, " + unchanged + " unchanged, " + deleted + " deleted";
    }
  }

  private final Path root;
  private final Set<Path> produced = new HashSet<>();
  private int written;
  private int unchanged;

  public OutputWriter(Path root) {
    this.root = root;
  }

  /** Writes {@code bytes} to {@code relativePath} under the root, unless they are already there. */
  public void write(String relativePath, byte[] bytes) throws IOException {
    Path target = root.resolve(relativePath).normalize();
    if (!target.startsWith(root.normalize())) {
      throw new IOException("refusing to write outside " + root + ": " + relativePath);
    }
    produced.add(target);
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
      unchanged++;
      return;
    }
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".cailiang-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    written++;
  }

  /** Deletes every file under the root that this run did not produce, and emptied folders. */
  public Stats finish() throws IOException {
    int deleted = 0;
    if (Files.isDirectory(root)) {
      List<Path> stale;
      try (Stream<Path> walk = Files.walk(root)) {
        stale = walk.filter(Files::isRegularFile).filter(p -> !produced.contains(p.normalize())).sorted().toList();
      }
      for (Path file : stale) {
        Files.delete(file);
        deleted++;
      }
      List<Path> folders;
      try (Stream<Path> walk = Files.walk(root)) {
        folders = walk.filter(Files::isDirectory).filter(p -> !p.equals(root))
            .sorted(java.util.Comparator.reverseOrder()).toList();
      }
      for (Path folder : folders) {
        try (Stream<Path> children = Files.list(folder)) {
          if (children.findAny().isEmpty()) {
            Files.delete(folder);
          }
        }
      }
    }
    return new Stats(written, unchanged, deleted);
  }
}
