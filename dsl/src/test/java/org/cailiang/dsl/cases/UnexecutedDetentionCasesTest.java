package org.cailiang.dsl.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * A case that gives a circumstance of effect 不执行行政拘留 states the detention it expects as
 * {@code unexecuted} (or {@code 不执行}); one written as executed fails and says which is which.
 */
class UnexecutedDetentionCasesTest {
  private static final String STANDARD = """
      standard mini "小标准" {
        uses g
      }
      party offender "违法行为人" person
      regulation reg "测试条例" {
        article a1 "第一条" "处十日以上十五日以下拘留，可以并处五千元以下罚款。"
        violation X00001 "行为" {
          basis a1
          fact harm "造成危害": bool
          statute {
            detain offender 10..15 days
            optional fine offender ..5000
          }
          tier B010 "一般" otherwise {
            detain offender 10..15 days
            optional fine offender ..5000
          }
          case "不执行" { harm = 否 } general { aged } expect B010 verdict 给予 {
            detain offender 10..15 days unexecuted
            optional fine offender ..5000
          }
          case "中文关键字" { harm = 否 } general { aged } expect B010 { 拘留 offender 10..15 日 不执行; optional fine offender ..5000 }
          case "写成执行" { harm = 否 } general { aged } expect B010 {
            detain offender 10..15 days
            optional fine offender ..5000
          }
          case "没有该情节却写不执行" { harm = 否 } general { } expect B010 {
            detain offender 10..15 days unexecuted
            optional fine offender ..5000
          }
          case "从轻后的罚款，N元以下即自0元起" { harm = 否 } general { minor } expect B010 {
            detain offender 10..12 days
            optional fine offender ..2500
          }
        }
      }
      general g "总则" {
        circumstance aged "七十周岁以上" for person effect 应当 不执行行政拘留 basis "第二十三条"
        circumstance minor "已满十四周岁不满十八周岁" for person effect 应当 从轻 basis "第十二条"
        adjust 从轻 lower 50% basis "示例"
      }
      """;

  @Test
  void theDetentionsExecutionIsPartOfWhatACaseExpects() {
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("u.cailiang", STANDARD)));
    assertFalse(compilation.hasErrors(), compilation.render());
    Map<String, String> failures = CaseRunner
        .run(compilation.standards(), compilation.generals(), Interpreter.standards(compilation.standards()))
        .stream().collect(Collectors.toMap(r -> r.testCase().name(), CaseResult::failure));
    assertEquals("", failures.get("不执行"));
    assertEquals("", failures.get("中文关键字"));
    assertEquals("", failures.get("从轻后的罚款，N元以下即自0元起"));
    assertEquals("处罚不符：期望 对违法行为人处10日以上15日以下拘留；可以对违法行为人并处5000元以下罚款，"
        + "实际 对违法行为人处10日以上15日以下拘留（不执行）；可以对违法行为人并处5000元以下罚款",
        failures.get("写成执行"));
    assertEquals("处罚不符：期望 对违法行为人处10日以上15日以下拘留（不执行）；可以对违法行为人并处5000元以下罚款，"
        + "实际 对违法行为人处10日以上15日以下拘留；可以对违法行为人并处5000元以下罚款",
        failures.get("没有该情节却写不执行"));
  }
}
