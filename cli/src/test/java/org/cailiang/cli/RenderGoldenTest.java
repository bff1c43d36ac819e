package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown, HTML and JSON renders of both examples, pinned byte for byte. A deliberate change
 * of a render is made with {@code -Dcailiang.golden.update=true}, and its diff reviewed like code:
 * these are the pages legal staff compare with the official table.
 */
class RenderGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("cailiang.golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/render");

  static Stream<Arguments> renders() {
    return Stream.of(CliRun.BEIJING, CliRun.EXAMPLE).flatMap(source -> Stream.of("md", "html", "json")
        .map(format -> Arguments.of(source, format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("renders")
  void renderEqualsItsGoldenFile(String source, String format) throws IOException {
    CliRun run = CliRun.of("render", source, "--format", format);
    assertEquals(0, run.exitCode(), run.err());
    String name = Path.of(source).getFileName().toString().replace(".cailiang", "." + format);
    Path golden = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.isRegularFile(golden), golden + " is missing; run with -Dcailiang.golden.update=true and review it");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out(), name + " differs from its golden file");
  }
}
