package org.cailiang.dsl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.junit.jupiter.api.Test;

/** What the texts of a standard say once decoded: escapes, and text blocks without indentation. */
class StringLiteralsTest {
  private static Standard standard(String articleText, String tierText) {
    String source = """
        standard s "小标准" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" %s
          violation X00001 "行为" {
            basis a1
            tier B010 "一般" otherwise {
              fine unit 100..200
              text %s
            }
          }
        }
        """.formatted(articleText, tierText);
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source)));
    assertEquals(List.of(), compilation.diagnostics().stream().filter(d -> d.check().contains("string")
        || d.check().contains("escape")).toList(), compilation.render());
    return compilation.standards().get(0);
  }

  private static String articleText(Standard standard) {
    return standard.regulations().get(0).articles().get(0).text();
  }

  private static Tier tier(Standard standard) {
    return standard.violations().get(0).tiers().get(0);
  }

  @Test
  void escapesInAStringAreDecoded() {
    Standard standard = standard("\"罚则。\"", "\"甲\\t乙\\n丙\\\"丁\\\\戊\\u{4E00}\\u{1F600}\"");
    assertEquals("甲\t乙\n丙\"丁\\戊一\uD83D\uDE00", tier(standard).text());
  }

  @Test
  void aTextBlockLosesItsIndentationAndTheLineBreaksNextToItsQuotes() {
    Standard standard = standard("\"\"\"\n    第一行\n      缩进的第二行\n    \"\"\"", "\"\"");
    assertEquals("第一行\n  缩进的第二行", articleText(standard));
  }

  @Test
  void aTextBlockOnOneLineIsKeptAsWritten() {
    Standard standard = standard("\"\"\"罚则。\"\"\"", "\"\"");
    assertEquals("罚则。", articleText(standard));
  }

  @Test
  void aTextBlockEndingInBlankLinesLosesThem() {
    Standard standard = standard("\"\"\"\n  罚则。\n\n\n  \"\"\"", "\"\"");
    assertEquals("罚则。", articleText(standard));
  }

  @Test
  void anEmptyTextBlockIsEmpty() {
    assertEquals("", articleText(standard("\"\"\"\"\"\"", "\"\"")));
  }
}
