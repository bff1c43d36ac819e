package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file under {@code src/test/resources/errors} is a broken standard whose expected
 * diagnostics are written inline (see {@link InlineExpectations}).
 */
class ErrorGoldenTest {
  private static final Path ERRORS = Path.of("src/test/resources/errors");

  @TestFactory
  Stream<DynamicTest> everyBrokenFileReportsExactlyItsExpectedDiagnostics() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(ERRORS)) {
      files = listing.filter(p -> p.toString().endsWith(".cailiang")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no error files found under " + ERRORS.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Compilation compilation = StandardCompiler.compile(List.of(file), ERRORS);
      SourceFile source = compilation.sources().get(file.getFileName().toString());
      List<InlineExpectations.Expectation> expected = InlineExpectations.parse(source);
      assertFalse(expected.isEmpty(), file + " has no inline expectations");
      assertTrue(compilation.hasErrors(), file + " compiled without errors");
      assertEquals("", InlineExpectations.compare(expected, compilation.diagnostics()),
          "diagnostics differ for " + file + ":\n" + compilation.render());
    }));
  }
}
