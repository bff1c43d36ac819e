package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * The example general parts say what the statutes in docs/law say: 治安管理处罚法 2012 第十二条至
 * 第十四条、第十九条、第二十条, 2025 第十二条至第十四条、第十九条、第二十条、第二十二条、第一百一十三条、
 * 第一百一十四条, and 行政处罚法 第三十二条第（五）项、第五十八条第一款第（二）项 — each stacked over
 * xzcff as the example standards use them.
 */
class GeneralPartsLawTest {
  private static final String EXAMPLE_2026 =
      "../examples/src/main/cailiang/example_security_2026.cailiang";
  private static final String LAW_2012 = "《中华人民共和国治安管理处罚法》（2012）";
  private static final String LAW_2025 = "《中华人民共和国治安管理处罚法》";
  private static final String[] ITEMS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};

  /** E05403 under the 2012 text (act and decision before 2026). */
  private static CliRun under2012(String... circumstances) {
    List<String> args = new ArrayList<>(List.of("eval", CliRun.EXAMPLE, "E05403", "minor=false",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01"));
    for (String circumstance : circumstances) {
      args.add("--general");
      args.add(circumstance);
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return run;
  }

  /** E05403 under the 2025 text (act and decision in 2026). */
  private static CliRun under2025(String... circumstances) {
    List<String> args = new ArrayList<>(List.of("eval", CliRun.EXAMPLE, EXAMPLE_2026, "E05403",
        "minor=false", "again=false", "--act-date", "2026-03-01", "--decision-date", "2026-04-01"));
    for (String circumstance : circumstances) {
      args.add("--general");
      args.add(circumstance);
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return run;
  }

  /**
   * With dates, the facts of every version of the code are given: the statute of the version
   * applied reads its own (was: "未知事实 again" from the 2012 statute, exit 3, then 1).
   */
  @Test
  void theStatuteOfTheVersionAppliedReadsOnlyItsOwnFacts() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, EXAMPLE_2026, "E05403", "minor=是", "again=否",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01", "--general", "minor_age");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("适用版本：example_security（2024-01-01 至 2025-12-31）"), run.out());
    // The explanation names the version by its title, as a decision would.
    assertTrue(run.out().contains("适用违法行为发生时施行的《网络安全与治安管理行政处罚裁量基准（示例）》"
        + "（example_security，2024-01-01 至 2025-12-31）"), run.out());
    assertTrue(run.out().contains("已满十四周岁不满十八周岁 → 应当从轻或者减轻处罚（" + LAW_2012 + "第十二条）"), run.out());
  }

  @Test
  void article19Of2012ReducesForEachOfItsFiveItemsAndOffersTheWaiver() {
    String[] ids = {"very_slight", "remedied_forgiven", "coerced", "surrendered", "meritorious"};
    for (int i = 0; i < ids.length; i++) {
      CliRun run = under2012(ids[i], "waive_art19");
      assertTrue(run.out().contains("→ 应当减轻处罚（" + LAW_2012 + "第十九条第" + ITEMS[i] + "项）"),
          ids[i] + "\n" + run.out());
      assertTrue(run.out().contains("可选（未适用）：有第十九条所列情形，公安机关考虑不予处罚 → 可以不予处罚（"
          + LAW_2012 + "第十九条（减轻处罚或者不予处罚））"), run.out());
    }
    // 第十九条第（二）项 asks for more than 行政处罚法第三十二条第（一）项: remedying alone keeps the latter.
    assertTrue(under2012("remedied").out().contains(
        "→ 应当从轻或者减轻处罚（《中华人民共和国行政处罚法》第三十二条第（一）项）"));
  }

  @Test
  void article20Of2012MakesEachOfItsFourItemsHeavier() {
    String[] ids = {"serious_result", "instigator", "retaliation", "repeat_6m"};
    for (int i = 0; i < ids.length; i++) {
      CliRun run = under2012(ids[i]);
      assertTrue(run.out().contains("→ 应当从重处罚（" + LAW_2012 + "第二十条第" + ITEMS[i] + "项）"),
          ids[i] + "\n" + run.out());
    }
  }

  @Test
  void article20Of2025LightensForEachOfItsSixItemsAndOffersTheWaiver() {
    String[] ids = {"slight", "remedied", "forgiven", "coerced", "surrendered", "meritorious"};
    for (int i = 0; i < ids.length; i++) {
      CliRun run = under2025(ids[i], "waive_art20");
      assertTrue(run.out().contains("→ 应当从轻或者减轻处罚（" + LAW_2025 + "第二十条第" + ITEMS[i] + "项）"),
          ids[i] + "\n" + run.out());
      assertTrue(run.out().contains("可选（未适用）：有第二十条所列情形，公安机关考虑不予处罚 → 可以不予处罚（"
          + LAW_2025 + "第二十条（从轻、减轻或者不予处罚））"), run.out());
    }
  }

  @Test
  void article22Of2025MakesEachOfItsFourItemsHeavier() {
    String[] ids = {"serious_result", "instigator", "retaliation", "repeat_1y"};
    for (int i = 0; i < ids.length; i++) {
      CliRun run = under2025(ids[i]);
      assertTrue(run.out().contains("→ 应当从重处罚（" + LAW_2025 + "第二十二条第" + ITEMS[i] + "项）"),
          ids[i] + "\n" + run.out());
    }
  }

  @Test
  void excessiveDefenceIsReducedAndWhenMinorNotPunished() {
    assertTrue(under2025("excessive_defence").out().contains("→ 应当减轻处罚（" + LAW_2025 + "第十九条）"));
    CliRun minor = under2025("excessive_defence_minor");
    assertTrue(minor.out().contains("总则：不予行政处罚"), minor.out());
    assertTrue(minor.out().contains("（" + LAW_2025 + "第十九条（情节较轻的，不予处罚））"), minor.out());
  }

  @Test
  void theBlindAndTheDeafMuteAreOfferedLighterReducedOrNoPenaltyInBothTexts() {
    for (CliRun run : new CliRun[] {under2012("blind_or_deaf_mute", "waive_art14"),
        under2025("blind_or_deaf_mute", "waive_art14")}) {
      assertTrue(run.out().contains("总则：给予行政处罚"), run.out());
      assertTrue(run.out().contains("可选（未适用）：系盲人或者又聋又哑的人 → 可以从轻或者减轻处罚"), run.out());
      assertTrue(run.out().contains("可选（未适用）：系盲人或者又聋又哑的人，公安机关考虑不予处罚 → 可以不予处罚"),
          run.out());
      assertTrue(run.out().contains("第十四条（可以从轻、减轻或者不予处罚）"), run.out());
    }
  }

  @Test
  void minorsAndTheMentallyIllAreJudgedByThePublicSecurityLawsOwnWords() {
    assertTrue(under2012("under14").out().contains(LAW_2012 + "第十二条（应当责令其监护人严加管教）"));
    assertTrue(under2025("under14").out().contains(LAW_2025 + "第十二条（应当责令其监护人严加管教）"));
    assertTrue(under2025("minor_age").out().contains(
        "→ 应当从轻或者减轻处罚（" + LAW_2025 + "第十二条）"));
    assertTrue(under2025("insane").out().contains(
        LAW_2025 + "第十三条（应当责令其监护人加强看护管理和治疗）"));
    assertTrue(under2012("insane").out().contains(LAW_2012 + "第十三条（精神病人）"));
  }

  @Test
  void reviewAndCollectiveDiscussionFollowArticles113And114Of2025() {
    CliRun run = under2025("major_rights_heard", "complex");
    assertTrue(run.out().contains("法制审核——适用（情节：直接关系当事人或者第三人重大权益，经过听证程序）（" + LAW_2025
        + "第一百一十四条第一款第（二）项）"), run.out());
    assertTrue(run.out().contains("集体讨论决定——适用（情节：情节复杂或者重大违法行为）（" + LAW_2025 + "第一百一十三条第二款）"),
        run.out());
    // The 2012 text has no such rules: 行政处罚法 applies (治安管理处罚法（2012）第三条).
    CliRun old = under2012("major_rights_heard");
    assertTrue(old.out().contains("法制审核——适用（情节：直接关系当事人或者第三人重大权益，经过听证程序）"
        + "（《中华人民共和国行政处罚法》第五十八条第一款第（二）项）"), old.out());
  }

  @Test
  void otherStatutoryMitigationAsksTheOfficerForTheConcreteArticle() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--general", "other_mitigation");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("（须写明所依据的具体条文） → 应当从轻或者减轻处罚"
        + "（《中华人民共和国行政处罚法》第三十二条第（五）项）"), run.out());
  }

  @Test
  void theExampleLargeAmountIsNotCreditedToTheAuthority() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("（较大数额为本项目示例值，非官方规定）"), run.out());
    assertFalse(run.out().contains("本基准规定"), run.out());
  }

  /**
   * 治安管理处罚法's general part governs only 违反治安管理行为: a 网络安全法 violation discovered
   * seven months after the act is within 行政处罚法 第三十六条's 二年; a 治安 one is not (六个月),
   * and a circumstance of the 治安 part is unknown to the 网络安全法 violation.
   */
  @Test
  void theSecurityPartGovernsOnlyTheViolationsOfTheSecurityLaw() {
    String[] dates = {"--act-date", "2024-03-01", "--discovery-date", "2024-10-01",
        "--decision-date", "2024-11-01"};
    CliRun cyber = CliRun.of(concat(new String[] {"eval", CliRun.EXAMPLE, "E06401", "income=0",
        "minor=false", "serious=false"}, dates));
    assertEquals(0, cyber.exitCode(), cyber.err());
    assertTrue(cyber.out().contains("追责时效：二年，未超过（《中华人民共和国行政处罚法》第三十六条）"),
        cyber.out());
    CliRun publicOrder = CliRun.of(concat(new String[] {"eval", CliRun.EXAMPLE, "E05403",
        "minor=false"}, dates));
    assertEquals(0, publicOrder.exitCode(), publicOrder.err());
    assertTrue(publicOrder.out().contains("追责时效：六个月，已超过（" + LAW_2012 + "第二十二条）"),
        publicOrder.out());
    CliRun unknown = CliRun.of(concat(new String[] {"eval", CliRun.EXAMPLE, "E06401", "income=0",
        "minor=false", "serious=false", "--general", "waive_art19"}, dates));
    assertNotEquals(0, unknown.exitCode(), unknown.out());
    assertTrue(unknown.err().contains("未知的总则情节 waive_art19"), unknown.err());
  }

  private static String[] concat(String[] first, String[] second) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(second));
    return all.toArray(String[]::new);
  }

  /** The explanation reads "当事人" + label: no label may repeat it or end like a statute's item. */
  @Test
  void everyCircumstanceLabelReadsAfterTheParty() {
    Path examples = Path.of(CliRun.EXAMPLE).getParent();
    Compilation compilation = StandardCompiler.compile(List.of(Path.of(CliRun.BEIJING),
        Path.of(CliRun.EXAMPLE), Path.of(EXAMPLE_2026)), examples);
    assertFalse(compilation.hasErrors(), compilation.render());
    int checked = 0;
    for (Standard standard : compilation.standards()) {
      for (GeneralCircumstance circumstance : Generals.scopes(standard, compilation.generals())
          .stream().flatMap(scope -> scope.part().circumstances().stream()).distinct().toList()) {
        String label = circumstance.label();
        assertFalse(label.startsWith("当事人"), circumstance.id() + "：" + label);
        assertFalse(label.endsWith("的"), circumstance.id() + "：" + label);
        assertFalse(label.contains("的未成年人"), circumstance.id() + "：" + label);
        checked++;
      }
    }
    assertTrue(checked > 60, "circumstances checked: " + checked);
  }

  /**
   * The legal review: an act barred under the law of the decision's day but not under the act's
   * was punished (only the act's law was weighed). Barred under either, it is barred. The examples'
   * two texts both have six months, so the 2025 part is given three here.
   */
  @Test
  void anActBarredUnderTheNewLawIsBarred(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path examples = java.nio.file.Path.of(CliRun.EXAMPLE).getParent();
    for (String name : List.of("example_security.cailiang", "example_security_2026.cailiang",
        "xzcff.cailiang", "security2012.cailiang", "security2025.cailiang")) {
      String text = java.nio.file.Files.readString(examples.resolve(name));
      if (name.equals("security2025.cailiang")) {
        String shorter = text.replace("limitation 6 months", "limitation 3 months");
        assertNotEquals(text, shorter);
        text = shorter;
      }
      java.nio.file.Files.writeString(dir.resolve(name), text);
    }
    String[] args = {"eval", dir.resolve("example_security.cailiang").toString(),
        dir.resolve("example_security_2026.cailiang").toString(), "E05403", "minor=false",
        "again=false", "--act-date", "2025-12-01", "--decision-date", "2026-04-01",
        "--discovery-date", "2026-03-15"};
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("总则：" + org.cailiang.runtime.CaseDecision.Verdict.TIME_BARRED.label()),
        run.out());
    assertTrue(run.out().contains("三个月"), run.out());
  }

  /**
   * The legal review: 谅解 alone (2025 第二十条(三)) is a circumstance of the new law only; under the
   * old version (从旧, chosen on the tiers) it was refused as unknown without a word on why. The
   * refusal now says where it is declared, and that 第三十七条 is the officer's to weigh.
   */
  @Test
  void aCircumstanceOfTheNewLawOnlyIsRefusedSayingWhereItIs() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, EXAMPLE_2026, "E05403", "minor=true", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01", "--general", "forgiven");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("未知的总则情节 forgiven：可用 "), run.err());
    assertTrue(run.err().contains("；它见于《治安管理处罚法总则（2025年修订）》，而适用的版本所用的总则没有它："
        + "版本是按阶次选定的，新的规定是否因此处罚较轻（《中华人民共和国行政处罚法》第三十七条），须由执法人员判断"),
        run.err());
    CliRun nowhere = CliRun.of("eval", CliRun.EXAMPLE, "E05403", "minor=true", "--general", "nowhere");
    assertEquals(1, nowhere.exitCode(), nowhere.out());
    assertFalse(nowhere.err().contains("它见于"), "declared nowhere: nothing more to say");
  }
  /**
   * 程序从新: an act of 2025 decided in 2026 under the 2012 substance takes the 2025 procedures —
   * a hearing from 4000 元 (第一百一十七条), not 2000 元 (2012 第九十八条) — and says so.
   */
  @Test
  void theOldSubstanceFollowsTheProceduresInForceWhenDecided() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, EXAMPLE_2026, "E05403", "minor=false",
        "again=false", "--act-date", "2025-11-01", "--decision-date", "2026-03-01", "--fine", "800");
    assertEquals(0, run.exitCode(), run.err());
    String old = run.out().substring(run.out().indexOf("适用版本：example_security（"),
        run.out().indexOf("适用版本：example_security_2026"));
    assertTrue(old.contains("应当告知当事人有要求听证的权利——不适用（罚款4000元以上（拟罚款800元））（"
        + LAW_2025 + "第一百一十七条）"), old);
    assertFalse(old.contains("第九十八条"), old);
    assertTrue(old.contains("以上程序依作出处罚决定时施行的"), old);
    // The same act decided in 2025 keeps the 2012 procedures.
    CliRun then = CliRun.of("eval", CliRun.EXAMPLE, EXAMPLE_2026, "E05403", "minor=false",
        "again=false", "--act-date", "2025-11-01", "--decision-date", "2025-12-01", "--fine", "800");
    assertTrue(then.out().contains(LAW_2012 + "第九十八条"), then.out());
    assertFalse(then.out().contains("程序问题适用新法规定"), then.out());
  }
  private static final String OLD_VERSION = """
      standard tv_old "测试基准（旧）" {
        uses xzcff
        effective "2024-01-01"
      }
      party offender "违法行为人" person
      regulation po "中华人民共和国治安管理处罚法（2012年修正）" {
        uses security2012
        article a1 "第一条" "处十日以上十五日以下拘留，并处五百元以上一千元以下罚款。"
        violation X00001 "测试" {
          basis a1
          fact f "情节": bool
          statute {
            detain offender 10..15 days
            fine offender 500..1000
          }
          tier B010 "一般" otherwise {
            detain offender 10..15 days
            fine offender 500..1000
          }
        }
      }
      """;

  private static final String NEW_VERSION = """
      standard tv_new "测试基准（新）" {
        uses xzcff
        supersedes tv_old
        effective "2026-01-01"
      }
      party offender "违法行为人" person
      regulation po "中华人民共和国治安管理处罚法（2025年修订）" {
        uses security2025
        article a1 "第一条" "处五日以上十日以下拘留。"
        violation X00001 "测试" {
          basis a1
          fact f "情节": bool
          statute { detain offender 5..10 days }
          tier B010 "一般" otherwise { detain offender 5..10 days }
        }
      }
      """;

  /**
   * The new version's tiers are lighter, so it is chosen (第三十七条); but 七十周岁以上、情节严重 is
   * 应当不执行 under 2012 第二十一条 and only 可以 under 2025 第二十三条第二款: which law is lighter
   * for this person is the officer's to weigh, and the outcome says so (legal review of this stop).
   */
  @Test
  void aCircumstanceTheOtherVersionTreatsOtherwiseIsLeftToTheOfficer(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("old.cailiang"), OLD_VERSION);
    java.nio.file.Files.writeString(dir.resolve("new.cailiang"), NEW_VERSION);
    java.util.function.Function<String, CliRun> eval = circumstance -> {
      String examples = "../examples/src/main/cailiang/";
      CliRun done = CliRun.of("eval", examples + "xzcff.cailiang", examples + "security2012.cailiang",
          examples + "security2025.cailiang", dir.resolve("old.cailiang").toString(),
          dir.resolve("new.cailiang").toString(), "X00001", "f=false", "--act-date", "2025-11-01",
          "--decision-date", "2026-03-01", "--general", circumstance);
      assertEquals(0, done.exitCode(), done.err());
      return done;
    };
    CliRun run = eval.apply("detention_70_serious");
    assertTrue(run.out().contains("新的规定处罚较轻"), run.out());
    assertTrue(run.out().contains("须由执法人员决定：总则情节「七十周岁以上，违反治安管理情节严重、影响恶劣或者一年以内二次以上"
        + "违反治安管理」在《测试基准（旧）》（tv_old）所用的总则中效果不同或者没有规定"), run.out());
    // Without that circumstance there is nothing to weigh.
    CliRun plain = eval.apply("detention_70");
    assertFalse(plain.out().contains("效果不同或者没有规定"), plain.out());
  }
}
