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
    assertTrue(error.endsWith("（是否应为 'tier'？）"), error);
    assertTrue(errorAt("tierxx").endsWith("（是否应为 'tier'？）"), "two edits away");
    assertTrue(errorAt("tiers").endsWith("（是否应为 'tier'？）"), "one insertion");
    assertTrue(errorAt("factt").endsWith("（是否应为 'fact'？）"), "another keyword");
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
}
