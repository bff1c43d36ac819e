package org.cailiang.cli;

import java.io.PrintStream;
import org.cailiang.importer.Progress;

/**
 * A progress line on the terminal for an import that runs longer than a second: only when a
 * console is attached, on stderr, rewritten in place with {@code \r} and cleared at the end.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 100_000_000L;

  private final PrintStream err;
  private final long start = System.nanoTime();
  private long last;
  private boolean shown;

  TerminalProgress(PrintStream err) {
    this.err = err;
  }

  /** A progress line for the terminal, or null when output does not go to one. */
  static TerminalProgress forTerminal() {
    return System.console() == null ? null : new TerminalProgress(System.err);
  }

  @Override
  public void row(int done, int total) {
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    long seconds = (now - start) / 1_000_000_000L;
    int bar = total <= 0 ? 0 : (int) Math.min(30, 30L * done / total);
    err.print("\r导入中 [" + "#".repeat(bar) + " ".repeat(30 - bar) + "] " + done + "/" + total + " 行，"
        + seconds + " 秒");
    err.flush();
  }

  @Override
  public void close() {
    if (shown) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}
