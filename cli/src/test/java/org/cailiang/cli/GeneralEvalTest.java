package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --general/--discovery-date/--fine} on the example standards and their general parts. */
class GeneralEvalTest {
  private static final String[] INDIVIDUAL = {"C05837", "setter=个人设置", "harm=否"};

  private static CliRun beijing(String... options) {
    String[] args = new String[2 + INDIVIDUAL.length + options.length];
    args[0] = "eval";
    args[1] = CliRun.BEIJING;
    System.arraycopy(INDIVIDUAL, 0, args, 2, INDIVIDUAL.length);
    System.arraycopy(options, 0, args, 2 + INDIVIDUAL.length, options.length);
    return CliRun.of(args);
  }

  @Test
  void aFifteenYearOldGetsTheLighterOrReducedRangeByIdOrByLabel() {
    CliRun byId = beijing("--general", "minor_age");
    assertEquals(0, byId.exitCode(), byId.err());
    assertTrue(byId.out().contains("应当从轻或者减轻处罚（《中华人民共和国行政处罚法》第三十条）"), byId.out());
    assertTrue(byId.out().contains("对个人处250元以上750元以下罚款"), byId.out());
    CliRun byLabel = beijing("--general", "已满十四周岁不满十八周岁=是");
    assertEquals(byId.out(), byLabel.out());
  }

