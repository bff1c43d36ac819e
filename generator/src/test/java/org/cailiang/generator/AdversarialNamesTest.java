package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Names that are Java keywords or clash with the members the generator writes, and texts that
 * try to break out of string literals and comments: the Java still compiles under -Werror and
 * keeps every text intact.
 */
class AdversarialNamesTest {
  static final String TEXT = "\" \\ */ /* \\u000a \\u0022 $ $S <script>]]> \n第二行 \u202e反向\u200b零宽\ufeff {@code x} @param";

  @Test
  void keywordsClashingNamesAndHostileTextsCompileAndSurvive() throws Exception {
    String quoted = TEXT.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    String source = """
        standard C00001Violation "TEXT" {
          authority "TEXT"
        }
        party CODES "TEXT"
        party codes "小写"
        regulation class "TEXT" {
          article int "第一条" "TEXT"
          violation C00001 "TEXT" {
            text "TEXT"
            basis int
            fact facts "TEXT": enum { values "TEXT", valueOf "二", _ "三", ordinal "四" }
            fact code "编码": bool
            fact index "序号": int
            fact evaluate "求值": amount
            fact hashCode "哈希": bool
            suppress "no-statute" "测试"
            suppress "text-mismatch" "测试"
            tier INSTANCES "TEXT" when facts == values and code {
              fine CODES, codes each 1..2 times evaluate
              text "TEXT"
            }
            tier T2 "其他" otherwise {
              order "TEXT"
              refer "TEXT"
            }
          }
        }
        """.replace("TEXT", quoted);
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("hostile.cailiang", source)));
    assertEquals(false, compilation.hasErrors(), compilation.render());
    List<GeneratedFile> files = new JavaGenerator("test.hostile").generate(compilation.standards());
    for (GeneratedFile file : files) {
      assertEquals(-1, file.content().indexOf('\u202e'), "no raw bidirectional override in " + file.path());
    }
    Standards standards = Standards.load(InMemoryJavac.compile(files));
    Decision decision = standards.evaluate("C00001",
        Map.of("facts", "values", "code", true, "index", 3, "evaluate", "100", "hashCode", false));
    assertEquals("C00001INSTANCES", decision.tierCode());
    assertEquals(TEXT, decision.circumstance());
    assertEquals(TEXT, decision.officialText());
    assertEquals(TEXT, decision.citations().get(0).text());
    assertEquals(TEXT, decision.citations().get(0).regulation());
    Decision other = standards.evaluate("C00001",
        Map.of("facts", "二", "code", true, "index", 0, "evaluate", "0", "hashCode", true));
    assertEquals(TEXT, other.sanctions().get(0).toChinese());
    assertEquals(TEXT, standards.standards().get(0).title());
  }
}
