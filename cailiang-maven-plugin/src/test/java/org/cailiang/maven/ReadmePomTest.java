package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The consumer pom the README shows is the one the {@code readme-pom} invoker IT builds, text for
 * text: the README cannot drift from a pom that is known to work.
 */
class ReadmePomTest {
  static final String MARKER = "<!-- consumer-pom: cailiang-maven-plugin/src/it/readme-pom/pom.xml -->";

  @Test
  void theReadmesPomIsTheItsPom() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String it = Files.readString(Path.of("src/it/readme-pom/pom.xml"), StandardCharsets.UTF_8);
    assertEquals(it, fencedBlockAfter(readme, MARKER));
  }

  @Test
  void extractsTheFencedBlockThatFollowsTheMarker() {
    String text = "intro\n```xml\nnot this\n```\n" + MARKER + "\n\n```xml\n<a/>\n  <b/>\n```\nrest\n";
    assertEquals("<a/>\n  <b/>\n", fencedBlockAfter(text, MARKER));
  }

  /** The content of the first fenced code block after the marker, ending with a newline. */
  static String fencedBlockAfter(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at >= 0, "marker not found: " + marker);
    int open = text.indexOf("```", at);
    assertTrue(open >= 0, "no fenced block after the marker");
    int start = text.indexOf('\n', open) + 1;
    int close = text.indexOf("\n```", start - 1);
    assertTrue(close >= start - 1, "the fenced block is not closed");
    return text.substring(start, close + 1);
  }
}
