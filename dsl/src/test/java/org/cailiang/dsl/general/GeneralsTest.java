package org.cailiang.dsl.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.junit.jupiter.api.Test;

/** The general part each violation uses: the standard's parts, then its regulation's, laid over. */
class GeneralsTest {
  private static final String SOURCE = """
      standard gs "总则适用范围" {
        uses base
      }

      party p "个人" person

      general base "基础总则" {
        limitation 2 years basis "行政处罚法第三十六条"
      }

      general police "治安总则" {
        limitation 6 months basis "治安管理处罚法第二十五条"
      }

      regulation ps "治安管理处罚法" {
        uses police
        article a1 "第一条" "处五百元以下罚款。"
        violation S00100 "扰乱秩序" {
          basis a1
          suppress "no-statute" "本例只看总则的适用范围"
          tier B1 "一般" otherwise {
            fine p ..500
            text "处五百元以下罚款。"
          }
        }
      }

      regulation other "其他条例" {
        article a1 "第一条" "处五百元以下罚款。"
        violation X00100 "其他行为" {
          basis a1
          suppress "no-statute" "本例只看总则的适用范围"
          tier B1 "一般" otherwise {
            fine p ..500
            text "处五百元以下罚款。"
          }
        }
      }
      """;

  private static Compilation compile() {
    Compilation compilation =
        StandardCompiler.compileSources(List.of(new SourceFile("g.cailiang", SOURCE)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }

  private static Violation violation(Standard standard, String code) {
    return standard.violations().stream().filter(v -> v.codes().first().equals(code))
        .findFirst().orElseThrow();
  }

  @Test
  void aRegulationsOwnPartIsLaidOverTheStandardsForItsViolationsOnly() {
    Compilation compilation = compile();
    Standard standard = compilation.standards().get(0);
    GeneralPart police =
        Generals.of(standard, violation(standard, "S00100"), compilation.generals()).orElseThrow();
    assertEquals("基础总则、治安总则", police.title());
    assertEquals(6, police.limitations().get(0).months());
    GeneralPart base =
        Generals.of(standard, violation(standard, "X00100"), compilation.generals()).orElseThrow();
    assertEquals("基础总则", base.title());
    assertEquals(24, base.limitations().get(0).months());
  }

  @Test
  void eachDistinctListOfPartsIsOneScopeCoveringItsRegulations() {
    Compilation compilation = compile();
    List<Generals.Scope> scopes =
        Generals.scopes(compilation.standards().get(0), compilation.generals());
    assertEquals(List.of(List.of("base", "police"), List.of("base")),
        scopes.stream().map(Generals.Scope::ids).toList());
    assertTrue(scopes.get(0).covers("ps"));
    assertFalse(scopes.get(0).covers("other"));
    assertTrue(scopes.get(1).covers("other"));
  }
}
