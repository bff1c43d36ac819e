package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/**
 * Kleene's tables as the interpreter decides with facts left out: a tier whose test is known
 * decides, one whose test depends on a missing fact refuses naming it, in whichever order the
 * known and the unknown operands come.
 */
class ThreeValuedDecisionTest {
  private static final String STANDARD = """
      standard mini "小标准" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处一万元以上五万元以下罚款。"
        violation X00001 "或者在前" {
          basis a1
          fact serious "情节严重": bool
          fact repeated "多次违法": bool
          statute {
            fine unit 1万..5万
          }
          tier B020 "严重" when repeated or serious {
            fine unit 3万..5万
          }
          tier B010 "一般" when not repeated and not serious {
            fine unit 1万..3万
          }
        }
        violation X00002 "并且在前" {
          basis a1
          fact serious "情节严重": bool
          fact repeated "多次违法": bool
          fact note "备注": bool
          statute {
            fine unit 1万..5万
          }
          tier B010 "一般" when not repeated and not serious {
            fine unit 1万..3万
          }
          tier B020 "严重" when repeated or serious {
            fine unit 3万..5万
          }
        }
        violation X00004 "其他情形在后" {
          basis a1
          fact serious "情节严重": bool
          fact repeated "多次违法": bool
          statute {
            fine unit 1万..5万
          }
          tier B020 "严重" when repeated or serious {
            fine unit 3万..5万
          }
          tier B010 "一般" otherwise {
            fine unit 1万..3万
          }
        }
        violation X00003 "属于" {
          basis a1
          fact kind "类型": enum { a "甲", b "乙" }
          fact harm "造成危害": bool
          statute {
            fine unit 1万..5万
          }
          tier B010 "甲类有危害" when kind in {a} and harm {
            fine unit 3万..5万
          }
          tier B020 "甲类无危害" when kind in {a} and not harm {
            fine unit 2万..3万
          }
          tier B030 "乙类" when kind in {b} {
            fine unit 1万..2万
          }
        }
      }
      """;

  private static Violation violation(String code) {
    Compilation compilation =
        StandardCompiler.compileSources(List.of(new SourceFile("t.cailiang", STANDARD)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return Interpreter.standards(compilation.standards()).violation(code);
  }

  private static List<String> missing(Violation violation, Map<String, Object> facts) {
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> violation.evaluate(facts));
    assertEquals(List.of(FactProblem.Kind.MISSING),
        e.problems().stream().map(FactProblem::kind).distinct().toList());
    return e.problems().stream().map(FactProblem::fact).toList();
  }

  @Test
  void anOrOfAnUnknownAndAFalseOperandIsUnknown() {
    assertEquals(List.of("repeated"), missing(violation("X00001"), Map.of("serious", false)));
  }

  @Test
  void anOrThatIsUnknownDoesNotFallThroughToOtherwise() {
    // Taken as false, "otherwise" would decide; unknown, the missing fact is asked for.
    assertEquals(List.of("repeated"), missing(violation("X00004"), Map.of("serious", false)));
  }

  @Test
  void anOrWithATrueOperandHoldsWhateverTheMissingFact() {
    Violation violation = violation("X00001");
    assertEquals(violation.evaluate(Map.of("serious", true, "repeated", false)),
        violation.evaluate(Map.of("serious", true)));
  }

  @Test
  void anAndWithAFalseOperandAfterAnUnknownOneIsFalse() {
    Violation violation = violation("X00002");
    // not repeated: unknown, then not serious: false; the next tier decides.
    assertEquals("X00002B020",
        violation.evaluate(Map.of("serious", true, "note", false)).tierCode());
  }

  @Test
  void anAndOfTrueOperandsHoldsWhenOnlyAnUnreadFactIsMissing() {
    Violation violation = violation("X00002");
    assertEquals(violation.evaluate(Map.of("serious", false, "repeated", false, "note", true)),
        violation.evaluate(Map.of("serious", false, "repeated", false)));
  }

  @Test
  void membershipIsKnownFromItsOwnFact() {
    Violation violation = violation("X00003");
    // kind b: the 甲 tiers are false whatever harm is, and 乙类 holds.
    assertEquals(violation.evaluate(Map.of("kind", "b", "harm", false)),
        violation.evaluate(Map.of("kind", "b")));
    assertEquals("X00003B030", violation.evaluate(Map.of("kind", "b")).tierCode());
    // kind a: harm decides between the 甲 tiers.
    assertEquals(List.of("harm"), missing(violation, Map.of("kind", "a")));
    assertEquals(List.of("kind"), missing(violation, Map.of("harm", true)));
  }
}
