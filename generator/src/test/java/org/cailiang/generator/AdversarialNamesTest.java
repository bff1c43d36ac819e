package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /**
   * Hostile check: a standard named {@code string} was generated as {@code String.java}, which
   * shadowed java.lang.String for every other generated file in the package (43 errors); so did
   * {@code override}, {@code boolean} and {@code long}. Such a standard is named {@code
   * StringStandard}, and all of them compile together.
   */
  @Test
  void standardsNamedAfterJavaLangTypesDoNotShadowThem() throws Exception {
    String base = """
        party individual "个人" person
        regulation rID "某某条例" {
          level 法律
          article a1 "第一条" "违反本条例的，处100元以上1000元以下罚款。"
          violation CODE "某违法行为" {
            basis a1
            fact serious "情节严重": bool
            statute {
              fine individual 100..1000
            }
            tier A010 "一般" when not serious {
              fine individual 100..500
              text "处100元以上500元以下罚款。"
            }
            tier A020 "严重" when serious {
              fine individual 500..1000
              text "处500元以上1000元以下罚款。"
            }
          }
        }
        """;
    List<SourceFile> sources = new java.util.ArrayList<>();
    String[] ids = {"string", "override", "boolean", "long", "other"};
    for (int i = 0; i < ids.length; i++) {
      sources.add(new SourceFile(ids[i] + ".cailiang", "standard " + ids[i] + " \"标准" + i + "\" {\n}\n"
          + base.replace("rID", "r" + i).replace("CODE", "X0000" + i)));
    }
    Compilation compilation = StandardCompiler.compileSources(sources);
    assertEquals(false, compilation.hasErrors(), compilation.render());
    List<GeneratedFile> files = new JavaGenerator("test.lang").generate(compilation.standards());
    List<String> paths = files.stream().map(GeneratedFile::path).toList();
    assertTrue(paths.contains("test/lang/StringStandard.java") && paths.contains("test/lang/OverrideStandard.java")
        && paths.contains("test/lang/BooleanStandardParties.java") && !paths.contains("test/lang/String.java"),
        paths.toString());
    Standards standards = Standards.load(InMemoryJavac.compile(files));
    assertEquals("X00004A020", standards.evaluate("X00004", Map.of("serious", "是")).tierCode());
  }

  @Test
  void keywordsClashingNamesAndHostileTextsCompileAndSurvive() throws Exception {
    // The bidirectional override as the language's escape: raw, check refuses it (hidden-text);
    // the text compiled holds it all the same.
    String quoted = TEXT.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\u202e", "\\u{202E}");
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

  /**
   * Names that would hide a type where generated code names it in an expression: a code spelled
   * as the standard's class ({@code X00001.ID}), facts spelled as runtime types
   * ({@code FactChecks.present(…)}), a code spelled as a runtime type.
   */
  @Test
  void membersNeverHideTheTypesTheCodeCalls() throws Exception {
    String source = """
        standard x00001 "同名" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款。"
          violation X00001 "与标准同名" {
            basis a1
            fact FactChecks "甲": bool
            fact BigDecimal "乙": amount
            fact FactReader "丙": int
            suppress "confiscate-income" "测试"
            statute { fine unit ..1000 }
            tier B010 "是" when FactChecks and BigDecimal > 0 and FactReader > 1 { fine unit ..1000 }
            tier B020 "否" otherwise { fine unit ..500 }
          }
          violation Codes "与运行时的类同名" {
            basis a1
            fact flag "甲": bool
            statute { fine unit ..1000 }
            tier B010 "是" when flag { fine unit ..1000 }
            tier B020 "否" otherwise { fine unit ..500 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("names.cailiang", source)));
    assertEquals(false, compilation.hasErrors(), compilation.render());
    Standards standards = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.names").generate(compilation.standards())));
    assertEquals("X00001B010", standards.evaluate("X00001",
        Map.of("FactChecks", true, "BigDecimal", "1", "FactReader", 2)).tierCode());
    assertEquals("X00001B020", standards.evaluate("X00001",
        Map.of("FactChecks", false, "BigDecimal", "1", "FactReader", 2)).tierCode());
    assertEquals("CodesB010", standards.evaluate("Codes", Map.of("flag", true)).tierCode());
  }
}
