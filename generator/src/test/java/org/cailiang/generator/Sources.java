package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.model.Standard;

/** Standards used by the generator tests, compiled and checked. */
final class Sources {
  static final Path BEIJING = Path.of("../examples/src/main/cailiang/beijing.cailiang");
  static final Path EXAMPLE = Path.of("../examples/src/main/cailiang/example_security.cailiang");
  static final Path FEATURES = Path.of("src/test/resources/golden/features/features.cailiang");

  private Sources() {}

  static List<Standard> compile(Path... files) {
    return compilation(files).standards();
  }

  /** The compilation of the files, its general parts with it; fails on errors. */
  static Compilation compilation(Path... files) {
    Compilation compilation = StandardCompiler.compile(List.of(files), Path.of("."));
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }
}
