package org.cailiang.importer;

/** Told of each row read, to show progress on a long import. */
@FunctionalInterface
public interface Progress {
  /** Nothing shown. */
  Progress NONE = rows -> { };

  /** {@code rows} rows have been read so far. */
  void row(int rows);
}
