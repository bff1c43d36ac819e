package org.cailiang.dsl.model;

import java.util.Objects;

/**
 * Where a model node was written: a file, a 1-based line and column (in code points), and the
 * length of the text it covers, for the caret line of a diagnostic.
 */
public record SourceSpan(String path, int line, int column, int length) {
  public SourceSpan {
    Objects.requireNonNull(path, "path");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
    length = Math.max(1, length);
  }

  /** {@code path:line:col}. */
  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
