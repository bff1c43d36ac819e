package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.internal.HigherLawNotes;
import org.junit.jupiter.api.Test;

/** The author's higher-law records of a violation, as the interpreter and the generator take them. */
class HigherLawRecordsTest {
  private static Standard compile(String implementsLine) {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("h.cailiang", """
        standard s "测试" {
        }
        party unit "单位" organization
        regulation up "上位条例" {
          level 行政法规
          effective "2025-04-01"
          repealed "2027-01-01"
          article a1 "第一条" "处一万元以下罚款。"
          violation U00001 "上位行为" {
            basis a1
            statute { fine unit ..1万 }
            tier B010 "一般" otherwise { fine unit ..1万 }
          }
        }
        regulation low "下位规章" {
          level 地方政府规章
          article b1 "第一条" "处三万元以下罚款。"
          violation X00001 "行为" {
            basis b1
        IMPLEMENTS
            suppress "higher-law" "违法行为一级的理由"
            suppress "text-mismatch" "不是上位法的理由"
            statute { fine unit ..3万 }
            tier B010 "一般" otherwise {
              fine unit ..3万
              suppress "higher-law" "阶次一级的理由"
            }
          }
        }
        """.replace("IMPLEMENTS\n", implementsLine))));
    return compilation.standards().get(0);
  }

  @Test
  void theReasonsOfAViolationThatImplementsALawWithThatLawsPeriod() {
    Standard standard = compile("    implements up.a1\n");
    HigherLawRecords records = HigherLawRecords.of(standard, standard.violations().stream()
        .filter(v -> v.codes().first().equals("X00001")).findFirst().orElseThrow());
    assertFalse(records.isEmpty());
    assertEquals(List.of("2025-04-01", "2027-01-01"), records.periods());
    assertEquals(List.of("", "B010"), records.suffixes());
    assertEquals(List.of("违法行为一级的理由", "阶次一级的理由"), records.reasons());
    HigherLawNotes notes = records.notes();
    assertEquals(2, notes.on("X00001", "X00001B010", LocalDate.of(2025, 4, 1)).size());
    assertEquals(List.of(), notes.on("X00001", "X00001B010", LocalDate.of(2027, 1, 1)));
  }

  @Test
  void withoutAnImplementedLawThereIsNone() {
    Standard standard = compile("");
    HigherLawRecords records = HigherLawRecords.of(standard, standard.violations().stream()
        .filter(v -> v.codes().first().equals("X00001")).findFirst().orElseThrow());
    assertTrue(records.isEmpty());
    assertEquals(List.of(), records.periods());
    assertTrue(records.notes() == HigherLawNotes.NONE);
  }
}
