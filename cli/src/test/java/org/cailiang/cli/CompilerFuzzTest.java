package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.cailiang.cli.render.DmnRenderer;
import org.cailiang.cli.render.HtmlRenderer;
import org.cailiang.cli.render.MarkdownRenderer;
import org.cailiang.cli.render.ModelJson;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.cases.CaseRunner;
import org.cailiang.dsl.diag.Characters;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.parse.SourceReader;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.runtime.Standards;

/**
 * Coverage-guided fuzzing of the whole pipeline: bytes → decode → parse → check → analyse →
 * generate, render and run the cases. Any input must end in success or in diagnostics: no
 * exception, no stack overflow, no hang. {@code mvn test} replays the corpus under
 * {@code src/test/resources/org/cailiang/cli/CompilerFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes (see docs/reliability.md).
 */
class CompilerFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void compileAnything(byte[] input) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SourceFile> source = SourceReader.decode(input, "fuzz.cailiang", diagnostics);
    if (source.isEmpty()) {
      assertTrue(diagnostics.hasErrors(), "an undecodable file gets a diagnostic");
      return;
    }
    Compilation compilation = StandardCompiler.compileSources(List.of(source.get()));
    String rendered = compilation.render();
    for (Diagnostic diagnostic : compilation.diagnostics()) {
      assertTrue(diagnostic.span().line() >= 1 && diagnostic.span().column() >= 1);
      assertTrue(rendered.contains(Characters.visible(diagnostic.toString())));
    }
    assertTrue(rendered.codePoints().noneMatch(Characters::isInvisible), "nothing reaches a terminal raw");
    if (compilation.hasErrors()) {
      assertFalse(rendered.isEmpty());
      return;
    }
    List<Standard> standards = compilation.standards();
    new JavaGenerator("fuzz.generated").generate(standards);
    MarkdownRenderer.render(standards);
    HtmlRenderer.render(standards);
    ModelJson.render(standards);
    standards.forEach(DmnRenderer::render);
    Standards interpreted = Interpreter.standards(standards);
    CaseRunner.run(standards, interpreted);
  }
}
