package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every directory under {@code src/test/resources/versions} is one build of several versions of
 * a standard, compiled together; each file's expected diagnostics are written inline (see {@link
 * InlineExpectations}). The directory {@code ok} must compile without any diagnostic.
 */
class VersionErrorGoldenTest {
  private static final Path VERSIONS = Path.of("src/test/resources/versions");

  @TestFactory
  Stream<DynamicTest> everyBuildOfVersionsReportsExactlyItsExpectedDiagnostics() throws IOException {
    List<Path> builds;
    try (Stream<Path> listing = Files.list(VERSIONS)) {
      builds = listing.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(builds.isEmpty(), "no builds under " + VERSIONS.toAbsolutePath());
    return builds.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      List<Path> files;
      try (Stream<Path> listing = Files.list(dir)) {
        files = listing.filter(p -> p.toString().endsWith(".cailiang")).sorted().toList();
      }
      Compilation compilation = StandardCompiler.compile(files, dir);
      List<InlineExpectations.Expectation> all = new ArrayList<>();
      StringBuilder differences = new StringBuilder();
      for (SourceFile source : compilation.sources().values()) {
        List<InlineExpectations.Expectation> expected = InlineExpectations.parse(source);
        all.addAll(expected);
        List<Diagnostic> here = compilation.diagnostics().stream()
            .filter(d -> d.span().path().equals(source.path())).toList();
        differences.append(InlineExpectations.compare(expected, here));
      }
      assertEquals(dir.endsWith("ok"), all.isEmpty(), dir + ": only the build 'ok' has no expectations");
      assertEquals("", differences.toString(), "diagnostics differ for " + dir + ":\n" + compilation.render());
    }));
  }
}
