package org.cailiang.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
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

  /** The name {@link #stage} gives a temporary file: {@code .NAME.UUID.tmp}. */
  private static final java.util.regex.Pattern STAGED = java.util.regex.Pattern.compile(
      "\\.(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  /**
   * The name of the file a temporary file of {@link #stage} was staged for, if its name is one.
   *
   * @param fileName a file's name, without folders
   * @return the target's name; empty for any other name
   */
  static Optional<String> stagedFor(String fileName) {
    java.util.regex.Matcher staged = STAGED.matcher(fileName);
    return staged.matches() ? Optional.of(staged.group(1)) : Optional.empty();
  }

  /** Set by {@link #removeStaged}: the process is stopping, nothing more is staged. */
  private static volatile boolean closing;

  /** The temporary files staged and not yet moved into place or removed, for {@link #removeStaged}. */
  private static final java.util.Set<Path> STAGED_NOW = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Removes the temporary files staged and not yet moved into place: a command line's shutdown
   * hook calls it, so a run stopped by SIGTERM or Ctrl-C leaves no half-written hidden file beside
   * its output (hostile check: {@code render -o} and {@code import -o} did). A SIGKILL leaves
   * them; {@code generate}'s next run removes its own.
   */
  public static void removeStaged() {
    closing = true; // a staging thread still running removes its own file (stage)
    for (Path temporary : STAGED_NOW) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Shutting down: nothing to report to.
      }
    }
  }

  /** Staging allowed again after {@link #removeStaged}: for tests, which share one JVM. */
  static void reopen() {
    closing = false;
  }

  /** Writes {@code bytes} to {@code target}, which must be a regular file or not exist. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temporary = stage(target, bytes);
    try {
      commit(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
      STAGED_NOW.remove(temporary);
    }
  }

  /**
   * The first half of {@link #write}: the bytes in a temporary sibling of {@code target}, which
   * is returned — nothing of it is left when this fails. A set of files is staged whole before
   * any is committed, so that a full disk leaves every file as it was.
   */
  static Path stage(Path target, byte[] bytes) throws IOException {
    Path temporary =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    // The name STAGED reads back (OutputWriter removes what a killed run left).
    STAGED_NOW.add(temporary);
    try {
      if (closing) {
        throw new IOException("stopping: nothing more is written");
      }
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (closing) {
        // The shutdown hook may have passed this file before it was written (hostile re-check:
        // a generate killed while staging in parallel left some).
        throw new IOException("stopping: nothing more is written");
      }
      keepPermissions(target, temporary);
      return temporary;
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      STAGED_NOW.remove(temporary);
      if (e instanceof java.nio.file.FileSystemException) {
        throw e; // names its file already
      }
      // A full disk says only "No space left on device": which file, too.
      java.nio.file.FileSystemException named =
          new java.nio.file.FileSystemException(target.toString(), null, e.getMessage());
      named.initCause(e);
      throw named;
    }
  }

  /** The second half of {@link #write}: the staged file moved into place, atomically where it can be. */
  static void commit(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    STAGED_NOW.remove(temporary);
  }

  /**
   * A file replaced keeps its mode: a private {@code 600} source reformatted must not turn {@code
   * 644}. (A hard link to it keeps the old bytes: replacing, not rewriting, is what makes the
   * write whole.)
   */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
    }
  }

  /**
   * Writes a single output file the user named: through a symbolic link as a shell's {@code >}
   * would, but never over a directory, a device or a FIFO.
   */
  public static void replaceRegularFile(Path target, byte[] bytes) throws IOException {
    Path real;
    try {
      real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    } catch (java.nio.file.NoSuchFileException e) {
      // It exists but has no path: /dev/stdout on a pipe is a link to "pipe:[…]" (hostile check:
      // the message was "不存在").
      throw new OutputRefusedException(List.of(OutputRefusedException.line(target,
          "这里不是普通文件（设备、FIFO 或套接字），拒绝替换它")));
    }
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
