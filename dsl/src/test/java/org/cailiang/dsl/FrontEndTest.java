package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as they arrive in practice: several at once, broken, binary, or in other encodings. */
class FrontEndTest {
  private static final String SMALL = """
      standard s "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "罚则。"
        violation X00001 "行为" {
          basis a1
          tier B010 "一般" otherwise { fine unit 100..200 }
        }
      }
      """;

  @Test
  void codesMustBeUniqueAcrossTheFilesOfOneBuild() {
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("a.cailiang", SMALL), new SourceFile("b.cailiang", SMALL.replace("standard s", "standard t"))));
    List<Diagnostic> diagnostics = compilation.diagnostics();
    assertEquals(2, diagnostics.size(), compilation.render());
    assertEquals("b.cailiang:6:13: error: 编码 X00001 重复（首次出现于 a.cailiang:6:13）", diagnostics.get(0).toString());
    assertEquals("b.cailiang:8:10: error: 编码 X00001B010 重复（首次出现于 a.cailiang:8:10）", diagnostics.get(1).toString());
  }

  @Test
  void standardIdsMustBeUniqueAcrossTheFilesOfOneBuild() {
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("a.cailiang", SMALL), new SourceFile("b.cailiang", SMALL.replace("X00001", "X00002"))));
    assertEquals(List.of("b.cailiang:1:10: error: 标准 s 重复（首次声明于 a.cailiang:1:10）"),
        compilation.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void rendersTheSourceLineAndACaretUnderWideCharacters() {
    String source = SMALL.replace("fine unit 100", "fine 单位 100");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source)));
    assertEquals("""
        s.cailiang:8:37: error: 未声明的当事人 单位；已声明：unit「单位」 [unknown-party]
            tier B010 "一般" otherwise { fine 单位 100..200 }
                                              ^~~~
        1 error, 0 warnings
        """, compilation.render());
  }

  @Test
  void crlfLineEndsAndAByteOrderMarkChangeNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crlf.cailiang");
    byte[] body = SMALL.replace("\n", "\r\n").replace("fine unit", "fine nobody").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(file, withBom);
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    assertEquals(1, compilation.diagnostics().size(), compilation.render());
    assertEquals("crlf.cailiang:8:37: error: 未声明的当事人 nobody；已声明：unit「单位」",
        compilation.diagnostics().get(0).toString());
  }

  @Test
  void gbkBytesAreReportedAtTheirPosition(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gbk.cailiang");
    Files.write(file, "standard s \"罚款\" {\n}\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    Compilation compilation = StandardCompiler.compile(List.of(file), dir);
    assertEquals(1, compilation.diagnostics().size());
    Diagnostic diagnostic = compilation.diagnostics().get(0);
    assertEquals("encoding", diagnostic.check());
    assertEquals(1, diagnostic.span().line());
    assertEquals(13, diagnostic.span().column());
  }

  @Test
  void directoriesAndMissingFilesAreDiagnosticsNotExceptions(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.cailiang"));
    Compilation compilation = StandardCompiler.compile(List.of(folder, dir.resolve("missing.cailiang")), dir);
    assertEquals(List.of("folder.cailiang:1:1: error: 这是一个目录，不是源文件", "missing.cailiang:1:1: error: 文件不存在"),
        compilation.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  /** Found by the fresh-clone check: a loop read as 文件不存在, "" as 这是一个目录. */
  @Test
  void aLinkLoopADanglingLinkAndAnEmptyNameSayWhatTheyAre(@TempDir Path dir) throws Exception {
    Files.createSymbolicLink(dir.resolve("loop1.cailiang"), dir.resolve("loop2.cailiang"));
    Files.createSymbolicLink(dir.resolve("loop2.cailiang"), dir.resolve("loop1.cailiang"));
    Files.createSymbolicLink(dir.resolve("dangling.cailiang"), dir.resolve("nowhere.cailiang"));
    Compilation compilation = StandardCompiler.compile(
        List.of(dir.resolve("loop1.cailiang"), dir.resolve("dangling.cailiang")), dir);
    assertEquals(List.of("dangling.cailiang:1:1: error: 符号链接指向的文件不存在，或链接循环指向自身",
        "loop1.cailiang:1:1: error: 符号链接指向的文件不存在，或链接循环指向自身"),
        compilation.diagnostics().stream().map(Diagnostic::toString).toList());
    org.cailiang.dsl.diag.Diagnostics diagnostics = new org.cailiang.dsl.diag.Diagnostics();
    assertTrue(org.cailiang.dsl.parse.SourceReader.read(Path.of(""), "", diagnostics).isEmpty());
    assertEquals(":1:1: error: 文件名为空", diagnostics.sorted().get(0).toString());
  }

  @Test
  void everyPrefixOfTheBeijingStandardEndsInDiagnosticsNotExceptions() throws Exception {
    String beijing = Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
    for (int end = 0; end < beijing.length(); end += 97) {
      Compilation compilation = StandardCompiler.compileSources(
          List.of(new SourceFile("cut.cailiang", beijing.substring(0, end))));
      assertTrue(compilation.hasErrors(), "a cut at " + end + " should not compile");
      compilation.render(); // rendering must not fail either
    }
  }

  /** The pieces random sources are made of: the language's tokens, good and bad. */
  private static final String[] TOKENS = {
    "standard", "party", "regulation", "article", "violation", "basis", "duty", "fact", "statute",
    "tier", "case", "expect", "at", "when", "otherwise", "and", "or", "not", "in", "true", "false",
    "fine", "each", "times", "of", "warning", "criticism", "order", "confiscate", "detain", "days",
    "licence", "suspend", "revoke", "refer", "exempt", "either", "optional", "priority", "mitigated",
    "suppress", "text", "enum", "bool", "amount", "int", "unit", "X00001", "B010", "a1", "reg",
    "{", "}", "(", ")", ",", ";", ":", "=", "==", "!=", "<", "<=", ">", ">=", "..", "%", ".",
    "0", "1", "500", "1.5", "1万", "3万", "2亿", "99999999999999999999999999999999999",
    "\"单位\"", "\"罚款\"", "\"未闭合", "\"\"\"\n  多行\n  \"\"\"", "\"\\t\\u{4E00}\"",
    "\"\\q\"", "// 注释", "/* 注释 */", "/*", "第一条", "、", "（", "）", "\n", " ", "\t", "\u00A0", "😀",
  };

  @Test
  void randomSourcesMadeOfTheLanguagesTokensEndInDiagnosticsNotExceptions() {
    Random random = new Random(42);
    int reachedTheParser = 0;
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(80); n > 0; n--) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      if (i % 10 == 0) { // now and then a byte that is not UTF-8 at a random place
        bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
      }
      var diagnostics = new org.cailiang.dsl.diag.Diagnostics();
      var source = org.cailiang.dsl.parse.SourceReader.decode(bytes, "random.cailiang", diagnostics);
      if (source.isEmpty()) {
        assertEquals("encoding", diagnostics.sorted().get(0).check());
        continue;
      }
      reachedTheParser++;
      Compilation compilation = StandardCompiler.compileSources(List.of(source.get()));
      assertTrue(compilation.hasErrors(), "random input " + i + " compiled:\n" + source.get().text());
      assertDiagnosticsPointIntoTheSource(compilation, source.get().text());
    }
    assertEquals(180, reachedTheParser, "every input but the 20 with a 0xFF byte is valid UTF-8");
  }

  @Test
  void editsOfTheBeijingStandardEndInDiagnosticsNotExceptions() throws Exception {
    String beijing = Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
    // The general part it uses (uses xzcff), unedited: else every edit would "break" it.
    SourceFile general = new SourceFile("xzcff.cailiang",
        Files.readString(Path.of("../examples/src/main/cailiang/xzcff.cailiang")));
    Random random = new Random(7);
    int broken = 0;
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder(beijing);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + random.nextInt(40));
        switch (random.nextInt(3)) {
          case 0 -> text.delete(at, end);
          case 1 -> text.insert(at, text.substring(at, end));
          default -> text.replace(at, end, TOKENS[random.nextInt(TOKENS.length)]);
        }
      }
      Compilation compilation = StandardCompiler.compileSources(
          List.of(new SourceFile("edited.cailiang", text.toString()), general));
      if (compilation.hasErrors()) {
        broken++;
      }
      assertDiagnosticsPointIntoTheSource(compilation, text.toString());
    }
    // Edits inside an article's text change nothing the compiler checks; most others break it.
    assertTrue(broken >= 25, "most edits break the standard, " + broken + " of 40 did");
  }

  /** Every diagnostic is at a line of the source, and all of them render with a caret. */
  private static void assertDiagnosticsPointIntoTheSource(Compilation compilation, String text) {
    int lines = text.split("\n", -1).length;
    for (Diagnostic diagnostic : compilation.diagnostics()) {
      assertTrue(diagnostic.span().line() >= 1 && diagnostic.span().line() <= lines, diagnostic.toString());
      assertTrue(diagnostic.span().column() >= 1, diagnostic.toString());
    }
    String rendered = compilation.render();
    assertEquals(compilation.diagnostics().isEmpty(), rendered.isEmpty());
  }

  @Test
  void deepNestingIsADiagnostic() {
    String deep = "(".repeat(20_000) + "harm" + ")".repeat(20_000);
    String source = SMALL.replace("otherwise", "when " + deep).replace("basis a1", "basis a1\n fact harm: bool");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("deep.cailiang", source)));
    assertTrue(compilation.hasErrors());
    assertEquals("too-deep", compilation.diagnostics().get(0).check());
    // At the parenthesis that crosses the limit, on every run: counted, not a stack overflow.
    assertEquals(9, compilation.diagnostics().get(0).span().line());
    assertEquals("    tier B010 \"一般\" when ".length() + 1 + 100, compilation.diagnostics().get(0).span().column());
  }
}
