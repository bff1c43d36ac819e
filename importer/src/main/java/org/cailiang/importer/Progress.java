package org.cailiang.importer;

/** Told of each row read, to show progress on a long import. */
@FunctionalInterface
public interface Progress {
  /** Nothing shown. */
  Progress NONE = (done, total) -> { };

  /** {@code done} of the table's {@code total} rows have been drafted. */
  void row(int done, int total);

  /** A new phase has begun: 读取表格, 起草, 检查草稿. */
  default void phase(String name) {}
}
