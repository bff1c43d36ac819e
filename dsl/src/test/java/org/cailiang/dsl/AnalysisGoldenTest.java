package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The legal-review checks on small standards under {@code src/test/resources/analysis}: each
 * file holds failing cases with their expected diagnostics inline; {@code clean.cailiang} is the
 * passing case of every check and must compile without any diagnostic.
 */
class AnalysisGoldenTest {
  private static final Path ANALYSIS = Path.of("src/test/resources/analysis");

  @TestFactory
  Stream<DynamicTest> everyFileReportsExactlyItsExpectedDiagnostics() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(ANALYSIS)) {
      files = listing.filter(p -> p.toString().endsWith(".cailiang")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Compilation compilation = StandardCompiler.compile(List.of(file), ANALYSIS);
      SourceFile source = compilation.sources().get(file.getFileName().toString());
      List<InlineExpectations.Expectation> expected = InlineExpectations.parse(source);
      assertEquals("", InlineExpectations.compare(expected, compilation.diagnostics()),
          "diagnostics differ for " + file + ":\n" + compilation.render());
    }));
  }
}
