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
  }
}
