package org.cailiang.dsl.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.junit.jupiter.api.Test;

/** The cases of each version run against that version, though both versions share the code. */
class CaseRunnerVersionsTest {
  @Test
  void eachVersionsCasesRunAgainstItsOwnVersion() {
    String old = """
        standard v1 "旧版" { effective "2020-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00010 "某行为" {
            basis a1
            fact minor "情节较轻": bool
            statute { fine p ..1000 }
            tier B010 "一般" otherwise { fine p ..1000 }
            tier B020 "较轻" when minor { fine p ..500 }
            case "较轻" { minor = true } expect B020
          }
        }
        """;
    String next = """
        standard v2 "新版" { supersedes v1 effective "2026-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00010 "某行为" {
            basis a1
            fact again "再犯": bool
            statute { fine p ..2000 }
            tier B010 "一般" otherwise { fine p ..1000 }
            tier B030 "再犯" when again { fine p 1000..2000 }
            case "再犯" { again = true } expect B030
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("v1.cailiang", old), new SourceFile("v2.cailiang", next)));
    assertFalse(compilation.hasErrors(), compilation.render());
    List<CaseResult> results = CaseRunner.run(compilation.standards(), Interpreter.standards(compilation.standards()));
    assertEquals(List.of("", ""), results.stream().map(CaseResult::failure).toList());
    // Legal author: the unreached tiers of two versions could not be told apart.
    assertEquals(List.of("v1 X00010 B010「一般」", "v2 X00010 B010「一般」"),
        CaseRunner.unreached(compilation.standards(), results));
  }

  /**
   * Legal author: a case of the later version dated before it took effect passed, while eval
   * decides such an act under the earlier version unless the later one is lighter (第三十七条).
   */
  @Test
  void aCaseDatedBeforeItsVersionFailsUnlessEvalWouldApplyThatVersion() {
    String general = "general g \"总则\" { limitation 2 years basis \"《中华人民共和国行政处罚法》第三十六条\" }\n";
    String old = """
        standard v1 "旧版" { effective "2020-01-01" uses g }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00010 "某行为" {
            basis a1
            statute { fine p ..2000 }
            tier B010 "一般" otherwise { fine p 500..1000 }
          }
        }
        """;
    String next = """
        standard v2 "新版" { supersedes v1 effective "2026-01-01" uses g }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00010 "某行为" {
            basis a1
            statute { fine p ..2000 }
            tier B010 "一般" otherwise { fine p MAX }
            case "旧法时期的行为" { } general { act "2025-06-01" } expect B010
          }
        }
        """;
    for (String range : List.of("1000..2000", "100..500")) {
      Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("g.cailiang", general),
          new SourceFile("v1.cailiang", old), new SourceFile("v2.cailiang", next.replace("MAX", range))));
      assertFalse(compilation.hasErrors(), compilation.render());
      List<CaseResult> results = CaseRunner.run(compilation.standards(), compilation.generals(),
          Interpreter.standards(compilation.standards()));
      String failure = results.get(0).failure();
      if (range.equals("100..500")) {
        assertEquals("", failure, "the later version is lighter: eval applies it");
      } else {
        org.junit.jupiter.api.Assertions.assertTrue(failure.startsWith("行为之日 2025-06-01 早于本版本 v2 的施行日期 "
            + "2026-01-01：eval 在本版本施行后作出决定时，适用 v1（新的规定处罚较重"), failure);
      }
    }
  }
}
