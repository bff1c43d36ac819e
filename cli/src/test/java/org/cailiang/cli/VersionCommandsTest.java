package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code eval --act-date/--decision-date} and {@code diff} on the two security versions. */
class VersionCommandsTest {
  private static final String NEW = "../examples/src/main/cailiang/example_security_2026.cailiang";

  @Test
  void aMinorActOf2025DecidedIn2026GetsTheOldRangeCitingArticle37() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("适用版本：example_security（2024-01-01 至 2025-12-31）"), run.out());
    assertTrue(run.out().contains("第三十七条"), run.out());
    assertTrue(run.out().contains("E05403B020"), run.out());
    assertTrue(run.out().contains("5日以下拘留"), run.out());
    assertFalse(run.out().contains(TimedEval.OFFICER_MARK), run.out());
  }

  /**
   * Integrator: --fine 15万 fits the old version's range and was refused as "本案不处罚款" because
   * the new one fines nothing; the runtime does the same as eval now (ProposedFineInTimeTest).
   */
  @Test
  void aFineOfOneOfTwoVersionsIsNotRefusedForTheOther() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E06401", "income=50000", "minor=否", "serious=否",
        "refused=否", "--act-date", "2025-06-01", "--decision-date", "2026-02-01", "--fine", "150000");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("（拟罚款15万元）"), run.out());
    assertTrue(run.out().contains("须由执法人员决定：版本 example_security_2026：拟罚款 15万元 不在可处罚款的幅度内（本案不处罚款）"),
        run.out());
    // Regression check: the note was also read into the 说明 as "如适用可以减轻处罚的选项：版本 …".
    CliRun twoRules = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=false", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01", "--fine", "200");
    assertEquals(0, twoRules.exitCode(), twoRules.out() + twoRules.err());
    assertTrue(twoRules.out().contains("须由执法人员决定：版本 example_security：拟罚款 200元"), twoRules.out());
    assertFalse(twoRules.out().contains("选项：版本"), twoRules.out());
    CliRun none = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E06401", "income=50000", "minor=否", "serious=否",
        "refused=否", "--act-date", "2025-06-01", "--decision-date", "2026-02-01", "--fine", "999");
    assertEquals(1, none.exitCode(), none.out() + none.err());
    assertTrue((none.out() + none.err()).contains("拟罚款不在任何一个版本可处罚款的幅度内：版本 example_security：拟罚款 999元 不在可处罚款的幅度内"), none.out() + none.err());
  }

  /** Integrator: a key no version declares listed the old version's facts only ("事实有：minor"). */
  @Test
  void anUnknownFactIsNamedBesideEveryVersionsFacts() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=否", "again=否", "bogus=1",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue((run.out() + run.err()).contains("未知事实 bogus，本违法行为的事实有：minor, again"), run.out() + run.err());
    CliRun both = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "again=否", "bogus=1",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01");
    String said = both.out() + both.err();
    assertTrue(said.contains("缺少事实 minor") && said.contains("未知事实 bogus"), said);
  }

  /** As the runtime (TimeBarredFactsTest): the decision day's version decides whether it refers. */
  @Test
  void anActBeforeEveryVersionBarredStillNeedsTheFacts() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "--act-date", "2020-06-01",
        "--discovery-date", "2023-07-01", "--decision-date", "2026-02-01");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue((run.out() + run.err()).contains("缺少事实 minor"), run.out() + run.err());
    CliRun given = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=否", "again=否", "--act-date", "2020-06-01",
        "--discovery-date", "2023-07-01", "--decision-date", "2026-02-01");
    assertEquals(0, given.exitCode(), given.out() + given.err());
    assertTrue(given.out().contains("超过追责时效"), given.out());
    // The earliest version's orders, as the runtime says them (TimeBarredFactsTest).
    assertTrue(given.out().contains("阶次中的予以取缔不是行政处罚"), given.out());
  }

  @Test
  void anIncomparablePairPrintsBothOutcomesMarkedForTheOfficer() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=false", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("违法行为发生之日：2025-12-01"), run.out());
    assertTrue(run.out().contains(TimedEval.OFFICER_MARK), run.out());
    assertTrue(run.out().contains("适用版本：example_security（") && run.out().contains("适用版本：example_security_2026（"),
        run.out());
  }

  @Test
  void jsonCarriesTheGroundAndEveryOutcome() {
    CliRun run = CliRun.of("eval", "--json", CliRun.EXAMPLE, NEW, "E05403", "minor=false", "again=false",
        "--act-date", "2025-12-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"ground\": \"INCOMPARABLE\""), run.out());
    assertTrue(run.out().contains("\"needsOfficer\": true"), run.out());
    assertTrue(run.out().contains("\"version\": \"example_security_2026\""), run.out());
  }

  @Test
  void aCodeInTwoVersionsWithoutAnActDateIsAUsageError() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "again=false");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--act-date"), run.err());
  }

  @Test
  void badDatesAreUsageErrorsWithoutAStackTrace() {
    CliRun bad = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "--act-date", "2025/03/01");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("YYYY-MM-DD"), bad.err());
    // Written right, no such day: the format is not what is wrong.
    CliRun noSuchDay = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "--act-date", "2025-02-30");
    assertEquals(2, noSuchDay.exitCode());
    assertEquals("--act-date 的日期 2025-02-30 不存在：请核对月、日\n", noSuchDay.err());
    // Years LocalDate.parse reads and no case is dated (hostile check): not YYYY-MM-DD.
    for (String year : new String[] {"-0001-01-01", "+10000-03-01"}) {
      CliRun signed = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "--act-date", year);
      assertEquals(2, signed.exitCode(), signed.err());
      assertEquals("--act-date 的日期应写作 YYYY-MM-DD（如 \"2024-01-01\"），不能是 \"" + year + "\"\n", signed.err());
    }
    CliRun directory = CliRun.of("check", ".");
    assertEquals(2, directory.exitCode(), directory.err());
    assertTrue(directory.out().startsWith(".:1:1: error: 这是一个目录，不是源文件"), directory.out());
    // An act after today, the decision date left to its default: the act date is what is wrong.
    String tomorrow = org.cailiang.runtime.internal.ChinaDay.today().plusDays(1).toString();
    CliRun future = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true", "--act-date", tomorrow);
    assertEquals(2, future.exitCode());
    assertTrue(future.err().startsWith("违法行为发生日期 " + tomorrow + " 在今天"), future.err());
    CliRun reversed = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E05403", "minor=true",
        "--act-date", "2026-02-01", "--decision-date", "2026-01-01");
    assertEquals(2, reversed.exitCode());
    assertTrue(reversed.err().contains("早于"), reversed.err());
    assertFalse((bad.err() + reversed.err()).contains("Exception"));
  }

  /**
   * Integrator's review: the later version applied to an earlier act because it is lighter
   * (第三十七条) came with "尚未施行…请核对适用的法律", which made a correct decision look wrong.
   */
  @Test
  void aLighterLaterVersionIsNotDoubted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String body = """
        party p "个人" person
        regulation r "某条例（%s）" {
          effective "%s"
          article a1 "第一条" "处%s罚款。"
          violation X00001 "某行为" { basis a1 statute { fine p %s } tier B010 "一般" otherwise { fine p %s } }
        }
        """;
    java.nio.file.Path v1 = java.nio.file.Files.writeString(dir.resolve("v1.cailiang"),
        "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
            + body.formatted("2020年", "2020-01-01", "一千元以下", "..1000", "..1000"));
    java.nio.file.Path v2 = java.nio.file.Files.writeString(dir.resolve("v2.cailiang"),
        "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted("2026年", "2026-01-01", "五百元以下", "..500", "..500"));
    CliRun run = CliRun.of("eval", v1.toString(), v2.toString(), "X00001",
        "--act-date", "2025-06-01", "--decision-date", "2026-02-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("适用版本：v2"), run.out());
    assertFalse(run.out().contains("尚未施行"), run.out());
    // The version in force at the act, with a law not yet in force then, does not decide it
    // (integrator's review: the runtime said it applied, the command line only noted it).
    java.nio.file.Path early = java.nio.file.Files.writeString(dir.resolve("early.cailiang"),
        "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
            + body.formatted("2021年", "2021-01-01", "一千元以下", "..1000", "..1000"));
    CliRun doubted = CliRun.of("eval", early.toString(), "X00001", "--act-date", "2020-06-01",
        "--decision-date", "2020-07-01");
    assertEquals(0, doubted.exitCode(), doubted.err());
    assertTrue(doubted.out().contains(TimedEval.OFFICER_MARK + "编码 X00001 所依据的法规自 2021-01-01 起施行，违法行为发生时"
        + "（2020-06-01）尚未施行：本基准不作裁量"), doubted.out());
    assertFalse(doubted.out().contains("适用版本"), doubted.out());
  }

  /**
   * Legal re-review: Beijing's C05838 fines before a refusal, which the national 条例 (in force
   * since 2025-04-01) does not allow; the author's reason (suppress "higher-law") never reached
   * eval. Now said for an act while that law is in force, not before it.
   */
  @Test
  void aTierBeyondTheHigherLawInForceIsNoted() {
    String[] facts = {"eval", CliRun.BEIJING, "C05838", "refused=否", "harm=否", "otherSerious=否"};
    String note = "注意：本违法行为的阶次超出所实施的上位法的规定（裁量基准作者以 suppress \"higher-law\" 写明）：原表照录";
    CliRun today = CliRun.of(facts);
    assertEquals(0, today.exitCode(), today.err());
    assertTrue(today.out().startsWith(note), today.out());
    CliRun after = CliRun.of(concat(facts, "--act-date", "2025-05-01", "--decision-date", "2025-07-01"));
    assertTrue(after.out().contains("  " + note), after.out());
    CliRun json = CliRun.of(concat(concat(facts, "--json"), "--act-date", "2025-05-01", "--decision-date", "2025-07-01"));
    assertTrue(json.out().contains("\"notes\": [\n        \"本违法行为的阶次超出所实施的上位法的规定"), json.out());
    CliRun before = CliRun.of(concat(facts, "--act-date", "2024-05-01", "--decision-date", "2024-07-01"));
    assertFalse(before.out().contains("已废止"), before.out());
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** A version still in force whose regulation was repealed: decided, with a note to check. */
  @Test
  void aRegulationRepealedBeforeTheActIsNoted() {
    CliRun alone = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=0", "minor=否", "serious=否",
        "--act-date", "2026-03-01", "--decision-date", "2026-04-01");
    assertEquals(0, alone.exitCode(), alone.err());
    assertTrue(alone.out().contains("  注意：违法行为发生之日（2026-03-01）《中华人民共和国网络安全法（2016年）》已废止"
        + "（2026-01-01起不再施行）"), alone.out());
    CliRun json = CliRun.of("eval", "--json", CliRun.EXAMPLE, "E06401", "income=0", "minor=否", "serious=否",
        "--act-date", "2026-03-01", "--decision-date", "2026-04-01");
    assertTrue(json.out().contains("\"notes\": [\n        \"违法行为发生之日（2026-03-01）"), json.out());
    CliRun before = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=0", "minor=否", "serious=否",
        "--act-date", "2025-03-01", "--decision-date", "2025-04-01");
    assertFalse(before.out().contains("已废止"), before.out());
    CliRun both = CliRun.of("eval", CliRun.EXAMPLE, NEW, "E06401", "income=0", "minor=否", "serious=否",
        "refused=否", "--act-date", "2026-03-01", "--decision-date", "2026-04-01");
    assertFalse(both.out().contains("已废止"), both.out());
  }

  /** diff compares any two standards, and says when they are not a version and its next. */
  @Test
  void diffNotesReversedAndUnrelatedStandards() {
    CliRun next = CliRun.of("diff", CliRun.EXAMPLE, NEW);
    assertEquals(0, next.exitCode(), next.err());
    assertEquals("", next.err());
    CliRun reversed = CliRun.of("diff", NEW, CliRun.EXAMPLE);
    assertEquals(0, reversed.exitCode(), reversed.err());
    assertTrue(reversed.err().startsWith("注意：example_security_2026 取代（supersedes）example_security：新旧是否写反了？"),
        reversed.err());
    CliRun unrelated = CliRun.of("diff", CliRun.BEIJING, CliRun.EXAMPLE);
    assertEquals(0, unrelated.exitCode(), unrelated.err());
    assertTrue(unrelated.err().startsWith("注意：example_security 没有写 supersedes beijing_psb，不是它的下一版本"),
        unrelated.err());
  }

  @Test
  void aVersionWithoutDatesSaysSoNotUndetermined() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--act-date", "2025-03-01", "--decision-date", "2025-04-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("（beijing_psb，施行日期未声明）"), run.out());
    assertFalse(run.out().contains("不定"), run.out());
  }

  @Test
  void oneFileWithoutDatesWorksAsBefore() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, "E05403", "minor=true");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("E05403B020"), run.out());
  }

  @Test
  void diffListsEveryChangedTierOfThePublicOrderViolation() {
    CliRun run = CliRun.of("diff", CliRun.EXAMPLE, NEW);
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("example_security → example_security_2026："), out);
    assertTrue(out.contains("E05403  轻重无法比较  情节较轻=否，被取缔一年以内又实施=否\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=是，被取缔一年以内又实施=否\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=否，被取缔一年以内又实施=是\n"), out);
    assertTrue(out.contains("E05403  较重  情节较轻=是，被取缔一年以内又实施=是\n"), out);
    for (String tier : new String[] {"旧：E05403B010", "旧：E05403B020", "新：E05403B010", "新：E05403B020", "新：E05403B030"}) {
      assertTrue(out.contains(tier), tier + " missing:\n" + out);
    }
  }

  @Test
  void aFileComparedWithItselfHasNoChanges() {
    CliRun run = CliRun.of("diff", CliRun.BEIJING, CliRun.BEIJING);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("beijing_psb → beijing_psb：阶次没有变化，总则没有变化\n", run.out());
  }

  @Test
  void anEditedCopyOfTheSameStandardIsComparedWithTheOriginal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String source = java.nio.file.Files.readString(java.nio.file.Path.of(CliRun.BEIJING));
    String edited = source.replace("fine unit 2万..3万", "fine unit 2万..2.5万");
    assertFalse(edited.equals(source), "the edit must change the copy");
    // The general part it uses is found beside it, as beside the original.
    java.nio.file.Files.copy(java.nio.file.Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    java.nio.file.Path copy = java.nio.file.Files.writeString(dir.resolve("beijing-edited.cailiang"), edited);
    CliRun run = CliRun.of("diff", CliRun.BEIJING, copy.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("beijing_psb → beijing_psb："), run.out());
    assertTrue(run.out().contains("较轻"), run.out());
    assertFalse(run.out().contains("阶次没有变化"), run.out());
    java.nio.file.Path broken = java.nio.file.Files.writeString(dir.resolve("broken.cailiang"), source + "\nviolation");
    CliRun error = CliRun.of("diff", CliRun.BEIJING, broken.toString());
    assertEquals(1, error.exitCode(), error.err());
    assertTrue(error.err().contains("broken.cailiang:"), error.err());
  }

  /**
   * The hostile check: two revisions of one file that declares its general part too were refused
   * ("总则 g1 重复声明"): compared apart, as copies of one standard are.
   */
  @Test
  void twoRevisionsOfAFileWithItsOwnGeneralPartAreCompared(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String source = """
        standard s1 "测试标准" { uses g1 }
        party unit "单位" organization
        regulation reg "某条例" {
          article a1 "第一条" "违反的，责令改正，处一万元以上三万元以下罚款。"
          violation X00001 "某违法行为" {
            basis a1
            fact serious "情节严重": bool
            statute { order "责令改正"; fine unit 1万..3万 }
            tier B010 "一般" when not serious { order "责令改正"; fine unit 1万..2万 }
            tier B020 "严重" when serious { order "责令改正"; fine unit 2万..3万 }
          }
        }
        general g1 "总则" { adjust 从轻 lower 50% limitation 2 years }
        """;
    java.nio.file.Files.createDirectories(dir.resolve("rev"));
    java.nio.file.Path base = java.nio.file.Files.writeString(dir.resolve("base.cailiang"), source);
    java.nio.file.Path rev = java.nio.file.Files.writeString(dir.resolve("rev/base.cailiang"),
        source.replace("fine unit 2万..3万 }\n", "fine unit 2万..2.5万 }\n"));
    CliRun run = CliRun.of("diff", base.toString(), rev.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("s1 → s1：1 处阶次变化，总则没有变化\n"), run.out());
    // Integrator's review: the general part changed, the tiers did not — "没有变化" before.
    java.nio.file.Path general = java.nio.file.Files.writeString(dir.resolve("rev/general.cailiang"),
        source.replace("adjust 从轻 lower 50% limitation 2 years",
            "adjust 从轻 lower 30% limitation 3 years procedure hearing fine >= 1万"));
    CliRun generalOnly = CliRun.of("diff", base.toString(), general.toString());
    assertEquals(0, generalOnly.exitCode(), generalOnly.err());
    assertEquals("""
        s1 → s1：阶次没有变化，总则有变化（见下）
        总则（X00001）：
          从轻处罚的幅度：在阶次幅度（罚款、拘留）的下段 50% 内处罚 → 在阶次幅度（罚款、拘留）的下段 30% 内处罚
          追责时效：二年 → 三年
          程序「应当告知当事人有要求听证的权利」：无 → 罚款1万元以上
        """, generalOnly.out());
  }

  /** Two versions kept as v2024/std.cailiang and v2026/std.cailiang: old is the first file given. */
  @Test
  void versionsOfTheSameFileNameInTwoFoldersAreToldApart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path examples = java.nio.file.Path.of(CliRun.EXAMPLE).getParent();
    for (String folder : new String[] {"v2024", "v2026"}) {
      java.nio.file.Files.createDirectories(dir.resolve(folder));
      for (String general : new String[] {"xzcff", "security2012", "security2025"}) {
        java.nio.file.Files.copy(examples.resolve(general + ".cailiang"), dir.resolve(folder).resolve(general + ".cailiang"));
      }
    }
    java.nio.file.Files.copy(java.nio.file.Path.of(CliRun.EXAMPLE), dir.resolve("v2024/std.cailiang"));
    java.nio.file.Files.copy(java.nio.file.Path.of(NEW), dir.resolve("v2026/std.cailiang"));
    for (int run = 0; run < 8; run++) {
      CliRun diff = CliRun.of("diff", dir.resolve("v2024/std.cailiang").toString(), dir.resolve("v2026/std.cailiang").toString());
      assertEquals(0, diff.exitCode(), diff.err());
      assertTrue(diff.out().startsWith("example_security → example_security_2026："), diff.out());
    }
  }
}
