package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /**
   * A general part's file next to the standard, with a syntax error: its own error is reported,
   * and the standard's says the file is there (found by the fresh-clone check: it said there was
   * no such file).
   */
  @Test
  void aGeneralPartsFileWithErrorsIsNotCalledMissing(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    String beijing = java.nio.file.Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
    java.nio.file.Files.writeString(dir.resolve("b.cailiang"), beijing.replace("uses xzcff", "uses g"));
    java.nio.file.Files.writeString(dir.resolve("g.cailiang"), "general g \"总则\" {\n  oops\n}\n");
    Compilation compilation = StandardCompiler.compile(List.of(dir.resolve("b.cailiang")), dir);
    List<String> found = compilation.diagnostics().stream().map(Object::toString).toList();
    org.junit.jupiter.api.Assertions.assertTrue(found.stream().anyMatch(d -> d.startsWith("g.cailiang:2:3: error: 语法错误")),
        found.toString());
    org.junit.jupiter.api.Assertions.assertTrue(found.stream().anyMatch(d -> d.contains(
        "未知的总则 g：同时编译的文件中没有 general g；使用它的标准旁的文件 ")
        && d.contains("g.cailiang 没有声明它，或者有错误（见该文件的报错）")), found.toString());
  }

  /**
   * Hostile check: a general part's file that is not UTF-8 was called missing. Integrator's
   * review: the standard copied alone gave its one real error and then five "no general part
   * applies" for its cases, which only repeated it.
   */
  @Test
  void aGeneralPartsFileThatCannotBeReadIsNotCalledMissingNorRepeatedPerCase(
      @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
    String beijing = java.nio.file.Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
    java.nio.file.Files.writeString(dir.resolve("b.cailiang"), beijing);
    Compilation alone = StandardCompiler.compile(List.of(dir.resolve("b.cailiang")), dir);
    assertEquals(List.of("unknown-general"), alone.diagnostics().stream().map(d -> d.check()).toList(),
        alone.render());
    assertTrue(alone.diagnostics().get(0).toString().contains("使用它的标准旁也没有文件 "), alone.render());
    java.nio.file.Files.write(dir.resolve("xzcff.cailiang"), new byte[] {'g', ' ', (byte) 0xff, '\n'});
    Compilation unreadable = StandardCompiler.compile(List.of(dir.resolve("b.cailiang")), dir);
    assertEquals(List.of("unknown-general", "encoding"),
        unreadable.diagnostics().stream().map(d -> d.check()).toList(), unreadable.render());
    assertTrue(unreadable.diagnostics().get(0).toString().contains("没有声明它，或者有错误（见该文件的报错）"),
        unreadable.render());
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
