package org.cailiang.generator;

import java.io.IOException;
import java.util.List;

/**
 * Writing the outputs would have destroyed something cailiang did not write, or left the output
 * root; nothing was changed. The message holds one {@code path: error: 原因} line per refusal.
 */
public final class OutputRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String[] lines;

  public OutputRefusedException(List<String> refusals) {
    super(String.join("\n", refusals));
    lines = refusals.toArray(String[]::new);
  }

  /** One {@code path: error: 原因} line per refusal. */
  public List<String> lines() {
    return List.of(lines);
  }

  /** A {@code path: error: message} line, the shape of every other cailiang error. */
  static String line(Object path, String message) {
    return path + ": error: " + message;
  }
}
