package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated code needs nothing but {@code java.base} and the runtime: a named module that uses
 * it must not have to add {@code requires static java.compiler} for {@code @Generated}.
 */
class ModuleDependenciesTest {
  @Test
  void generatedSourcesUseTheRuntimesGeneratedAnnotationAndNoJavaxType() {
    List<GeneratedFile> files = new JavaGenerator("test.modules")
        .generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES));
    for (GeneratedFile file : files) {
      if (file.kind() == GeneratedFile.Kind.SOURCE) {
        assertFalse(file.content().contains("javax."), file.path());
        assertTrue(file.content().contains("import org.cailiang.runtime.Generated;"), file.path());
        assertTrue(file.content().contains("@Generated(\"org.cailiang.generator.JavaGenerator\")"),
            file.path());
      }
    }
  }
}
