package org.cailiang.dsl.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.parse.CailiangParser;
import org.cailiang.dsl.parse.ChineseKeywords;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.dsl.parse.SyntaxTree;
import org.junit.jupiter.api.Test;

/**
 * The formatter loses nothing (every token but keywords keeps its text, every comment stays),
 * reaches its fixed point in one pass, and converts keywords both ways without touching names.
 */
class FormatterTest {

  @Test
  void everySourceFileOfTheRepositoryKeepsItsTokensAndIsFormattedInOnePass() throws IOException {
    int formatted = 0;
    for (Path file : repositorySources()) {
      SourceFile source = new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      for (KeywordSet keywords : KeywordSet.values()) {
        Optional<String> once = format(source, keywords);
        if (once.isEmpty()) {
          continue; // a file with syntax errors (the error tests) is not formatted
        }
        formatted++;
        assertEquals(signature(source.text()), signature(once.get()), file + " " + keywords);
        assertEquals(once.get(), format(new SourceFile(file.toString(), once.get()), keywords).orElseThrow(),
            file + " is not formatted in one pass with " + keywords);
      }
    }
    assertTrue(formatted > 100, "formatted " + formatted);
  }

  @Test
  void theExamplesComeBackByteForByteThroughTheOtherKeywordSet() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/src/main/cailiang"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".cailiang")).toList()) {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String chinese = format(new SourceFile(file.toString(), original), KeywordSet.ZH).orElseThrow();
        assertFalse(chinese.contains("violation "), file.toString());
        String english =
            format(new SourceFile(file.toString(), original), KeywordSet.EN).orElseThrow();
        assertNotEquals(chinese, english, file.toString());
        // pipl66 is written in Chinese keywords and comes back from English, the others from Chinese.
        SourceFile other = new SourceFile(file.toString(), original.equals(chinese) ? english : chinese);
        KeywordSet written = original.equals(chinese) ? KeywordSet.ZH : KeywordSet.EN;
        String back = format(other, written).orElseThrow();
        assertEquals(original, back, file.toString());
      }
    }
  }

  @Test
  void namesSpeltLikeKeywordsStayNames() {
    String source = """
        standard s "名称" {
        }
        party 罚款 "单位"
        party fine "个人"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation X1 "行为" {
            basis a1
            fact 警告 "已警告": bool
            tier B1 "一般" when 警告 { fine 罚款, fine each 1..2 }
            tier B2 "其他" otherwise { warning }
          }
        }
        """;
    String chinese = format(new SourceFile("s.cailiang", source), KeywordSet.ZH).orElseThrow();
    assertTrue(chinese.contains("当事人 罚款 \"单位\"\n当事人 fine \"个人\""), chinese);
    assertTrue(chinese.contains("阶次 B1 \"一般\" 当 警告 { 罚款 罚款, fine 各 1..2 }"), chinese);
    assertEquals(source, format(new SourceFile("s.cailiang", chinese), KeywordSet.EN).orElseThrow());
  }

  @Test
  void layoutIsNormalisedAndCommentsAreKept() {
    String source = "standard  s \"x\"{ // 标题\n"
        + "      authority   \"机关\"\n\n\n\n"
        + "/* 块\n   注释 */ region \"地区\"\n"
        + "}\n"
        + "party p \"当事人\"  organization\n"
        + "regulation r \"r\" {\n article a1 \"一\" \"二\"\n violation X1..X3 \"v\" {\n basis a1\n"
        + " fact f \"f\" : amount\n"
        + "tier B1 \"一\" when f >= 1万 and not ( f in { 1 , 2 } ) {\n"
        + "  fine p 1 .. 2 ; warning\n"
        + "    }\n"
        + "  tier B2 \"二\"\n  otherwise { fine p .. 2 }\n"
        + " }\n}";
    String expected = "standard s \"x\" {  // 标题\n"
        + "  authority \"机关\"\n\n"
        + "  /* 块\n   注释 */ region \"地区\"\n"
        + "}\n"
        + "party p \"当事人\" organization\n"
        + "regulation r \"r\" {\n  article a1 \"一\" \"二\"\n  violation X1..X3 \"v\" {\n    basis a1\n"
        + "    fact f \"f\": amount\n"
        + "    tier B1 \"一\" when f >= 1万 and not (f in {1, 2}) {\n"
        + "      fine p 1..2; warning\n"
        + "    }\n"
        + "    tier B2 \"二\"\n      otherwise { fine p ..2 }\n"
        + "  }\n}\n";
    assertEquals(expected, format(new SourceFile("s.cailiang", source), KeywordSet.AS_WRITTEN).orElseThrow());
  }

  @Test
  void fullWidthPunctuationKeepsItsPlace() {
    String source = "标准 s \"x\" {\n}\n当事人 p \"甲\"\n当事人 q \"乙\"\n法规 r \"r\" {\n  条 a1 \"一\" \"二\"\n"
        + "  违法行为 X1 \"v\" {\n    依据 a1\n    事实 f \"f\"：金额\n"
        + "    阶次 B1 \"一\" 当 非 （ f > 1 ） { 罚款 p 、 q 各 1..2 ； 警告 }\n"
        + "    阶次 B2 \"二\" 其他情形 { 警告 }\n  }\n}\n";
    String formatted = format(new SourceFile("s.cailiang", source), KeywordSet.AS_WRITTEN).orElseThrow();
    assertTrue(formatted.contains("事实 f \"f\"：金额\n"), formatted);
    assertTrue(formatted.contains("当 非（f > 1）{ 罚款 p、q 各 1..2；警告 }"), formatted);
    assertEquals(StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source))).render(),
        StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", formatted))).render());
  }

  @Test
  void aFileWithSyntaxErrorsIsNotFormatted() {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(Formatter.format(new SourceFile("s.cailiang", "standard s \"x\" {\n  tier\n}\n"),
        KeywordSet.ZH, diagnostics).isEmpty());
    assertTrue(diagnostics.hasErrors());
  }

  private static Optional<String> format(SourceFile source, KeywordSet keywords) {
    return Formatter.format(source, keywords, new Diagnostics());
  }

  private static List<Path> repositorySources() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(".."))) {
      return walk.filter(p -> p.toString().endsWith(".cailiang") && Files.isRegularFile(p))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .sorted().toList();
    }
  }

  /**
   * What must survive formatting: each token's type, its text unless it is a keyword (names spelt
   * like keywords included), and every line comment; not whitespace.
   */
  private static List<String> signature(String text) {
    SyntaxTree syntax = StandardParser.syntaxTree(new SourceFile("s", text), new Diagnostics()).orElseThrow();
    Set<Integer> names = new HashSet<>();
    Set<Integer> words = new HashSet<>();
    collectNames(syntax.tree(), names, words);
    List<String> items = new ArrayList<>();
    for (Token token : syntax.tokens()) {
      boolean keyword = ChineseKeywords.chinese(token.getType()).isPresent()
          && !names.contains(token.getTokenIndex());
      // A procedure's or combination rule's word converts like a keyword: the same in either form.
      String written = words.contains(token.getTokenIndex()) ? word(token.getText()) : token.getText();
      items.add(token.getType() + (keyword ? "" : ":" + written));
    }
    text.lines().map(String::strip).filter(line -> line.contains("//"))
        .map(line -> line.substring(line.indexOf("//"))).forEach(items::add);
    return items;
  }

  private static void collectNames(ParseTree node, Set<Integer> names, Set<Integer> words) {
    if (node instanceof CailiangParser.ProcedureMemberContext procedure) {
      words.add(procedure.kind.getStart().getTokenIndex());
    } else if (node instanceof CailiangParser.CaseProcedureContext procedure) {
      words.add(procedure.kind.getStart().getTokenIndex());
    } else if (node instanceof CailiangParser.CombineMemberContext combine) {
      words.add(combine.choice.getStart().getTokenIndex());
    }
    if (node instanceof CailiangParser.IdentContext ident) {
      names.add(ident.getStart().getTokenIndex());
    } else if (node instanceof ParserRuleContext context) {
      for (int i = 0; i < context.getChildCount(); i++) {
        collectNames(context.getChild(i), names, words);
      }
    }
  }

  private static String word(String written) {
    return org.cailiang.dsl.model.Combination.Rule.of(written)
        .map(org.cailiang.dsl.model.Combination.Rule::keyword)
        .or(() -> org.cailiang.dsl.model.ProcedureRule.Procedure.of(written)
            .map(org.cailiang.dsl.model.ProcedureRule.Procedure::keyword))
        .orElse(written);
  }

  @Test
  void procedureAndCombinationWordsConvertWithTheKeywords() {
    String source = "general g \"总则\" {\n"
        + "  combine heavier_first\n"
        + "  procedure hearing fine >= 1万 basis \"第六十三条\"\n"
        + "  procedure collective basis \"第五十七条\"\n"
        + "}\n";
    String chinese = format(new SourceFile("g.cailiang", source), KeywordSet.ZH).orElseThrow();
    assertTrue(chinese.contains("合并 先从重\n  程序 听证 罚款 >= 1万 依据 \"第六十三条\"\n  程序 集体讨论"),
        chinese);
    assertEquals(source, format(new SourceFile("g.cailiang", chinese), KeywordSet.EN).orElseThrow());
    assertEquals(chinese, format(new SourceFile("g.cailiang", chinese), KeywordSet.AS_WRITTEN).orElseThrow());
  }
}
