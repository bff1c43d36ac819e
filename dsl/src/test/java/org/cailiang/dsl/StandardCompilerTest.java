package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.Test;

/** The front end's entry points: paths as shown, files in a stable order, the summary line. */
class StandardCompilerTest {
  private static String standard(String id, String party) {
    return """
        standard %s "标准" {
        }
        party %s "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "罚则。"
          violation %S00001 "行为" {
            basis a1
            statute { warning }
            tier B010 "一般" otherwise { warning }
          }
        }
        """.formatted(id, party, id);
  }

  @Test
  void pathsBelowTheBaseAreShownRelativeWithForwardSlashes() {
    Path base = Path.of("/work/project");
    assertEquals("src/a.cailiang", StandardCompiler.shownPath(base.resolve("src/a.cailiang"), base));
    assertEquals("/elsewhere/b.cailiang", StandardCompiler.shownPath(Path.of("/elsewhere/b.cailiang"), base));
    assertEquals("c.cailiang", StandardCompiler.shownPath(Path.of("c.cailiang"), null));
    assertEquals("src/d.cailiang", StandardCompiler.shownPath(Path.of("/work/project/x/../src/d.cailiang"), base));
  }

  @Test
  void standardsComeInTheOrderOfTheirPathsWhateverTheOrderGiven() {
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("z.cailiang", standard("zz", "unit")), new SourceFile("a.cailiang", standard("aa", "unit")),
        new SourceFile("m.cailiang", standard("mm", "unit"))));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of("aa", "mm", "zz"), compilation.standards().stream().map(Standard::id).toList());
    assertEquals(List.of("a.cailiang", "m.cailiang", "z.cailiang"),
        compilation.sources().keySet().stream().sorted().toList());
  }

  @Test
  void theSummaryCountsErrorsAndWarningsInTheSingularAndPlural() {
    Compilation clean = StandardCompiler.compileSources(List.of(new SourceFile("a.cailiang", standard("aa", "unit"))));
    assertEquals("0 errors, 0 warnings", clean.summary());
    assertEquals("", clean.render());
    String oneError = standard("aa", "unit").replace("otherwise { warning }", "otherwise { fine nobody 1..2 }");
    Compilation one = StandardCompiler.compileSources(List.of(new SourceFile("a.cailiang", oneError)));
    assertEquals("1 error, 0 warnings", one.summary());
    assertEquals(1, one.count(Severity.ERROR));
    String twoErrors = oneError.replace("basis a1", "basis a9");
    Compilation two = StandardCompiler.compileSources(List.of(new SourceFile("a.cailiang", twoErrors)));
    assertEquals("2 errors, 0 warnings", two.summary());
    String oneWarning = standard("aa", "unit").replace("basis a1", "basis a1\n    duty a1");
    Compilation warned = StandardCompiler.compileSources(List.of(new SourceFile("a.cailiang", oneWarning)));
    assertEquals("0 errors, 1 warning", warned.summary());
    assertFalse(warned.hasErrors());
    assertEquals(1, warned.count(Severity.WARNING));
  }
}
