package org.cailiang.dsl.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.Test;

/** The test cases written in a standard, run against the interpreter. */
class CaseRunnerTest {
  /** Cases that pass, and cases that fail in each way a case can fail. */
  private static final String CASES = """
      standard mini "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处违法所得一倍以上三倍以下罚款。"
        violation X00001..X00003 "行为" {
          basis a1
          fact income "违法所得": amount
          fact count "人数": int
          fact serious "情节严重": bool
          fact kind "类型": enum { a "甲", b "乙" }
          tier B010 "一般" when not serious and count < 10 {
            fine unit 1..2 times income
          }
          tier B020 "严重" when serious and kind == a {
            fine unit 2..3 times income
          }
          tier B030 "人数多" when not serious and count >= 10 {
            fine unit 2..3 times income
          }
          tier B040 "从未到达" when serious and kind == b and count < 0 {
            fine unit 1..3 times income
          }
          case "一般" { income = 1000, count = 1, serious = false, kind = a } expect B010 {
            fine unit 1..2 times income
          }
          case "严重，按标签" at X00003 { income = 1000, count = 1, serious = true, kind = "甲" } expect B020
          case "阶次错" { income = 1000, count = 10, serious = false, kind = b } expect B010
          case "处罚错" { income = 1000, count = 1, serious = false, kind = b } expect B010 {
            fine unit 1..3 times income
          }
          case "无阶次" at X00002 { income = 1000, count = 1, serious = true, kind = b } expect B040
        }
      }
      """;

  private static List<CaseResult> run(List<Standard> standards) {
    return CaseRunner.run(standards, Interpreter.standards(standards));
  }

  @Test
  void everyCaseOfTheBeijingStandardPassesAndReachesEveryTier() {
    Path beijing = Path.of("../examples/src/main/cailiang/beijing.cailiang");
    Compilation compilation = StandardCompiler.compile(List.of(beijing), beijing.getParent());
    assertFalse(compilation.hasErrors(), compilation.render());
    List<CaseResult> results = CaseRunner.run(compilation.standards(), compilation.generals(),
        Interpreter.standards(compilation.standards()));
    assertEquals(29, results.size(), "the Beijing file has 29 cases, 7 with general-part facts");
    for (CaseResult result : results) {
      assertTrue(result.passed(), result.testCase().name() + ": " + result.failure());
      assertEquals("beijing_psb", result.standard());
    }
    assertEquals(List.of(), CaseRunner.unreached(compilation.standards(), results));
    CaseResult atCode = results.stream()
        .filter(r -> r.testCase().name().equals("擅自传播，造成严重后果")).findFirst().orElseThrow();
    assertEquals("C05846", atCode.code());
    assertEquals("B020", atCode.reachedTier());
  }

  @Test
  void eachCaseReportsWhatItReachedAndWhyItFailed() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang", CASES)));
    List<CaseResult> results = run(compilation.standards());
    assertEquals(List.of("一般", "严重，按标签", "阶次错", "处罚错", "无阶次"),
        results.stream().map(r -> r.testCase().name()).toList());
    assertEquals(List.of("X00001", "X00003", "X00001", "X00001", "X00002"),
        results.stream().map(CaseResult::code).toList());
    assertEquals(List.of("B010", "B020", "B030", "B010", ""),
        results.stream().map(CaseResult::reachedTier).toList());
    assertEquals(List.of(true, true, false, false, false),
        results.stream().map(CaseResult::passed).toList());
    assertEquals("期望 X00001B010，实际 X00001B030（人数多）", results.get(2).failure());
    assertEquals("处罚不符：期望 对单位处违法所得1倍以上3倍以下（即1000元以上3000元以下）罚款，"
        + "实际 对单位处违法所得1倍以上2倍以下（即1000元以上2000元以下）罚款", results.get(3).failure());
    assertEquals("期望 X00002B040，实际抛出 X00002: 没有任何情节适用：违法所得 = 1000元，人数 = 1，情节严重 = 是，类型 = 乙",
        results.get(4).failure());
  }

  @Test
  void aTierNoCaseReachesIsListed() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang", CASES)));
    List<CaseResult> results = run(compilation.standards());
    assertEquals(List.of("X00001..X00003 B040「从未到达」"), CaseRunner.unreached(compilation.standards(), results));
    // A result of another violation with the same tier suffix does not count as reaching it.
    List<CaseResult> none = List.of(new CaseResult("mini", "X00001", null, "", "B040"));
    assertEquals(4, CaseRunner.unreached(compilation.standards(), none).size());
  }
}
