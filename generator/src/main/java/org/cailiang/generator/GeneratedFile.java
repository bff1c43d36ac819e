package org.cailiang.generator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One generated file.
 *
 * @param path its path relative to the output root, with {@code /} separators
 * @param kind whether it is a Java source or a resource (the services file)
 * @param content its text; written as UTF-8 with {@code \n} line ends
 */
public record GeneratedFile(String path, Kind kind, String content) {

  /** Where a generated file belongs. */
  public enum Kind {
    SOURCE,
    RESOURCE
  }

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }

  /** The bytes to write. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
