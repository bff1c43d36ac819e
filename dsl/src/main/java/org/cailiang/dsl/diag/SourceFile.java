package org.cailiang.dsl.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A source file's path as it is shown in diagnostics, and its decoded text. Line ends may be
 * {@code \n}, {@code \r\n} or {@code \r}.
 */
public record SourceFile(String path, String text) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** Every line without its line end; a renderer reads them once per file. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }
}
