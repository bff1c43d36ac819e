package org.cailiang.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cailiang.importer.Progress;

/**
 * A progress line on the terminal for an import that runs longer than a second: only when a
 * console is attached, on stderr, redrawn in place with {@code \r} five times a second by a
 * daemon thread (so it moves while POI opens a large file too) and cleared at the end.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "cailiang-progress");
    thread.setDaemon(true);
    return thread;
  });
  private final long start = System.nanoTime();
  private volatile String phase = "";
  private volatile int done;
  private volatile int total;
  private boolean shown;

  TerminalProgress(PrintStream err) {
    this.err = err;
    timer.scheduleAtFixedRate(this::draw, 1000, 200, TimeUnit.MILLISECONDS);
  }

  /** A progress line for the terminal, or null when output does not go to one. */
  static TerminalProgress forTerminal() {
    return System.console() == null ? null : new TerminalProgress(System.err);
  }

  @Override
  public void phase(String name) {
    phase = name;
  }

  @Override
  public void row(int done, int total) {
    this.done = done;
    this.total = total;
  }

  private synchronized void draw() {
    int bar = total <= 0 ? 0 : (int) Math.min(WIDTH, (long) WIDTH * done / total);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    err.print("\r" + phase + " [" + "#".repeat(bar) + " ".repeat(WIDTH - bar) + "] " + done + "/" + total
        + " 行，" + seconds + " 秒 ");
    err.flush();
    shown = true;
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }
}
