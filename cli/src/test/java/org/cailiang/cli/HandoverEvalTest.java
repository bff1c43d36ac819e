package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} of a case a referral takes: the answer says the case is handed over, with the
 * referral and 《行政处罚法》第二十七条, and no tier; a referral beside the tier is listed with it.
 */
class HandoverEvalTest {
  private static final String SOURCE = """
      standard handover "移送" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处一千元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。"
        violation Z00001 "移送" {
          basis a1
          fact crime "构成犯罪": bool
          fact police "构成违反治安管理行为": bool
          refer ends "构成犯罪的，依法追究刑事责任" when crime
          refer beside "构成违反治安管理行为的，由公安机关依法处罚" when police
          statute { fine unit ..1000 }
          tier B010 "一般" otherwise { fine unit ..1000 text "处一千元以下罚款。" }
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aHandedOverCaseSaysSoAndHasNoTier() throws IOException {
    Path file = Files.writeString(dir.resolve("handover.cailiang"), SOURCE);
    CliRun run = CliRun.of("eval", file.toString(), "Z00001", "crime=是", "police=是");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("""
        Z00001：构成犯罪的，依法追究刑事责任；依法移送，本程序不适用裁量阶次；案件移送回来、仍应给予行政处罚的，再依本基准裁量（《行政处罚法》第二十七条第一款）。
          - 移送或者依法处理：构成犯罪的，依法追究刑事责任
        """, run.out().replace("\r\n", "\n"));
    CliRun json = CliRun.of("eval", "--json", file.toString(), "Z00001", "crime=是", "police=否");
    assertTrue(json.out().contains("\"handedOver\": true"), json.out());
    assertTrue(json.out().contains("\"code\": \"Z00001\""), json.out());
  }

  @Test
  void aReferralBesideIsListedWithTheTier() throws IOException {
    Path file = Files.writeString(dir.resolve("handover.cailiang"), SOURCE);
    CliRun run = CliRun.of("eval", file.toString(), "Z00001", "crime=否", "police=是");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Z00001B010（一般）："), run.out());
    assertTrue(run.out().contains("  - 移送或者依法处理：构成违反治安管理行为的，由公安机关依法处罚\n"), run.out());
    CliRun json = CliRun.of("eval", "--json", file.toString(), "Z00001", "crime=否", "police=否");
    assertTrue(json.out().contains("\"handedOver\": false"), json.out());
  }

  /** A case that expects the case handed over names the case's own code (the decision's tier code). */
  @Test
  void aTestCaseCanExpectTheCaseHandedOver(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String source = """
        standard crime_case "移送用例" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款；构成犯罪的，依法追究刑事责任。"
          violation X00001 "测试" {
            basis a1
            fact crime "涉嫌犯罪": bool
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            statute { fine unit ..1000 }
            tier B010 "一般" otherwise { fine unit ..1000 }
            case "涉嫌犯罪，移送" { crime = true } expect X00001
            case "一般" { crime = false } expect B010
            CASES
          }
        }
        """;
    java.nio.file.Path good = java.nio.file.Files.writeString(dir.resolve("good.cailiang"), source.replace("CASES", ""));
    CliRun passed = CliRun.of("test", good.toString());
    org.junit.jupiter.api.Assertions.assertEquals(0, passed.exitCode(), passed.out() + passed.err());
    java.nio.file.Path wrong = java.nio.file.Files.writeString(dir.resolve("wrong.cailiang"),
        source.replace("CASES", "case \"不移送\" { crime = false } expect X00001"));
    CliRun failed = CliRun.of("test", wrong.toString());
    org.junit.jupiter.api.Assertions.assertEquals(1, failed.exitCode(), failed.out() + failed.err());
    org.junit.jupiter.api.Assertions.assertTrue(failed.out().contains("期望 X00001，实际 X00001B010"), failed.out());
    java.nio.file.Path unknown = java.nio.file.Files.writeString(dir.resolve("unknown.cailiang"),
        source.replace("CASES", "case \"写错\" { crime = true } expect X00009"));
    CliRun refused = CliRun.of("check", unknown.toString());
    org.junit.jupiter.api.Assertions.assertEquals(1, refused.exitCode(), refused.out());
    org.junit.jupiter.api.Assertions.assertTrue(refused.out().contains("没有阶次 X00009；本违法行为的阶次有：B010；"
        + "案件移送的用例写 expect 加本用例的编码（如 expect X00001）"), refused.out());
  }

  /**
   * Legal author: a referral without {@code when}, a reminder to the officer, was in the rendered
   * table but never in eval's text or JSON; a tier that lists the same referral says it already.
   */
  @Test
  void aReminderIsSaidBesideEveryDecisionThatDoesNotListIt() throws IOException {
    Path file = Files.writeString(dir.resolve("reminder.cailiang"), """
        standard reminder "提示" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款；构成犯罪的，依法追究刑事责任。"
          violation Z00002 "提示" {
            basis a1
            fact grave "情节严重": bool
            refer ends "构成犯罪的，依法追究刑事责任"
            statute { fine unit ..1000 }
            tier B010 "一般" otherwise { fine unit ..500 text "处五百元以下罚款。" }
            tier B020 "严重" when grave { fine unit 500..1000 refer "构成犯罪的，依法追究刑事责任" text "处五百元以上一千元以下罚款；构成犯罪的，依法追究刑事责任。" }
          }
        }
        """);
    String note = RegulationDates.reminder("构成犯罪的，依法追究刑事责任");
    assertEquals("移送提示（本标准未设条件，由办案人员判断是否适用）：构成犯罪的，依法追究刑事责任", note);
    CliRun plain = CliRun.of("eval", file.toString(), "Z00002", "grave=否");
    assertEquals(0, plain.exitCode(), plain.err());
    assertTrue(plain.out().startsWith("注意：" + note + "\nZ00002B010（一般）："), plain.out());
    CliRun json = CliRun.of("eval", "--json", file.toString(), "Z00002", "grave=否");
    assertTrue(json.out().contains("\"notes\": [\n    \"" + note + "\"\n  ]"), json.out());
    CliRun dated = CliRun.of("eval", file.toString(), "Z00002", "grave=否", "--act-date", "2026-01-01");
    assertTrue(dated.out().contains("  注意：" + note + "\n"), dated.out());
    CliRun listed = CliRun.of("eval", file.toString(), "Z00002", "grave=是");
    assertEquals(0, listed.exitCode(), listed.err());
    assertTrue(!listed.out().contains("移送提示"), listed.out());
    assertTrue(listed.out().contains("  - 移送或者依法处理：构成犯罪的，依法追究刑事责任\n"), listed.out());
  }
}
