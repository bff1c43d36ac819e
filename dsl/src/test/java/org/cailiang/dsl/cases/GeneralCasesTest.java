package org.cailiang.dsl.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.junit.jupiter.api.Test;

/** Cases that state general-part facts ({@code general { … }}), run as {@code eval} decides them. */
class GeneralCasesTest {
  private static final String STANDARD = """
      standard mini "小标准" {
        uses g
      }
      party citizen "公民" person
      regulation reg "测试条例" {
        article a1 "第一条" "处五百元以上一千元以下罚款。"
        violation X00001 "行为" {
          basis a1
          fact harm "造成危害": bool
          statute { fine citizen 500..1000 }
          tier B010 "一般" when not harm {
            order "责令改正"
            fine citizen 500..1000
          }
          tier B020 "较重" when harm {
            fine citizen 800..1000
          }
      CASES
        }
      }
      general g "总则" {
        circumstance minor_age "已满十四周岁不满十八周岁" effect 应当 从轻或者减轻 basis "第三十条"
        circumstance first_offence "初次违法且危害后果轻微并及时改正" effect 可以 不予 basis "第三十三条第一款"
        circumstance trivial "违法行为轻微并及时改正，没有造成危害后果" effect 应当 不予 basis "第三十三条第一款"
        adjust 从轻 lower 50% basis "示例"
        adjust 减轻 floor 50% basis "示例"
        limitation 2 years basis "第三十六条"
        procedure hearing fine >= 900 for person basis "第六十三条"
        procedure simplified fine <= 200 for person basis "第五十一条"
      }
      """;

  private static final String CASES = """
          case "未成年人" { harm = 否 } general { minor_age } expect B010 verdict 给予 {
            order "责令改正"
            fine citizen 250..750
          }
          case "初次违法" { harm = 否 } general { first_offence } expect B010 verdict 给予 option 不予
          case "轻微，按标签" { harm = 否 } general { "违法行为轻微并及时改正，没有造成危害后果" }
            expect B010 verdict 不予 { order "责令改正" }
          case "二年后发现" { harm = 否 } general { act "2022-03-01"; discovered "2024-03-02" }
            expect B010 verdict 超过时效
          case "听证" { harm = 是 } general { fine 1000 } expect B020
            procedure hearing 适用 procedure simplified 不适用
          case "结论错" { harm = 否 } general { minor_age } expect B010 verdict 不予
          case "选项错" { harm = 否 } general { minor_age } expect B010 option 不予
          case "程序错" { harm = 否 } general { fine 600 } expect B010 procedure hearing 适用
          case "处罚错" { harm = 否 } general { minor_age } expect B010 {
            order "责令改正"
            fine citizen 500..1000
          }
          case "拟罚款不在幅度内" { harm = 否 } general { fine 5000 } expect B010
      """;

  private static Compilation compile(String cases) {
    return StandardCompiler.compileSources(
        List.of(new SourceFile("c.cailiang", STANDARD.replace("CASES\n", cases))));
  }

  @Test
  void eachGeneralCasePassesOrSaysWhatItExpectedAndWhatItGot() {
    Compilation compilation = compile(CASES);
    assertFalse(compilation.hasErrors(), compilation.render());
    Map<String, String> failures = CaseRunner
        .run(compilation.standards(), compilation.generals(), Interpreter.standards(compilation.standards()))
        .stream().collect(Collectors.toMap(r -> r.testCase().name(), CaseResult::failure));
    assertEquals("", failures.get("未成年人"));
    assertEquals("", failures.get("初次违法"));
    assertEquals("", failures.get("轻微，按标签"));
    assertEquals("", failures.get("二年后发现"));
    assertEquals("", failures.get("听证"));
    assertEquals("结论不符：期望 不予行政处罚，实际 给予行政处罚", failures.get("结论错"));
    assertEquals("选项不符：期望有 可以不予处罚 的选项，实际 没有选项", failures.get("选项错"));
    assertTrue(failures.get("程序错").startsWith("程序不符：hearing 期望 适用，实际 不适用"),
        failures.get("程序错"));
    assertEquals("处罚不符：期望 责令改正；对公民处500元以上1000元以下罚款，"
        + "实际 责令改正；对公民处250元以上750元以下罚款", failures.get("处罚错"));
    assertTrue(failures.get("拟罚款不在幅度内").startsWith("期望 X00001B010，实际抛出 "),
        failures.get("拟罚款不在幅度内"));
  }

