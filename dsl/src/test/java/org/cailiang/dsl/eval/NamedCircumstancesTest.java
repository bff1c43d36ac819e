package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.ConditionText;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Named circumstances: written once, used by name in tiers, statutes, referrals and other
 * circumstances; shown by name, evaluated and checked as the condition they stand for.
 */
class NamedCircumstancesTest {
  private static String standard(String secondTier) {
    return """
        standard mini "小标准" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一万元以上五万元以下罚款；情节严重的，移送公安机关。"
          violation X00001 "行为" {
            basis a1
            fact punished "一年内受过处罚": bool
            fact times "次数": int
            fact harm "造成危害后果": bool
            statute {
              fine unit 1万..5万
            }
            circumstance grave "情节严重" = heavier and harm
            circumstance heavier "情节较重" = punished or times >= 3
            refer beside "移送公安机关" when grave
            tier B010 "一般" when not heavier {
              fine unit 1万..2万
            }
            %s
          }
        }
        """.formatted(secondTier);
  }

  private static Compilation compile(String text) {
    return StandardCompiler.compileSources(List.of(new SourceFile("n.cailiang", text)));
  }

  @Test
  void aNamedCircumstanceIsShownByNameAndDecidesAsItsCondition() {
    Compilation compilation = compile(standard("tier B020 \"较重\" when heavier { fine unit 2万..5万 }"));
    assertFalse(compilation.hasErrors(), compilation.render());
    Violation violation = compilation.standards().get(0).violations().get(0);
    assertEquals("not heavier", ConditionText.of(violation.tiers().get(0).condition()));
    Condition.Named heavier = (Condition.Named) violation.tiers().get(1).condition();
    assertEquals("情节较重", heavier.label());
    assertEquals("punished or times >= 3", ConditionText.of(heavier.body()));
    Standards standards = Interpreter.standards(compilation.standards());
    assertEquals("X00001B020", standards.violation("X00001")
        .evaluate(Map.of("punished", false, "times", 3L, "harm", false)).tierCode());
    assertEquals("X00001B010", standards.violation("X00001")
        .evaluate(Map.of("punished", false, "times", 2L, "harm", true)).tierCode());
    assertEquals("对单位处2万元以上5万元以下罚款；移送公安机关", standards.violation("X00001")
        .evaluate(Map.of("punished", true, "times", 0L, "harm", true)).sanctions().stream()
        .map(org.cailiang.runtime.Sanction::toChinese).collect(java.util.stream.Collectors.joining("；")));
  }

  @Test
  void theCoverageCheckSeesThroughTheName() {
    Compilation compilation = compile(standard("tier B020 \"严重\" when grave { fine unit 2万..5万 }"));
    assertTrue(compilation.hasErrors(), "heavier without harm is covered by no tier");
    assertTrue(compilation.render().contains("[gap]"), compilation.render());
  }

  @Test
  void aLeftOutFactIsNamedOnlyWhenTheNamedCircumstanceNeedsIt() {
    Compilation compilation = compile(standard("tier B020 \"较重\" when heavier { fine unit 2万..5万 }"));
    Standards standards = Interpreter.standards(compilation.standards());
    assertEquals("X00001B020", standards.violation("X00001")
        .evaluate(Map.of("punished", true, "harm", false)).tierCode());
    InvalidFactsException missing = assertThrows(InvalidFactsException.class,
        () -> standards.violation("X00001").evaluate(Map.of("punished", false, "harm", false)));
    assertEquals(List.of("缺少事实 times（次数），可取：不为负数的整数"), missing.messages());
  }
}
