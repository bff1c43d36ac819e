package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/** A sanction that depends on a fact is imposed where its condition holds, and only there. */
class ConditionalSanctionsTest {
  static final String STANDARD = """
      standard mini "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处一万元以上五万元以下罚款；有违法所得的，没收违法所得。"
        violation X00001 "行为" {
          basis a1
          fact income "违法所得": amount
          fact serious "情节严重": bool
          statute {
            fine unit 1万..5万
            confiscate "违法所得" when income > 0
          }
          tier B010 "一般" when not serious {
            fine unit 1万..3万
            confiscate "违法所得" when income > 0
          }
          tier B020 "严重" when serious {
            confiscate "违法所得" when income > 0
            fine unit 3万..5万
          }
        }
      }
      """;

  private static Violation violation() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("c.cailiang", STANDARD)));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of(), compilation.diagnostics(), compilation.render());
    return Interpreter.standards(compilation.standards()).violation("X00001");
  }

  private static String sanctions(Decision decision) {
    return decision.sanctions().stream().map(Sanction::toChinese).collect(Collectors.joining("；"));
  }

  @Test
  void theConfiscationIsImposedOnlyWhereThereIsIncome() {
    Violation violation = violation();
    assertEquals("对单位处1万元以上3万元以下罚款；没收违法所得",
        sanctions(violation.evaluate(Map.of("income", new BigDecimal("500"), "serious", false))));
    assertEquals("对单位处1万元以上3万元以下罚款",
        sanctions(violation.evaluate(Map.of("income", BigDecimal.ZERO, "serious", false))));
    assertEquals("没收违法所得；对单位处3万元以上5万元以下罚款",
        sanctions(violation.evaluate(Map.of("income", new BigDecimal("1"), "serious", true))));
  }

  @Test
  void aLeftOutFactThatOnlyASanctionReadsIsNamed() {
    InvalidFactsException missing = assertThrows(InvalidFactsException.class,
        () -> violation().evaluate(Map.of("serious", true)));
    assertEquals(List.of("缺少事实 income（违法所得），可取：不为负数的金额（元），如 5000、1.5万"), missing.messages());
  }
}
