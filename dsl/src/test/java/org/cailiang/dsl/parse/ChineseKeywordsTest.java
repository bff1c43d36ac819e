package org.cailiang.dsl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** Every keyword has one Chinese form, documented, that lexes as one word and means it. */
class ChineseKeywordsTest {
  private static final Path LANGUAGE = Path.of("../docs/language.md");

  @Test
  void everyKeywordHasADistinctChineseFormThatLexesAsOneWord() {
    Set<String> seen = new HashSet<>();
    for (int type = 1; type <= CailiangLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = CailiangLexer.VOCABULARY.getLiteralName(type);
      if (literal == null || !literal.matches("'[a-z][a-z-]*'")) {
        continue;
      }
      String chinese = ChineseKeywords.chinese(type).orElse(null);
      assertTrue(chinese != null, literal + " has no Chinese form");
      assertTrue(seen.add(chinese), chinese + " is used twice");
      List<? extends Token> tokens = new FastLexer(CharStreams.fromString(chinese)).getAllTokens();
      assertEquals(1, tokens.size(), chinese);
      assertEquals(CailiangLexer.ID, tokens.get(0).getType(), chinese);
      assertEquals(type, ChineseKeywords.typeOf(chinese).orElseThrow());
    }
    assertEquals(seen.size(), ChineseKeywords.all().size());
  }

  @Test
  void theKeywordTableInTheLanguageReferenceListsEveryPair() throws IOException {
    String doc = Files.readString(LANGUAGE, StandardCharsets.UTF_8);
    ChineseKeywords.all().forEach((type, chinese) -> {
      String english = ChineseKeywords.english(type).orElseThrow();
      assertTrue(doc.lines().anyMatch(line -> line.startsWith("| `") && line.contains("`" + english + "`")
          && line.contains("`" + chinese + "`")), english + " / " + chinese + " missing from the table");
    });
  }

  @Test
  void theExampleOfTheLanguageReferenceCompilesWithoutFindings() throws IOException {
    String doc = Files.readString(LANGUAGE, StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## 19."));
    int start = section.indexOf("```\n") + 4;
    String example = section.substring(start, section.indexOf("```", start));
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("zh.cailiang", example)));
    assertEquals("", compilation.render());
    assertEquals(1, compilation.standards().size());
  }
}
