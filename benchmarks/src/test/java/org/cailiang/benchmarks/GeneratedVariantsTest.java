package org.cailiang.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.generator.OutputWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies javac is timed on must compile, and must have lost what they claim to have lost:
 * a copy that fails to compile, or still holds the part, prices nothing.
 */
class GeneratedVariantsTest {
  @TempDir Path dir;

  @Test
  void everyCutCompilesAndRemovesItsPart() throws IOException {
    Path generated = generate(dir.resolve("generated"));
    assertEquals("", javac(generated, dir.resolve("classes")));
    for (String cuts : List.of("no-tiers", "no-untyped", "shared-facts",
        "shared-facts,no-tiers,no-untyped")) {
      Path copy = dir.resolve(cuts.replace(',', '_'));
      GeneratedVariants.main(new String[] {generated.toString(), copy.toString(), cuts});
      assertEquals("", javac(copy, copy.resolveSibling(copy.getFileName() + "-classes")), cuts);
      String violation = Files.readString(copy.resolve("bench/synthetic/S000000_S000001Violation.java"));
      assertEquals(cuts.contains("no-tiers"), violation.contains("TIER_B010 = null;"), cuts);
      assertEquals(cuts.contains("no-untyped"), !violation.contains("quickSetter"), cuts);
      assertEquals(cuts.contains("shared-facts"), !violation.contains("record Facts"), cuts);
      assertEquals(cuts.contains("shared-facts"),
          Files.exists(copy.resolve("bench/synthetic/shared/Facts.java")), cuts);
    }
  }

  @Test
  void copiesOnlyTheViolationsUnchangedOtherwise() throws IOException {
    Path generated = generate(dir.resolve("generated"));
    Path copy = dir.resolve("copy");
    GeneratedVariants.main(new String[] {generated.toString(), copy.toString(), "no-tiers"});
    assertEquals(Files.readString(generated.resolve("bench/synthetic/Synthetic.java")),
        Files.readString(copy.resolve("bench/synthetic/Synthetic.java")));
    assertFalse(Files.readString(generated.resolve("bench/synthetic/S000000_S000001Violation.java"))
        .contains("TIER_B010 = null;"));
  }

  private static Path generate(Path out) throws IOException {
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("synthetic.cailiang", SyntheticStandards.realistic(20))));
    assertFalse(compilation.hasErrors(), compilation::render);
    OutputWriter writer = new OutputWriter(out);
    for (GeneratedFile file : new JavaGenerator("bench.synthetic").generate(compilation.standards())) {
      writer.write(file.path(), file.bytes());
    }
    writer.finish();
    return out;
  }

  /** javac's messages on the sources under {@code sources}: empty when they compile. */
  private static String javac(Path sources, Path classes) throws IOException {
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8",
        "-proc:none", "-cp", System.getProperty("java.class.path")));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
    assertTrue(code == 0 || errors.size() > 0);
    return errors.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
