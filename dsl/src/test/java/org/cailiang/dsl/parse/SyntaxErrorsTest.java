package org.cailiang.dsl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** Syntax errors in words: what was found, what was expected, and the keyword that was meant. */
class SyntaxErrorsTest {
  /** The first error when {@code word} stands where a violation's tier should. */
  private static String errorAt(String word) {
    String source = """
        standard s "小标准" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "罚则。"
          violation X00001 "行为" {
            basis a1
            %s B010 "一般" otherwise { fine unit 100..200 }
          }
        }
        """.formatted(word);
    return StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source)))
        .diagnostics().get(0).toString();
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, SyntaxErrors.distance("tier", "tier"));
    assertEquals(1, SyntaxErrors.distance("tierr", "tier"));
    assertEquals(1, SyntaxErrors.distance("tie", "tier"));
    assertEquals(1, SyntaxErrors.distance("tiar", "tier"));
    assertEquals(2, SyntaxErrors.distance("teir", "tier"));
    assertEquals(3, SyntaxErrors.distance("", "abc"));
    assertEquals(3, SyntaxErrors.distance("abc", ""));
    assertEquals(3, SyntaxErrors.distance("kitten", "sitting"));
    assertEquals(4, SyntaxErrors.distance("violation", "viola"));
  }

  @Test
  void aMisspeltKeywordIsSuggested() {
    String error = errorAt("tierr");
    assertTrue(error.startsWith("s.cailiang:8:5: error: 语法错误：此处不能是 'tierr'，应为 "), error);
    assertTrue(error.endsWith("（是否应为 'tier'/'阶次'？）"), error);
    assertTrue(errorAt("tierxx").endsWith("（是否应为 'tier'/'阶次'？）"), "two edits away");
    assertTrue(errorAt("tiers").endsWith("（是否应为 'tier'/'阶次'？）"), "one insertion");
    assertTrue(errorAt("factt").endsWith("（是否应为 'fact'/'事实'？）"), "another keyword");
  }

  @Test
  void aWordFarFromEveryKeywordGetsNoSuggestion() {
    String error = errorAt("zzzzzz");
    assertTrue(error.startsWith("s.cailiang:8:5: error: 语法错误：此处不能是 'zzzzzz'，应为 "), error);
    assertFalse(error.contains("是否应为"), error);
    assertFalse(errorAt("tzzzzr").contains("是否应为"), "three edits away is too far");
  }

  @Test
  void aLongTokenIsShortenedInTheMessage() {
    String error = errorAt("a".repeat(40));
    assertTrue(error.contains("此处不能是 '" + "a".repeat(27) + "...'，"), error);
    assertTrue(errorAt("a".repeat(30)).contains("此处不能是 '" + "a".repeat(30) + "'，"));
  }

  private static List<String> errors(String source) {
    return StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source)))
        .diagnostics().stream().map(Object::toString).toList();
  }

  private static final String HEAD = "standard s \"x\" {\n}\nparty unit \"单位\"\n";
  private static final String VIOLATION =
      HEAD + "regulation r \"r\" {\n article a1 \"一\" \"二\"\n violation X1 \"v\" {\n basis a1\n";

  @Test
  void theExpectedKindOfTokenIsNamed() {
    assertEquals(List.of("s.cailiang:1:12: error: 语法错误：此处不能是 '5'，应为 字符串"), errors("standard s 5 {\n}\n"));
    assertEquals(List.of("s.cailiang:3:7: error: 语法错误：此处不能是 '5'，应为 名称"),
        errors("standard s \"x\" {\n}\nparty 5 \"单位\"\n"));
    assertEquals(List.of("s.cailiang:8:35: error: 语法错误：此处不能是 'x'，应为 数字"),
        errors(VIOLATION + " tier B1 \"t\" otherwise { priority x\n fine unit 1..2 }\n }\n}\n"));
  }

  @Test
  void aReservedWordCannotBeAName() {
    assertEquals(List.of("s.cailiang:3:7: error: 语法错误：'when' 是保留字，不能用作名称；请换一个名称（如 when_ 或中文名称）"),
        errors("standard s \"x\" {\n}\nparty when \"单位\"\n"));
    assertEquals(List.of(), errors("standard s \"x\" {\n}\nparty tier \"单位\"\n"), "a keyword that may be a name");
  }

  @Test
  void theEndOfTheFileIsNamedWhetherFoundOrExpected() {
    assertEquals(List.of("s.cailiang:10:1: error: 语法错误：此处不能是 文件结束，应为 'article'/'条'、'document'/'文号'、'effective'/'施行'、'fine-limit'/'罚款限额'、'level'/'位阶'、'published'/'公布'、'repealed'/'废止'、'replaces'/'替换' 或 ……"),
        errors(VIOLATION + " tier B1 \"t\" otherwise { fine unit 1..2 }\n }\n"));
    assertEquals(List.of("s.cailiang:11:1: error: 语法错误：此处不能是 '}'，应为 文件结束、'general'/'总则'、'party'/'当事人' 或 'regulation'/'法规'"),
        errors(VIOLATION + " tier B1 \"t\" otherwise { fine unit 1..2 }\n }\n}\n}\n"));
  }

  @Test
  void aMissingTokenIsNamedBeforeTheTokenFound() {
    assertEquals(List.of("s.cailiang:8:47: error: 语法错误：缺少 名称（在 '}' 之前）"),
        errors(VIOLATION + " tier B1 \"t\" otherwise { fine unit 1..2 times }\n }\n}\n"));
  }

  @Test
  void aLongListOfExpectedTokensIsCutAfterEight() {
    assertEquals("s.cailiang:8:2: error: 语法错误：此处不能是 'tierr'，应为 'basis'/'依据'、'case'/'用例'、'circumstance'/'情节'、"
        + "'duty'/'违反'、'exclusive'/'互斥'、'fact'/'事实'、'implements'/'实施'、'refer'/'移送' 或 ……（是否应为 'tier'/'阶次'？）",
        errors(VIOLATION + " tierr B1 \"t\" otherwise { fine unit 1..2 }\n }\n}\n").get(0));
  }

  @Test
  void everyPhraseWithAHintGetsItWhereItStands() {
    Slips.PHRASES.forEach((phrase, hint) -> {
      String error = errorAt(phrase);
      assertTrue(error.startsWith("s.cailiang:8:5: error: 语法错误：此处不能是 '" + phrase + "'，应为 "), error);
      assertTrue(error.contains("；提示：" + hint), error);
    });
  }
}