  @Test
  void onlyACircumstanceOf减轻ReadsTheStatuteSoOnlyItNeedsTheFactsTheStatuteDependsOn() {
    // The statute's second clause depends on serious, which no tier reads: left out, 不予 needs
    // no statute and decides, 减轻 cannot tell the statutory minimum (as eval and the generated
    // untyped entry).
    String standard = STANDARD.replace("statute { fine citizen 500..1000 }",
        "fact serious \"情节严重\": bool\n          statute { fine citizen 500..1000 when not serious\n"
            + "            fine citizen 500..1000 when serious }");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang",
        standard.replace("CASES\n", """
          case "初次违法，情节未给出" { harm = 否 } general { first_offence } expect B010 verdict 给予 option 不予
          case "未成年人，情节未给出" { harm = 否 } general { minor_age } expect B010
      """))));
    assertFalse(compilation.hasErrors(), compilation.render());
    Map<String, String> failures = CaseRunner
        .run(compilation.standards(), compilation.generals(), Interpreter.standards(compilation.standards()))
        .stream().collect(Collectors.toMap(r -> r.testCase().name(), CaseResult::failure));
    assertEquals("", failures.get("初次违法，情节未给出"));
    assertTrue(failures.get("未成年人，情节未给出").contains("法定幅度取决于未给出的事实（serious）"),
        failures.get("未成年人，情节未给出"));
  }

  /**
   * Legal author (消防法第六十四条): a tier of 警告 alone, under an article whose clause for the case
   * names one person, is that person's — 不满十四周岁 is 不予, also with a fact the table does not
   * need left out as long as the clause does not depend on it.
   */
  @Test
  void aWarningAloneIsThePersonsTheArticleNames() {
    String standard = STANDARD
        .replace("statute { fine citizen 500..1000 }", "statute { either warning or fine citizen ..500 }")
        .replace("order \"责令改正\"\n      fine citizen 500..1000", "warning")
        .replace("fine citizen 800..1000", "fine citizen ..500")
        .replace("处五百元以上一千元以下罚款。", "处警告或者五百元以下罚款。")
        .replace("circumstance minor_age", """
            circumstance under14 "不满十四周岁" for person effect 应当 不予 basis "第三十条"
                    circumstance minor_age""");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang",
        standard.replace("CASES\n", """
          case "不满十四周岁" { harm = 否 } general { under14 } expect B010 verdict 不予
          case "十四岁以上" { harm = 否 } general { first_offence } expect B010 verdict 给予 option 不予
      """))));
    assertFalse(compilation.hasErrors(), compilation.render());
    Map<String, String> failures = CaseRunner
        .run(compilation.standards(), compilation.generals(), Interpreter.standards(compilation.standards()))
        .stream().collect(Collectors.toMap(r -> r.testCase().name(), CaseResult::failure));
    assertEquals("", failures.get("不满十四周岁"));
    assertEquals("", failures.get("十四岁以上"));
  }

  @Test
  void withoutTheGeneralPartsAGeneralCaseFailsInsteadOfPassingUnchecked() {
    Compilation compilation = compile(CASES);
    List<CaseResult> results =
        CaseRunner.run(compilation.standards(), Interpreter.standards(compilation.standards()));
    assertFalse(results.get(0).passed());
    assertTrue(results.get(0).failure().contains("没有适用于 X00001 的总则"), results.get(0).failure());
  }

  @Test
  void badGeneralFactsAreCompileErrorsAtTheirPlace() {
    Compilation compilation = compile("""
          case "未知情节" { harm = 否 } general { adult } expect B010
          case "坏日期" { harm = 否 } general { act "2024-02-30"; discovered "2024-03-01" } expect B010
          case "发现早于行为" { harm = 否 } general { act "2024-03-01"; discovered "2024-02-01" } expect B010
          case "只有发现之日" { harm = 否 } general { discovered "2024-02-01" } expect B010
          case "坏结论" { harm = 否 } general { } expect B010 verdict 免罚 option 从宽
            procedure hearing 也许 procedure trial 适用
          case "两个拟罚款" { harm = 否 } general { fine 600; fine 700 } expect B010
      """);
    String rendered = compilation.render();
    Function<String, Boolean> has = rendered::contains;
    assertTrue(has.apply("c.cailiang:18:40: error: 未知的总则情节 adult：违法行为 X00001 适用的总则中可用"
        + " minor_age（已满十四周岁不满十八周岁）"), rendered);
    assertTrue(has.apply("c.cailiang:19:43: error: 行为之日 2024-02-30 不存在：请核对月、日"), rendered);
    assertTrue(has.apply("c.cailiang:20:71: error: 发现之日 2024-02-01 早于违法行为发生之日 2024-03-01"),
        rendered);
    assertTrue(has.apply("c.cailiang:21:53: error: 发现之日（discovered）须与行为之日（act）一起给出"), rendered);
    assertTrue(has.apply("error: 未知的结论 免罚：应为 给予、不予、超过时效"), rendered);
    assertTrue(has.apply("error: 未知的处罚效果 从宽"), rendered);
    assertTrue(has.apply("error: 未知的程序标记 也许"), rendered);
    assertTrue(has.apply("error: 未知的程序 trial"), rendered);
    assertTrue(has.apply("c.cailiang:24:51: error: 用例的总则事实中 fine 只能给出一次"), rendered);
  }

  @Test
  void generalFactsInACaseOfAStandardWithoutAGeneralPartAreAnError() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang",
        STANDARD.replace("CASES\n", """
              case "无总则" { harm = 否 } general { minor_age } expect B010
          """).replace("  uses g\n", ""))));
    assertTrue(compilation.render().contains("c.cailiang:17:29: error: 标准 mini 的违法行为 X00001 "
        + "没有适用的总则（uses）：用例的 general 无从适用"), compilation.render());
  }
}
