package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated sources compared with checked-in expected files. After an intended change, run with
 * {@code -Dcailiang.golden.update=true} to rewrite them, and review the diff.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("cailiang.golden.update");

  @Test
  void featuresMatchTheirGoldenFiles() throws IOException {
    check(Sources.FEATURES, Path.of("src/test/resources/golden/features/expected"), "golden.features");
  }

  @Test
  void beijingMatchesItsGoldenFiles() throws IOException {
    check(Sources.BEIJING, Path.of("src/test/resources/golden/beijing/expected"), "golden.beijing");
  }

  @Test
  void aGeneralPartMatchesItsGoldenFiles() throws IOException {
    Path source = Path.of("src/test/resources/golden/general/general.cailiang");
    org.cailiang.dsl.Compilation compilation = Sources.compilation(source);
    check(new JavaGenerator("golden.general").generate(compilation.standards(), compilation.generals()),
        Path.of("src/test/resources/golden/general/expected"));
  }

  private static void check(Path source, Path expectedRoot, String packageName) throws IOException {
    check(new JavaGenerator(packageName).generate(Sources.compile(source)), expectedRoot);
  }

  private static void check(List<GeneratedFile> files, Path expectedRoot) throws IOException {
    TreeMap<String, String> actual = new TreeMap<>();
    files.forEach(f -> actual.put(f.path(), f.content()));
    if (UPDATE) {
      if (Files.exists(expectedRoot)) {
        try (Stream<Path> old = Files.walk(expectedRoot)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (GeneratedFile file : files) {
        Path target = expectedRoot.resolve(file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.bytes());
      }
    }
    TreeMap<String, String> expected = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(expectedRoot)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        expected.put(expectedRoot.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    assertEquals(expected.keySet(), actual.keySet(), "generated file names");
    for (String path : expected.keySet()) {
      assertEquals(expected.get(path), actual.get(path), path + " differs from its golden file");
    }
  }
}
