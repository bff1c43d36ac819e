package org.cailiang.dsl.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * Cases written as legal staff write them: 是/否, {@code ==} as in conditions, computed amounts,
 * only the sanctions they name, and facts the decision does not depend on left out.
 */
class CasesThatSayWhatTheyMeanTest {
  private static final String STANDARD = """
      standard mini "小标准" {
      }
      party individual "个人"
      regulation reg "测试条例" {
        article a1 "第一条" "处违法所得二倍以上三倍以下罚款，没收违法所得。"
        violation X00001 "行为" {
          basis a1
          fact punished "受过处罚": bool
          fact income "违法所得": amount
          fact kind "类型": enum { a "甲", b "乙" }
          circumstance serious "情节较重" = punished or kind == b
          tier B010 "一般" when not serious {
            fine individual 1..2 times income
          }
          tier B020 "较重" when serious {
            fine individual 2..3 times income
            confiscate "违法所得"
          }
          case "是否" { punished = 是, income = 8000, kind = "甲" } expect B020
          case "双等号" { punished == false, income = 8000, kind == a } expect B010
          case "计算出的罚款" { punished = 是, income = 8000 } expect B020 {
            fine individual 16000..24000
            confiscate "违法所得"
          }
          case "计算出的罚款错" { punished = 是, income = 8000 } expect B020 {
            fine individual 16000..25000
            confiscate "违法所得"
          }
          case "只查没收" { punished = 是, income = 8000 } expect B020 partially {
            confiscate "违法所得"
          }
          case "只查罚款但缺" { punished = 否, kind = a, income = 100 } expect B010 partially {
            confiscate "违法所得"
          }
          case "受过处罚即定" { punished = 是, income = 8000 } expect B020
          case "缺的事实有关" { punished = 否 } expect B010
          case "罚款的基数有关" { punished = 是 } expect B020
        }
      }
      """;

  private static Map<String, CaseResult> run() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang", STANDARD)));
    assertFalse(compilation.hasErrors(), compilation.render());
    List<Standard> standards = compilation.standards();
    return CaseRunner.run(standards, Interpreter.standards(standards)).stream()
        .collect(Collectors.toMap(r -> r.testCase().name(), Function.identity()));
  }

  @Test
  void yesNoAndDoubleEqualsAreAcceptedInCases() {
    Map<String, CaseResult> results = run();
    assertEquals("", results.get("是否").failure());
    assertEquals("", results.get("双等号").failure());
  }

  @Test
  void aCaseAssertsTheFineComputedForItsFacts() {
    Map<String, CaseResult> results = run();
    assertEquals("", results.get("计算出的罚款").failure());
    assertEquals("处罚不符：期望 对个人处1.6万元以上2.5万元以下罚款；没收违法所得，"
        + "实际 对个人处违法所得2倍以上3倍以下（即1.6万元以上2.4万元以下）罚款；没收违法所得",
        results.get("计算出的罚款错").failure());
  }

  @Test
  void aPartialCaseChecksOnlyTheSanctionsItNames() {
    Map<String, CaseResult> results = run();
    assertEquals("", results.get("只查没收").failure());
    assertEquals("处罚不符：期望包含 没收违法所得，实际 对个人处违法所得1倍以上2倍以下（即100元以上200元以下）罚款",
        results.get("只查罚款但缺").failure());
  }

  @Test
  void factsTheDecisionDoesNotDependOnMayBeLeftOut() {
    Map<String, CaseResult> results = run();
    assertEquals("", results.get("受过处罚即定").failure());
    // Either tier may apply, and each fines a multiple of income: both facts matter.
    assertEquals("期望 X00001B010，实际抛出 X00001: 缺少事实 income（违法所得），可取：不为负数的金额（元），如 5000、1.5万; "
        + "缺少事实 kind（类型），可取：a（甲）、b（乙）", results.get("缺的事实有关").failure());
    assertEquals("期望 X00001B020，实际抛出 X00001: 缺少事实 income（违法所得），"
        + "可取：不为负数的金额（元），如 5000、1.5万", results.get("罚款的基数有关").failure());
  }
}
