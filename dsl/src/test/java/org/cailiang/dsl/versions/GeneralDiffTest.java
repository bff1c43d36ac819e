package org.cailiang.dsl.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Integrator's review: `diff` said 没有变化 when the tiers stayed and the general part changed
 * (应当从轻 became 应当从轻或者减轻, the hearing threshold fell): the general part's changes are
 * listed per set of codes that share them.
 */
class GeneralDiffTest {
  private static final String STANDARD = """
      standard %s "某基准" { %s effective "%s" %s }
      party p "个人" person
      regulation r "某法" {
        article a1 "第一条" "处五百元以下罚款。"
        violation X00001 "某行为" { basis a1 statute { fine p ..500 } tier B010 "一般" otherwise { fine p ..500 } }
        violation X00002 "另一行为" { basis a1 statute { fine p ..500 } tier B010 "一般" otherwise { fine p ..500 } }
      }
      """;

  private static List<GeneralDiff.Change> diff(String oldUses, String oldGeneral, String newUses,
      String newGeneral) {
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", STANDARD.formatted("v1", "", "2020-01-01", oldUses) + oldGeneral),
        new SourceFile("v2.cailiang", STANDARD.formatted("v2", "supersedes v1", "2026-01-01", newUses)
            + newGeneral)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return GeneralDiff.diff(compilation.standards().get(0), compilation.generals(),
        compilation.standards().get(1), compilation.generals());
  }

  @Test
  void circumstancesAddedRemovedAndChangedAreEachSaidOnce() {
    String old = """
        general g1 "旧总则" {
          circumstance light "从轻情节" effect 应当 从轻 basis "第一条"
          circumstance gone "删去的情节" effect 可以 从轻 basis "第二条"
          circumstance same "不变的情节" effect 应当 从重 basis "第三条"
          adjust 从轻 lower 50%
          adjust 从重 upper 50%
          combine offset
          limitation 2 years basis "旧时效条"
        }
        """;
    String next = """
        general g2 "新总则" {
          circumstance light "从轻情节" effect 应当 从轻或者减轻 basis "第一条"
          circumstance same "不变的情节" effect 应当 从重 basis "第三条"
          circumstance added "新增的情节" effect 应当 不予 basis "第四条"
          adjust 从轻 lower 50%
          adjust 从重 upper 50%
          adjust 减轻 floor 50%
          combine heavier_first
          limitation 2 years basis "新时效条"
        }
        """;
    List<GeneralDiff.Change> changes = diff("uses g1", old, "uses g2", next);
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(List.of("X00001", "X00002"), changes.get(0).codes());
    assertEquals(List.of(
            "情节 light：「从轻情节」应当从轻处罚（第一条） → 「从轻情节」应当从轻或者减轻处罚（第一条）",
            "情节 gone：新版本没有（旧版本「删去的情节」可以从轻处罚（第二条））",
            "情节 added：新增，「新增的情节」应当不予处罚（第四条）",
            "减轻处罚的幅度：新增，在法定最低限以下处罚，但不低于法定最低限的 50%",
            "从重与从轻、减轻并存时：相互抵销，按原阶次幅度裁量 → 先从重，再在从重后的幅度内从轻或者减轻",
            "追责时效：二年（旧时效条） → 二年（新时效条）"),
        changes.get(0).changes());
  }

  /**
   * Re-review: a party's kind changed (person → organization) was no change; the same rules
   * written otherwise (1万 and 10000.00, 50% and 50.0%, exclusive b, a and a, b) were changes
   * shown with the same text on both sides; a label alone changed showed none.
   */
  @Test
  void kindsAreComparedAndWhatReadsAlikeIsAlike() {
    String old = """
        general g1 "总则" {
          circumstance a "甲" effect 应当 从轻 basis "第一条"
          circumstance b "乙"
          adjust 从轻 lower 50%
          exclusive a, b
          procedure hearing fine >= 1万 basis "第六十三条"
          limitation 2 years
        }
        """;
    String same = """
        general g2 "总则" {
          circumstance a "甲" effect 应当 从轻 basis "第一条"
          circumstance b "乙"
          adjust 从轻 lower 50.0%
          exclusive b, a
          procedure hearing fine >= 10000.00 basis "第六十三条"
          limitation 2 years
        }
        """;
    assertEquals(List.of(), diff("uses g1", old, "uses g2", same));
    List<String> relabelled = diff("uses g1", old, "uses g2", same.replace("\"甲\"", "\"甲（改）\""))
        .get(0).changes();
    assertEquals(List.of("情节 a：「甲」应当从轻处罚（第一条） → 「甲（改）」应当从轻处罚（第一条）"), relabelled);
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", STANDARD.formatted("v1", "", "2020-01-01", "uses g1") + old),
        new SourceFile("v2.cailiang", STANDARD.formatted("v2", "supersedes v1", "2026-01-01", "uses g1")
            .replace("party p \"个人\" person", "party p \"个人\" organization"))));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of("当事人 p 的种类：公民 → 单位"), GeneralDiff.diff(compilation.standards().get(0),
        compilation.generals(), compilation.standards().get(1), compilation.generals()).get(0).changes());
  }

  @Test
  void procedureRulesAreSaidWithTheirPartyThresholdAndCircumstance() {
    String old = """
        general g1 "总则" {
          circumstance complex "情节复杂"
          procedure hearing fine >= 1万 for person basis "第六十三条"
          procedure collective when complex basis "第五十七条"
        }
        """;
    String next = """
        general g2 "总则" {
          circumstance complex "情节复杂"
          procedure hearing fine >= 5000 for person basis "第六十三条"
          procedure collective basis "第五十七条"
        }
        """;
    assertEquals(List.of(
            "程序「应当告知当事人有要求听证的权利」：对公民罚款1万元以上 → 对公民罚款5000元以上",
            "程序「应当由行政机关负责人集体讨论决定」：complex → 适用"),
        diff("uses g1", old, "uses g2", next).get(0).changes());
  }

  @Test
  void theSameRulesAreNoChangeAndAGeneralPartGainedIsOne() {
    String general = """
        general g1 "总则" { limitation 2 years }
        """;
    assertEquals(List.of(), diff("uses g1", general, "uses g1", ""));
    assertEquals(List.of("旧版本不适用总则，新版本适用「总则」"),
        diff("", general, "uses g1", "").get(0).changes());
    assertEquals(List.of("旧版本适用总则「总则」，新版本不适用总则"),
        diff("uses g1", general, "", "").get(0).changes());
  }
}
