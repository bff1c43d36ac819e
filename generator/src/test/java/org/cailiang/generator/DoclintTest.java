package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated code is documented completely: javac's doclint, every group on, finds nothing to
 * warn about (no missing {@code @param} or {@code @return}, no undocumented constructor), so
 * {@code mvn javadoc:javadoc} on a generated project is silent.
 */
class DoclintTest {
  @Test
  void beijingAndTheExamplesPassDoclintAllAsErrors() {
    List<GeneratedFile> files = new JavaGenerator("test.doclint")
        .generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES));
    assertNotNull(InMemoryJavac.compile(files, List.of("-Xdoclint:all/protected")));
  }
}
