package org.cailiang.dsl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** A violation's referrals as rows of a published table, and read back from one. */
class ReferralRowsTest {
  private static Violation violation(String referrals, String tierExtra) {
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("r.cailiang", """
        standard s "测试" {
        }
        party unit "单位" organization
        regulation reg "测试条例" {
          article a1 "第一条" "处一万元以下罚款；构成犯罪的，依法追究刑事责任。"
          violation X00001 "行为" {
            basis a1
            fact crime "涉嫌犯罪": bool
            fact police "构成违反治安管理行为": bool
        """ + referrals + """
            statute { fine unit ..1万 }
            tier B010 "一般" when not crime {
              fine unit ..1万
        """ + tierExtra + """
            }
          }
        }
        """)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation.standards().get(0).violations().get(0);
  }

  @Test
  void eachReferralIsARowWithItsConditionAndWhatItDoes() {
    Violation violation = violation("""
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            refer beside "由公安机关依法处罚" when police
            refer beside "依法给予治安管理处罚"
        """, "");
    assertEquals(List.of(
        new ReferralRows.Row("涉嫌犯罪", "构成犯罪的，依法追究刑事责任（依法移送，本程序不适用裁量阶次；移送回来仍应给予行政处罚的，再依本基准裁量）"),
        new ReferralRows.Row("构成违反治安管理行为", "由公安机关依法处罚（依法移送，与适用的阶次并行）"),
        new ReferralRows.Row("—", "依法给予治安管理处罚（仅作提示，未设条件：与适用的阶次并行）")),
        ReferralRows.of(violation));
    for (ReferralRows.Row row : ReferralRows.of(violation)) {
      ReferralRows.Read read = ReferralRows.read(" " + row.text() + "\n").orElseThrow();
      assertEquals(row.text(), read.text() + row.text().substring(read.text().length()));
    }
    assertEquals(Optional.of(new ReferralRows.Read(Handover.Kind.ENDS, "构成犯罪的", false)),
        ReferralRows.read("构成犯罪的（仅作提示，未设条件：构成的，依法移送）"));
    assertEquals(Optional.of(new ReferralRows.Read(Handover.Kind.BESIDE, "移送", true)),
        ReferralRows.read("移送（依法移送，与适用的阶次并行）"));
    assertEquals(Optional.empty(), ReferralRows.read("（依法移送，与适用的阶次并行）"), "a mark alone is no referral");
    assertEquals(Optional.empty(), ReferralRows.read("处警告。"));
  }

  @Test
  void aReminderATierListsIsWhereTheTableHasIt() {
    Violation violation = violation("""
            refer beside "依法给予治安管理处罚"
            refer ends "构成犯罪的，依法追究刑事责任" when crime
        """, """
              refer "依法给予治安管理处罚"
        """);
    assertEquals(List.of(new ReferralRows.Row("涉嫌犯罪", "构成犯罪的，依法追究刑事责任（依法移送，本程序不适用裁量阶次；移送回来仍应给予行政处罚的，再依本基准裁量）")),
        ReferralRows.of(violation));
  }
}