  /**
   * E06401, 违法所得 5万 in the 3–6 倍 tier: 减轻 below the statute's 一倍 (5万), not the tier's
   * 15万 (which gave 7.5万–15万, inside 网络安全法's 5万–50万); 从轻 the tier's lower half.
   */
  @Test
  void aReductionIsBelowTheStatutoryMinimumNotTheTiers() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, "E06401", "income=5万", "minor=否", "serious=否",
        "--general", "remedied");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("对网络运营者经依法调整，处2.5万元以上49999.99元以下罚款或者"
        + "对网络运营者经依法调整，处15万元以上22.5万元以下罚款"), run.out());
    assertTrue(run.out().contains("减轻（在法定最低限以下处罚，但不低于法定最低限的 50%）"), run.out());
    assertFalse(run.out().contains("7.5万元"), run.out());
    assertFalse(run.out().contains("须由执法人员决定"), run.out());
  }

  /**
   * 已满十四周岁不满十八周岁 and 不满十四周岁 are circumstances of one natural person (`for person` in
   * xzcff.cailiang): in a unit's case the unit's fine stays; C05837 fines two persons (主要负责人、
   * 直接责任人员), and which of them the circumstance concerns the facts do not say, so it is left to
   * the officer; in a person's case it applies.
   */
  @Test
  void aMinorInAUnitsCaseIsLeftToTheOfficerAndAPersonsCaseIsMoved() {
    CliRun unit = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=单位设置", "harm=否",
        "--general", "under14");
    assertEquals(0, unit.exitCode(), unit.err());
    assertTrue(unit.out().contains("总则：给予行政处罚"), unit.out());
    assertTrue(unit.out().contains("须由执法人员决定：本案「单位主要负责人」「直接责任人员」都受处罚，"
        + "总则情节「不满十四周岁」只关乎其中的自然人本人：未适用"), unit.out());
    assertFalse(unit.out().contains("适用：不满十四周岁"), unit.out());
    CliRun person = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--general", "minor_age");
    assertEquals(0, person.exitCode(), person.err());
    assertTrue(person.out().contains("    - 对个人处250元以上750元以下罚款"), person.out());
    // Integrator: a waived case's explanation opened with the tier's fine (对个人处500元以上1000元以下罚款),
    // which a 不予行政处罚决定书 cannot say; it names the provisions violated, then why not.
    CliRun waived = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--general", "under14");
    assertTrue(waived.out().contains("  说明：C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定。"
        + "当事人不满十四周岁"), waived.out());
    assertFalse(waived.out().substring(waived.out().indexOf("说明：")).contains("罚款"), waived.out());
  }

  /** 五日以下拘留或者五百元以下罚款 has no minimum to go below: the officer decides, in JSON too. */
  @Test
  void aReductionWithoutStatutoryMinimumIsLeftToTheOfficer() {
    String[] args = {"eval", CliRun.EXAMPLE, "E05403", "minor=true", "--general", "very_slight",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01"};
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("  须由执法人员决定：法定幅度对违法行为人的拘留没有最低限"), run.out());
    assertTrue(run.out().contains("由执法人员依法决定（如改处本违法行为罚则规定的较轻种类的处罚）"), run.out());
    assertFalse(run.out().contains("第九条"), run.out()); // 治安管理处罚法 has its own kinds
    String[] json = new String[args.length + 1];
    json[0] = "eval";
    json[1] = "--json";
    System.arraycopy(args, 1, json, 2, args.length - 1);
    CliRun asJson = CliRun.of(json);
    assertEquals(0, asJson.exitCode(), asJson.err());
    assertTrue(asJson.out().contains("\"unresolved\": [\n"), asJson.out());
  }

  /**
   * Re-review: a child under fourteen on a tier of orders only was told both that the
   * circumstance does not apply and that the guardian is to be ordered, and the plain text did
   * not list the guardian's order.
   */
  @Test
  void aChildUnderFourteenOnAnOrdersOnlyTierGetsTheGuardiansOrderListed(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("orders.cailiang");
    Files.writeString(file, """
        standard orders "只责令" {
          uses g
        }
        party man "个人" person
        general g "总则" {
          circumstance under14 "不满十四周岁" for person
            effect 应当 不予 basis "《中华人民共和国行政处罚法》第三十条（责令监护人加以管教）"
        }
        regulation reg "条例" {
          article a1 "第一条" "责令改正。"
          violation X00200 "违法行为" {
            basis a1
            statute { order "责令改正" }
            tier B1 "一般" otherwise { order "责令改正" text "责令改正。" }
          }
        }
        """);
    CliRun run = CliRun.of("eval", file.toString(), "X00200", "--general", "under14");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("  另须：责令监护人加以管教\n"), run.out());
    assertTrue(run.out().contains("总则情节「不满十四周岁」：本阶次没有行政处罚，无须不予；依《中华人民共和国行政处罚法》第三十条"),
        run.out());
    org.junit.jupiter.api.Assertions.assertFalse(run.out().contains("不满十四周岁」：本阶次没有行政处罚，不适用"), run.out());
  }

  /** A violation without {@code statute}: no minimum is known, so none is made up from the tier. */
  @Test
  void withoutAStatuteAReductionIsLeftToTheOfficer(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nostat.cailiang");
    Files.writeString(file, """
        standard nostat "无法定幅度" {
          uses g
        }
        party man "个人" person
        general g "总则" {
          circumstance reduce "有应当减轻的情节" effect 应当 减轻 basis "本基准规定"
          adjust 减轻 floor 50% basis "本基准规定"
        }
        regulation reg "条例" {
          article a1 "第一条" "处五百元以上一千元以下罚款。"
          violation X00100 "违法行为" {
            basis a1
            tier B1 "一般" otherwise {
              fine man 500..1000
              text "处五百元以上一千元以下罚款。"
            }
          }
        }
        """);
    CliRun run = CliRun.of("eval", file.toString(), "X00100", "--general", "reduce");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("须由执法人员决定：法定幅度未知（违法行为没有声明 statute，或求值时未给出本案的法定幅度），对个人的罚款的法定最低限不明"),
        run.out());
    assertTrue(run.out().contains("    - 对个人处500元以上1000元以下罚款"), run.out());
    assertFalse(run.out().contains("250元"), run.out());
  }

  @Test
  void aWaiverThatTheLawOnlyAllowsIsOfferedNotApplied() {
    CliRun run = beijing("--general", "first_offence");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("总则：给予行政处罚"), run.out());
    assertTrue(run.out().contains("可选（未适用）：初次违法且危害后果轻微并及时改正 → 可以不予处罚"), run.out());
  }

  @Test
  void aTrivialViolationIsNotPunishedButTheOrderStays() {
    CliRun run = beijing("--general", "trivial");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("总则：不予行政处罚"), run.out());
    assertTrue(run.out().contains("    - 责令拆除"), run.out());
    assertTrue(run.out().contains("进行教育"), run.out());
  }

  /**
   * Integrator: with the facts left out, eval said TIME_BARRED and the runtime refused them;
   * whether the case is a suspected crime (第二十七条, not barred) depends on the facts, so both
   * now name the facts missing.
   */
  @Test
  void aBarredCaseStillNeedsTheFactsTheTableDecidesOn() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "--act-date", "2022-03-01",
        "--discovery-date", "2024-03-02", "--decision-date", "2024-05-01");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue((run.out() + run.err()).contains("缺少事实 setter"), run.out() + run.err());
    org.cailiang.runtime.InvalidFactsException runtime = org.junit.jupiter.api.Assertions.assertThrows(
        org.cailiang.runtime.InvalidFactsException.class,
        () -> org.cailiang.dsl.eval.Interpreter.standards(org.cailiang.dsl.StandardCompiler.compile(
                java.util.List.of(java.nio.file.Path.of(CliRun.BEIJING)), java.nio.file.Path.of(CliRun.BEIJING).getParent())
            .standards())
            .evaluate("C05837", java.util.Map.of(), java.time.LocalDate.of(2022, 3, 1), java.time.LocalDate.of(2024, 5, 1),
                org.cailiang.runtime.GeneralFacts.NONE.dated(java.time.LocalDate.of(2022, 3, 1),
                    java.time.LocalDate.of(2024, 3, 2))));
    assertTrue(runtime.getMessage().contains("缺少事实 setter"), runtime.getMessage());
  }

  /** Hostile re-check: the dated header dropped the discovery date the barred one shows. */
  @Test
  void theDatedHeaderSaysTheDiscoveryDate() {
    CliRun run = beijing("--act-date", "2024-01-01", "--discovery-date", "2024-06-01", "--decision-date", "2024-07-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("违法行为发生之日：2024-01-01；发现之日：2024-06-01；作出处罚决定之日：2024-07-01\n"),
        run.out());
  }

  @Test
  void anActDiscoveredAfterTwoYearsIsNotPunished() {
    CliRun run = beijing("--act-date", "2022-03-01", "--discovery-date", "2024-03-02",
        "--decision-date", "2024-04-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("总则：超过追责时效，不再给予行政处罚"), run.out());
    assertTrue(run.out().contains("追责时效：二年，已超过（《中华人民共和国行政处罚法》第三十六条）"), run.out());
  }

  /**
   * A suspected crime is handed over (第二十七条), not punished: no circumstance lightens it, no
   * procedure is flagged, and the statute is not read (its facts need not be given).
   */
  @Test
  void aCaseHandedOverIsNotAPenaltyWhateverTheCircumstances(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.copy(java.nio.file.Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    java.nio.file.Path source = java.nio.file.Files.writeString(dir.resolve("crime.cailiang"), """
        standard crime_test "移送测试" {
          uses xzcff
        }
        party individual "个人" person
        regulation reg "测试条例" {
          article a1 "第一条" "违反本条例规定的，处一千元以上二千元以下罚款；构成犯罪的，依法追究刑事责任。"
          violation X00001 "测试违法行为" {
            basis a1
            fact crime "涉嫌犯罪": bool
            fact income "违法所得": amount
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            statute {
              fine individual 1000..2000 when income >= 0
            }
            tier B010 "一般" when income >= 0 {
              fine individual 1000..2000
            }
          }
        }
        """);
    CliRun minor = CliRun.of("eval", source.toString(), "X00001", "crime=是", "income=0", "--general", "minor_age");
    assertEquals(0, minor.exitCode(), minor.err());
    assertTrue(minor.out().contains("总则：涉嫌犯罪，移送司法机关，不作行政处罚决定"), minor.out());
    assertFalse(minor.out().contains("适用："), minor.out());
    assertFalse(minor.out().contains("程序："), minor.out());
    assertTrue(minor.out().contains("第二十七条"), minor.out());
    // 减轻 would read the statute, which depends on 违法所得: not asked for a case handed over.
    CliRun noIncome = CliRun.of("eval", source.toString(), "X00001", "crime=是", "--general", "minor_age");
    assertEquals(0, noIncome.exitCode(), noIncome.err());
    assertTrue(noIncome.out().contains("总则：涉嫌犯罪，移送司法机关"), noIncome.out());
    CliRun punished = CliRun.of("eval", source.toString(), "X00001", "crime=否", "income=0", "--general", "minor_age");
    assertEquals(0, punished.exitCode(), punished.err());
    assertTrue(punished.out().contains("总则：给予行政处罚"), punished.out());
  }

  /** 第三十六条 bars penalties, not a referral: a case handed over is handed over however late. */
  @Test
  void aCaseHandedOverIsNotTimeBarred(@TempDir Path dir) throws IOException {
    writeReferral(dir, "");
    String[] late = {"--act-date", "2020-01-01", "--discovery-date", "2025-01-01", "--decision-date", "2025-02-01"};
    CliRun crime = CliRun.of(concat(new String[] {"eval", dir.resolve("g.cailiang").toString(),
        dir.resolve("r.cailiang").toString(), "X00001", "crime=是", "--json"}, late));
    assertEquals(0, crime.exitCode(), crime.err());
    assertTrue(crime.out().contains("\"verdict\": \"HANDED_OVER\""), crime.out());
    assertFalse(crime.out().contains("TIME_BARRED"), crime.out());
    CliRun noCrime = CliRun.of(concat(new String[] {"eval", dir.resolve("g.cailiang").toString(),
        dir.resolve("r.cailiang").toString(), "X00001", "crime=否", "--json"}, late));
    assertEquals(0, noCrime.exitCode(), noCrime.err());
    assertTrue(noCrime.out().contains("\"verdict\": \"TIME_BARRED\""), noCrime.out());
    assertTrue(noCrime.out().contains("\"unresolved\": []"), noCrime.out());
  }

  /**
   * The legal author's review: an act before the standard's first day, discovered too late, was
   * closed although the facts are a crime's. The referral is the law's (第二十七条): the officer is
   * told, in the text and in the JSON.
   */
  @Test
  void aBarredActBeforeTheStandardStillNamesTheReferralOfTheDecisionsDay(@TempDir Path dir)
      throws IOException {
    writeReferral(dir, "effective \"2026-01-01\" ");
    String[] late = {"--act-date", "2020-01-01", "--discovery-date", "2025-01-01", "--decision-date", "2026-02-01"};
    String[] files = {"eval", dir.resolve("g.cailiang").toString(), dir.resolve("r.cailiang").toString(), "X00001"};
    CliRun crime = CliRun.of(concat(concat(files, new String[] {"crime=是"}), late));
    assertEquals(0, crime.exitCode(), crime.err());
    assertTrue(crime.out().contains("总则：超过追责时效，不再给予行政处罚\n  追责时效：二年，已超过（《中华人民共和国行政处罚法》第三十六条第一款）\n"
        + "  须由执法人员决定：依作出处罚决定时施行的裁量基准版本 r（2026-01-01 至 今），本案属于「构成犯罪的，依法追究刑事责任」的情形："
        + "追责时效只限于行政处罚，不限于移送司法机关（《中华人民共和国行政处罚法》第二十七条），是否移送须由执法人员判断\n"), crime.out());
    CliRun json = CliRun.of(concat(concat(files, new String[] {"crime=是", "--json"}), late));
    assertTrue(json.out().contains("\"unresolved\": [\n    \"依作出处罚决定时施行的裁量基准版本 r"), json.out());
    CliRun noCrime = CliRun.of(concat(concat(files, new String[] {"crime=否"}), late));
    assertFalse(noCrime.out().contains("须由执法人员决定"), noCrime.out());
  }

  /**
   * Legal review: an act before the standard's first day, within the period, gave no word of
   * the period; only one that had run was shown.
   */
  @Test
  void anActBeforeTheStandardWithinThePeriodSaysThePeriod(@TempDir Path dir) throws IOException {
    writeReferral(dir, "effective \"2026-01-01\" ");
    String[] dates = {"--act-date", "2025-06-01", "--discovery-date", "2026-01-15", "--decision-date", "2026-02-01"};
    CliRun run = CliRun.of(concat(new String[] {"eval", dir.resolve("g.cailiang").toString(),
        dir.resolve("r.cailiang").toString(), "X00001", "crime=否"}, dates));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("本基准不作裁量：须由执法人员依法律、法规、规章判断\n"
        + "  追责时效：二年，未超过（期限的最后一日为2027-06-01，《中华人民共和国行政处罚法》第三十六条第一款）\n"),
        run.out());
  }

  /** Hostile check: a period without a basis was cited as "（）", run or not. */
  @Test
  void aPeriodWithoutABasisIsShownWithoutEmptyBrackets(@TempDir Path dir) throws IOException {
    writeReferral(dir, "effective \"2026-01-01\" ");
    Files.writeString(dir.resolve("g.cailiang"), "general g \"总则\" {\n  limitation 2 years\n}\n");
    String[] files = {"eval", dir.resolve("g.cailiang").toString(), dir.resolve("r.cailiang").toString(),
        "X00001", "crime=否"};
    CliRun barred = CliRun.of(concat(files, new String[] {"--act-date", "2020-01-01", "--discovery-date",
        "2025-01-01", "--decision-date", "2026-02-01"}));
    assertTrue(barred.out().contains("  追责时效：二年，已超过\n"), barred.out());
    CliRun inTime = CliRun.of(concat(files, new String[] {"--act-date", "2025-06-01", "--discovery-date",
        "2026-01-15", "--decision-date", "2026-02-01"}));
    assertTrue(inTime.out().contains("  追责时效：二年，未超过（期限的最后一日为2027-06-01）\n"), inTime.out());
    assertFalse(barred.out().contains("（）") || inTime.out().contains("（）"));
  }

  /** A general part of 2 years and a standard whose one violation a crime's facts hand over. */
  private static void writeReferral(Path dir, String header) throws IOException {
    Files.writeString(dir.resolve("g.cailiang"), """
        general g "总则" {
          limitation 2 years basis "《中华人民共和国行政处罚法》第三十六条第一款"
        }
        """);
    Files.writeString(dir.resolve("r.cailiang"), """
        standard r "r" { %suses g }
        party p "个人" person
        regulation law "某法" {
          article a "第一条" "处五百元以下罚款"
          violation X00001 "某行为" {
            basis a
            fact crime "涉嫌犯罪": bool
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            statute { fine p ..500 }
            tier B010 "一般" otherwise { fine p ..500 }
          }
        }
        """.formatted(header));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The limitation is weighed only for a code of the standard: not for one that merely starts like one. */
  @Test
  void anUnknownCodeIsUnknownEvenWhenTheLimitationWouldHaveRun() {
    String[] dates = {"--act-date", "2022-03-01", "--discovery-date", "2024-03-02", "--decision-date", "2024-04-01"};
    for (String code : new String[] {"C05837ZZZ", "C0583", "C05837B9"}) {
      String[] args = new String[5 + dates.length];
      args[0] = "eval";
      args[1] = CliRun.BEIJING;
      args[2] = code;
      args[3] = "setter=个人设置";
      args[4] = "harm=否";
      System.arraycopy(dates, 0, args, 5, dates.length);
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), code + ": " + run.out() + run.err());
      assertFalse(run.out().contains("追责时效"), run.out());
    }
    CliRun tierCode = CliRun.of("eval", CliRun.BEIJING, "C05837B030", "setter=个人设置", "harm=否", dates[0], dates[1],
        dates[2], dates[3], dates[4], dates[5]);
    assertEquals(0, tierCode.exitCode(), tierCode.err());
    assertTrue(tierCode.out().contains("总则：超过追责时效"), tierCode.out());
  }

  @Test
  void twoHundredYuanOnACitizenMayBeDecidedOnTheSpotUnderThePublicSecurityPart() {
    CliRun run = CliRun.of("eval", CliRun.EXAMPLE, "E05403", "minor=true", "--fine", "200",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("可以适用简易程序当场作出处罚决定——适用（罚款200元以下（拟罚款200元））"
        + "（《中华人民共和国治安管理处罚法》（2012）第一百条）"), run.out());
    CliRun more = CliRun.of("eval", CliRun.EXAMPLE, "E05403", "minor=true", "--fine", "300",
        "--act-date", "2025-06-01", "--decision-date", "2025-07-01");
    assertTrue(more.out().contains("可以适用简易程序当场作出处罚决定——不适用"), more.out());
  }

  @Test
  void jsonCarriesTheGeneralOutcome() {
    CliRun run = CliRun.of("eval", "--json", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--general", "trivial");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"general\": {"), run.out());
    assertTrue(run.out().contains("\"verdict\": \"WAIVED\""), run.out());
    assertTrue(run.out().contains("\"effect\": \"应当不予\""), run.out());
  }

  @Test
  void badGeneralInputIsAMessageNotATrace() {
    CliRun unknown = beijing("--general", "nobody");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().startsWith("未知的总则情节 nobody：可用 under14"), unknown.err());
    CliRun value = beijing("--general", "minor_age=也许");
    assertEquals(1, value.exitCode());
    assertTrue(value.err().contains("的值应为 是 或 否"), value.err());
    CliRun outside = beijing("--fine", "200");
    assertEquals(1, outside.exitCode());
    assertTrue(outside.err().contains("拟罚款 200元 不在可处罚款的幅度内"), outside.err());
    CliRun noAct = beijing("--discovery-date", "2024-01-01");
    assertEquals(2, noAct.exitCode());
    CliRun badFine = beijing("--fine", "两百");
    assertEquals(2, badFine.exitCode());
    CliRun backwards = beijing("--act-date", "2024-03-02", "--discovery-date", "2024-03-01",
        "--decision-date", "2024-04-01");
    assertEquals(2, backwards.exitCode(), "a bad date is a usage error, as README says");
    assertTrue(backwards.err().contains("发现日期 2024-03-01 早于违法行为发生日期 2024-03-02"), backwards.err());
    CliRun future = beijing("--act-date", "2024-03-02", "--discovery-date", "2024-05-01",
        "--decision-date", "2024-04-01");
    assertEquals(2, future.exitCode());
    assertTrue(future.err().contains("发现日期 2024-05-01 晚于作出处罚决定日期 2024-04-01"), future.err());
    for (CliRun run : new CliRun[] {unknown, value, outside, noAct, badFine, backwards, future}) {
      assertFalse(run.err().contains("Exception"), run.err());
      assertTrue(run.out().isEmpty(), run.out());
    }
  }

  @Test
  void aFileOfGeneralPartsAloneIsNoStandardToRenderCompareOrEvaluate() {
    String general = "../examples/src/main/cailiang/xzcff.cailiang";
    for (String format : new String[] {"dmn", "md"}) {
      CliRun render = CliRun.of("render", "--format", format, general);
      assertEquals(2, render.exitCode(), render.err());
      assertTrue(render.err().startsWith("文件中没有标准（standard）"), render.err());
      assertFalse(render.err().contains("Exception"), render.err());
    }
    CliRun diff = CliRun.of("diff", general, CliRun.BEIJING);
    assertEquals(2, diff.exitCode(), diff.err());
    assertFalse(diff.err().contains("Exception"), diff.err());
    CliRun twice = beijing("--general", "minor_age=是", "--general", "minor_age=否");
    assertEquals(2, twice.exitCode(), twice.err()); // as a fact given twice: a wrong command line
    assertTrue(twice.err().contains("总则情节 minor_age（已满十四周岁不满十八周岁）给出了两次，值不同：是 与 否"), twice.err());
    assertEquals(0, beijing("--general", "minor_age", "--general", "已满十四周岁不满十八周岁=是").exitCode(), "the same value twice");
    CliRun finer = beijing("--fine", "500.001");
    assertEquals(2, finer.exitCode(), finer.err());
    assertTrue(finer.err().startsWith("--fine 精度不能小于分（0.01元）：500.001"), finer.err());
    // Not a classpath message: the file the user gave has no standard.
    CliRun eval = CliRun.of("eval", general, "X1", "a=1");
    assertEquals(2, eval.exitCode(), eval.err());
    assertTrue(eval.err().startsWith("文件中没有标准（standard）"), eval.err());
  }

  /**
   * A standard in force from 2026 has no version for an act of 2023, but 第三十六条 is law, not
   * the standard: discovered after two years, the act is not punished, whatever version covers it.
   */
  @Test
  void theLimitationIsWorkedOutBeforeAnyVersionIsLookedFor(@TempDir Path dir) throws Exception {
    Path examples = Path.of("../examples/src/main/cailiang");
    Files.writeString(dir.resolve("beijing.cailiang"),
        Files.readString(examples.resolve("beijing.cailiang"))
            .replace("  region \"北京市\"\n", "  region \"北京市\"\n  effective \"2026-01-01\"\n")
            // Its cases dated within its period: a case before its first day is an error.
            .replace("act \"2022-03-01\"", "act \"2026-03-01\"")
            .replace("discovered \"2024-03-0", "discovered \"2026-06-0")
            // And without the cases of acts before 2021's five-year period, long before its day.
            .replaceAll("(?s)    // 五年的追责时效自2021-07-15施行.*?verdict 超过时效\n", ""));
    Files.copy(examples.resolve("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    String standard = dir.resolve("beijing.cailiang").toString();
    CliRun late = CliRun.of("eval", standard, "C05837", "setter=个人设置", "harm=否",
        "--act-date", "2023-03-01", "--discovery-date", "2025-03-02", "--decision-date", "2026-03-01");
    assertEquals(0, late.exitCode(), late.err());
    assertTrue(late.out().contains("总则：超过追责时效，不再给予行政处罚"), late.out());
    assertFalse(late.out().contains(TimedEval.OFFICER_MARK), late.out());
    CliRun json = CliRun.of("eval", "--json", standard, "C05837", "setter=个人设置", "harm=否",
        "--act-date", "2023-03-01", "--discovery-date", "2025-03-02", "--decision-date", "2026-03-01");
    assertTrue(json.out().contains("\"verdict\": \"TIME_BARRED\""), json.out());
    CliRun inTime = CliRun.of("eval", standard, "C05837", "setter=个人设置", "harm=否",
        "--act-date", "2023-03-01", "--discovery-date", "2025-03-01", "--decision-date", "2026-03-01");
    assertTrue(inTime.out().contains(TimedEval.OFFICER_MARK), "in time: the version question stays");
  }

  /**
   * Supervisor: an act and a discovery in the future, decided in the future, were refused only for
   * the discovery, and as a wrong case (exit 1); they are wrong command lines, as a decision before
   * the act is.
   */
  @Test
  void datesInTheFutureAreWrongCommandLines() {
    java.time.LocalDate today = org.cailiang.runtime.internal.ChinaDay.today();
    CliRun act = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--act-date", today.plusDays(1).toString(), "--decision-date", today.plusDays(3).toString());
    assertEquals(2, act.exitCode(), act.err());
    assertTrue(act.err().contains("违法行为发生日期 " + today.plusDays(1) + " 在今天（" + today + "，北京时间）之后"), act.err());
    CliRun discovered = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--act-date", today.minusDays(1).toString(), "--discovery-date", today.plusDays(1).toString(),
        "--decision-date", today.plusDays(2).toString());
    assertEquals(2, discovered.exitCode(), discovered.err());
    assertTrue(discovered.err().contains("发现日期 " + today.plusDays(1) + " 在今天（" + today + "，北京时间）之后"),
        discovered.err());
    CliRun todays = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否",
        "--act-date", today.toString(), "--discovery-date", today.toString(), "--decision-date", today.toString());
    assertEquals(0, todays.exitCode(), todays.err());
  }

  /** Supervisor: 造成危害后果 with 违法行为轻微并及时改正，没有造成危害后果 gave 不予行政处罚. */
  @Test
  void aFactAndACircumstanceDeclaredExclusiveAreRefused() {
    CliRun both = CliRun.of("eval", CliRun.BEIJING, "C05836", "harm=是", "--general", "trivial");
    assertEquals(1, both.exitCode(), both.out());
    assertTrue(both.err().contains("事实 harm（造成危害后果）为“是”与总则情节「违法行为轻微并及时改正，没有造成危害后果」不能同时成立"),
        both.err());
    CliRun json = CliRun.of("eval", "--json", CliRun.BEIJING, "C05836", "harm=是", "--general", "trivial");
    assertTrue(json.out().contains("\"kind\": \"invalid_general_facts\""), json.out());
    CliRun dated = CliRun.of("eval", CliRun.BEIJING, "C05836", "harm=是", "--general", "trivial",
        "--act-date", "2025-01-01", "--decision-date", "2025-02-01");
    assertEquals(1, dated.exitCode(), dated.out());
    CliRun without = CliRun.of("eval", CliRun.BEIJING, "C05836", "harm=否", "--general", "trivial");
    assertEquals(0, without.exitCode(), without.err());
    assertTrue(without.out().contains("总则：不予行政处罚"), without.out());
  }
}
