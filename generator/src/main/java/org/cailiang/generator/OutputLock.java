package org.cailiang.generator;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One generation run at a time in an output root: runs read each other's manifests, then write and
 * delete, and two at once could each take the other's files for stale (found by an outside check:
 * {@code generate a -o out & generate b -o out} left no output at all, both exiting 0). The lock
 * is the operating system's, on {@value #NAME} in the root, held by the process and released when
 * it ends, however it ends; the file stays. Threads of one JVM (which the operating system's lock
 * does not tell apart) take turns on a lock of the JVM's first.
 */
public final class OutputLock implements AutoCloseable {
  /** The lock file's name in the output root. */
  public static final String NAME = ".cailiang-lock";

  private static final java.util.concurrent.ConcurrentHashMap<Path,
      java.util.concurrent.locks.ReentrantLock> IN_THIS_JVM =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.concurrent.locks.ReentrantLock inThisJvm;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(java.util.concurrent.locks.ReentrantLock inThisJvm, FileChannel channel,
      FileLock lock) {
    this.inThisJvm = inThisJvm;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits until no other run holds the root, then holds it. */
  public static OutputLock acquire(Path root) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new OutputRefusedException(
          java.util.List.of(OutputRefusedException.line(root, "输出目录的位置上是一个文件，不是目录")));
    }
    Files.createDirectories(root);
    Path file = root.resolve(NAME);
    java.util.Optional<String> problem = AtomicFiles.notRegular(file);
    if (problem.isPresent()) {
      throw new OutputRefusedException(java.util.List.of(OutputRefusedException.line(file, problem.get())));
    }
    java.util.concurrent.locks.ReentrantLock turn = IN_THIS_JVM.computeIfAbsent(
        root.toRealPath(), path -> new java.util.concurrent.locks.ReentrantLock());
    turn.lock();
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
      return new OutputLock(turn, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      turn.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      inThisJvm.unlock();
    }
  }
}
