package org.cailiang.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replaces a file whole: the bytes go to a temporary sibling first and are moved into place, so no
 * reader sees half a file. The temporary file is created like any other file (not with {@code
 * createTempFile}'s 0600), so the result has the mode the umask gives, as with javac or protoc.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target}, which must be a regular file or not exist. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temporary =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes a single output file the user named: through a symbolic link as a shell's {@code >}
   * would, but never over a directory, a device or a FIFO.
   */
  public static void replaceRegularFile(Path target, byte[] bytes) throws IOException {
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Optional<String> problem = notRegular(real);
    if (problem.isPresent()) {
      throw new OutputRefusedException(List.of(OutputRefusedException.line(target, problem.get())));
    }
    Files.createDirectories(real.getParent());
    write(real, bytes);
  }

  /** Why an existing path cannot be replaced by a regular file; empty if it can (or is absent). */
  static Optional<String> notRegular(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
    if (attributes.isRegularFile()) {
      return Optional.empty();
    }
    if (attributes.isDirectory()) {
      return Optional.of("这里是一个目录，拒绝用文件替换它");
    }
    if (attributes.isSymbolicLink()) {
      return Optional.of("这里是一个符号链接，拒绝替换它");
    }
    return Optional.of("这里不是普通文件（设备、FIFO 或套接字），拒绝替换它");
  }
}
