package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The complete example of docs/language.md §1 is what a legal author copies first: it compiles
 * without any diagnostic (legal author: pasted as it was, with its texts cut short by ……, it gave
 * five warnings).
 */
class LanguageDocExampleTest {
  private static final Path LANGUAGE = Path.of("../docs/language.md");

  @Test
  void theCompleteExampleChecksWithoutAnyDiagnostic() throws IOException {
    String doc = Files.readString(LANGUAGE);
    int section = doc.indexOf("## 1. 一个完整的例子");
    assertTrue(section >= 0, "docs/language.md has no section 1");
    int start = doc.indexOf("```\n", section) + 4;
    String example = doc.substring(start, doc.indexOf("```", start));
    assertTrue(example.contains("violation C05837"), example);
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("example.cailiang", example)));
    assertEquals("", compilation.render(), "the example must check clean");
    assertEquals(1, compilation.standards().size());
  }
}
