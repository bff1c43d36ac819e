package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/**
 * A decision made with a fact left out that it does not depend on is the very decision made
 * with that fact given: the same violation title and code, not only the same tier.
 */
class PartialDecisionTest {
  static final String STANDARD = """
      standard mini "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处一万元以上五万元以下罚款。"
        violation X00001 "行为" {
          basis a1
          fact crime "涉嫌犯罪": bool
          fact serious "情节严重": bool
          fact repeated "多次违法": bool
          refer ends "移送公安机关" when crime
          statute {
            fine unit 1万..5万
          }
          tier B010 "一般" when not serious and not repeated {
            fine unit 1万..3万
          }
          tier B020 "严重" when serious or repeated {
            fine unit 3万..5万
          }
        }
      }
      """;

  private static Violation violation() {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("p.cailiang", STANDARD)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return Interpreter.standards(compilation.standards()).violation("X00001");
  }

  @Test
  void aTierDecidedWithoutAFactIsTheDecisionWithIt() {
    Violation violation = violation();
    assertEquals(violation.evaluate(Map.of("crime", false, "serious", true, "repeated", false)),
        violation.evaluate(Map.of("crime", false, "serious", true)));
  }

  @Test
  void aHandoverDecidedWithoutAFactIsTheDecisionWithIt() {
    Violation violation = violation();
    var partial = violation.evaluate(Map.of("crime", true));
    assertEquals("行为", partial.violationTitle());
    assertEquals(violation.evaluate(Map.of("crime", true, "serious", false, "repeated", false)), partial);
  }
}
