package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.runtime.TimedDecision.Ground;
import org.junit.jupiter.api.Test;

/**
 * Versions in time in the registry: chains, the version in force at boundary dates, and each
 * ground of 《行政处罚法》第三十七条.
 */
class StandardsInTimeTest {
  private static final Party P = new Party("p", "个人");

  /** A violation whose only tier imposes these sanctions, whatever the facts. */
  private record Fixed(String standardId, String code, List<Sanction> sanctions)
      implements Violation {
    @Override
    public String title() {
      return "违规经营";
    }

    @Override
    public List<FactSpec> facts() {
      return List.of();
    }

    @Override
    public List<String> tierCodes() {
      return List.of(code + "B010");
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      if (!facts.isEmpty()) {
        throw new InvalidFactsException(code, List.of("未知事实 " + facts.keySet()));
      }
      return new Decision(standardId, code + "B010", "一般", sanctions, List.of(), "");
    }
  }

  private record Version(
      String id, String supersedes, Optional<LocalDate> effective, Optional<LocalDate> repealed,
      List<Violation> violations) implements Standard {
    @Override
    public String title() {
      return "裁量基准" + id; // distinct, so that each version is named by its own
    }

    @Override
    public String authority() {
      return "局";
    }

    @Override
    public String region() {
      return "市";
    }
  }

  private static Optional<LocalDate> day(String text) {
    return Optional.of(LocalDate.parse(text));
  }

  private static Sanction fine(long min, long max) {
    return new Sanction.Fine(List.of(P), false, MoneyRange.of(min, max), null, false);
  }

  private static Sanction detain(int min, int max) {
    return new Sanction.Detention(P, min, max, false);
  }

  private static Version version(String id, String supersedes, String effective, Sanction... x) {
    return new Version(id, supersedes, day(effective), Optional.empty(),
        List.of(new Fixed(id, "X00001", List.of(x))));
  }

  private static final LocalDate DEC_2025 = LocalDate.parse("2025-12-01");
  private static final LocalDate FEB_2026 = LocalDate.parse("2026-02-01");

  private static TimedDecision decide(Standards standards, LocalDate act, LocalDate decision) {
    return standards.evaluate("X00001", Map.of(), act, decision);
  }

  /** {@link Fixed}, under a law that took effect on {@code lawFrom}. */
  private record UnderLaw(Fixed fixed, LocalDate lawFrom) implements Violation {
    @Override
    public String code() {
      return fixed.code();
    }

    @Override
    public String standardId() {
      return fixed.standardId();
    }

    @Override
    public String title() {
      return fixed.title();
    }

    @Override
    public List<FactSpec> facts() {
      return fixed.facts();
    }

    @Override
    public List<String> tierCodes() {
      return fixed.tierCodes();
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      return fixed.evaluate(facts);
    }

    @Override
    public Optional<LocalDate> lawEffective() {
      return Optional.of(lawFrom);
    }
  }

  /**
   * Integrator's review: an act of 1990 under a regulation of 2007 was "适用违法行为发生时施行的《…》".
   * The law was no law then: the standard does not decide it; from the law's first day it does.
   */
  @Test
  void anActBeforeItsLawTookEffectIsNotDecided() {
    Version v1 = new Version("v1", "", Optional.empty(), Optional.empty(),
        List.of(new UnderLaw(new Fixed("v1", "X00001", List.of(fine(0, 500))), LocalDate.parse("2007-04-01"))));
    Standards standards = Standards.of(v1);
    TimedDecision early = decide(standards, LocalDate.parse("1990-01-01"), FEB_2026);
    assertEquals(Ground.NOT_COVERED_AT_ACT, early.ground());
    assertTrue(early.needsOfficer());
    assertEquals(List.of(), early.applied());
    assertEquals("编码 X00001 所依据的法规自 2007-04-01 起施行，违法行为发生时（1990-01-01）尚未施行：本基准不作裁量，"
        + "该行为当时是否应受处罚、依哪一文本，须由执法人员依当时施行的法律、法规、规章判断", early.explanation());
    assertEquals(early.explanation(), early.explain(), "explain(), as the other results name it");
    // The undated call with dated general facts does not decide it either (integrator's re-check).
    InvalidDatesException undated = assertThrows(InvalidDatesException.class, () -> standards.evaluate(
        "X00001", Map.of(), GeneralFacts.NONE.dated(LocalDate.parse("2000-01-01"), LocalDate.parse("2000-06-01"))));
    assertTrue(undated.getMessage().startsWith("违法行为发生之日 2000-01-01 早于编码 X00001 所依据的法规的施行日期 2007-04-01："
        + "本基准不作裁量"), undated.getMessage());
    LocalDate tomorrow = org.cailiang.runtime.internal.ChinaDay.today().plusDays(1);
    assertEquals("违法行为发生日期 " + tomorrow + " 晚于今天（" + tomorrow.minusDays(1) + "，北京时间）：违法行为不能在将来发生",
        assertThrows(InvalidDatesException.class, () -> decide(standards, tomorrow, tomorrow)).getMessage());
    assertEquals(Ground.IN_FORCE, decide(standards, LocalDate.parse("2007-04-01"), FEB_2026).ground(),
        "from the law's first day");
  }

  /**
   * Legal author: a new version that refers the case (a suspected crime) was "新的规定处罚较轻"
   * beside the old version's fine. A referral is no penalty, so it is not weighed under 第三十七条.
   * Legal re-review: when only one version refers, whether the act is a suspected crime is the
   * criminal law's question (刑法第十二条): both outcomes go to the officer. When both refer, the
   * version in force at the decision is applied.
   */
  @Test
  void aReferralIsNotWeighedAsLighterAgainstAPenalty() {
    Version fines = version("v1", "", "2024-01-01", fine(500, 1000));
    Version refers = new Version("v2", "v1", day("2026-01-01"), Optional.empty(),
        List.of(new OneTierVersions.Referring("v2", null)));
    TimedDecision newRefers = decide(Standards.of(fines, refers), DEC_2025, FEB_2026);
    assertEquals(Ground.HANDED_OVER, newRefers.ground());
    assertFalse(newRefers.ground().byArticle37());
    assertTrue(newRefers.needsOfficer(), "one version refers, the other punishes");
    assertEquals(List.of("v1", "v2"), newRefers.applied().stream().map(TimedDecision.Applied::version).toList());
    assertEquals("《裁量基准v2》（v2，2026-01-01 至 今）对本案移送司法机关（涉嫌犯罪），《裁量基准v1》（v1，2024-01-01 至 "
        + "2025-12-31）不移送、按其阶次裁量：移送不是行政处罚，不依照《中华人民共和国行政处罚法》第三十七条比较轻重；是否涉嫌犯罪，"
        + "须由执法人员依刑法（含刑法第十二条）判断，涉嫌犯罪的依照《中华人民共和国行政处罚法》第二十七条移送；两个版本的结果均列出",
        newRefers.explanation());
    Version oldRefers = new Version("v1", "", day("2024-01-01"), Optional.empty(),
        List.of(new OneTierVersions.Referring("v1", null)));
    TimedDecision old = decide(Standards.of(oldRefers, version("v2", "v1", "2026-01-01", fine(0, 100))),
        DEC_2025, FEB_2026);
    assertEquals(Ground.HANDED_OVER, old.ground());
    assertTrue(old.needsOfficer());
    assertTrue(old.explanation().startsWith("《裁量基准v1》（v1，2024-01-01 至 2025-12-31）对本案移送司法机关"), old.explanation());
    TimedDecision both = decide(Standards.of(oldRefers, refers), DEC_2025, FEB_2026);
    assertEquals(Ground.HANDED_OVER, both.ground());
    assertFalse(both.needsOfficer(), "both refer");
    assertEquals(List.of("v2"), both.applied().stream().map(TimedDecision.Applied::version).toList());
    assertEquals("涉嫌犯罪，依照《中华人民共和国行政处罚法》第二十七条移送司法机关；移送不是行政处罚，不依照"
        + "《中华人民共和国行政处罚法》第三十七条比较新旧规定的轻重，适用《裁量基准v2》（v2，2026-01-01 至 今）中的移送规定",
        both.explanation());
  }

  @Test
  void chainsFollowSupersedesWhateverTheOrderTheStandardsCome() {
    Version v1 = version("v1", "", "2024-01-01", fine(0, 500));
    Version v2 = version("v2", "v1", "2026-01-01", fine(0, 1000));
    Version v3 = version("v3", "v2", "2027-01-01", fine(0, 2000));
    List<VersionChain> chains = VersionChain.of(List.of(v3, v1, v2));
    assertEquals(1, chains.size());
    assertEquals(List.of(v1, v2, v3), chains.get(0).versions());
    assertEquals(day("2025-12-31"), chains.get(0).lastDay(0));
    assertEquals(day("2026-12-31"), chains.get(0).lastDay(1));
    assertEquals(Optional.empty(), chains.get(0).lastDay(2));
  }

  /**
   * Integrator's review: null facts on the dated path and a null day were NullPointerExceptions
   * from inside the registry; the undated path already said 事实表为 null.
   */
  @Test
  void nullFactsAndDaysGetTheDocumentedExceptions() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)),
        version("v2", "v1", "2026-01-01", fine(0, 1000)));
    InvalidFactsException facts = assertThrows(InvalidFactsException.class,
        () -> standards.evaluate("X00001", null, DEC_2025, FEB_2026));
    assertTrue(facts.getMessage().contains("事实表为 null"), facts.getMessage());
    assertThrows(InvalidFactsException.class, () -> standards.evaluateToday("X00001", null));
    assertThrows(InvalidFactsException.class,
        () -> standards.evaluate("X00001", null, DEC_2025, FEB_2026, GeneralFacts.NONE));
    assertThrows(InvalidDatesException.class, () -> standards.inForce("X00001", null));
    assertThrows(InvalidDatesException.class, () -> standards.inTime("X00001").inForce(null));
    NullPointerException standard = assertThrows(NullPointerException.class,
        () -> Standards.of((Standard) null));
    assertTrue(standard.getMessage().startsWith("标准中有 null"), standard.getMessage());
    java.util.Set<String> withNull = new java.util.HashSet<>();
    withNull.add(null);
    NullPointerException circumstance = assertThrows(NullPointerException.class,
        () -> GeneralFacts.of(withNull));
    assertTrue(circumstance.getMessage().startsWith("总则情节中有 null"), circumstance.getMessage());
  }

  @Test
  void aLinkToAnUnknownStandardOrACycleIsCut() {
    Version orphan = version("orphan", "missing", "2024-01-01");
    Version a = version("a", "b", "2024-01-01");
    Version b = version("b", "a", "2025-01-01");
    assertEquals(3, VersionChain.of(List.of(orphan, a, b)).size());
  }

  @Test
  void theVersionInForceChangesOnTheSuccessorsEffectiveDate() {
    Version v1 = version("v1", "", "2024-01-01", fine(0, 500));
    Version v2 = version("v2", "v1", "2026-01-01", fine(0, 1000));
    Standards standards = Standards.of(v1, v2);
    assertSame(v1.violations().get(0), standards.inForce("X00001", LocalDate.parse("2025-12-31")));
    assertSame(v2.violations().get(0), standards.inForce("X00001", LocalDate.parse("2026-01-01")));
    assertSame(v2.violations().get(0), standards.inForce("X00001B010", LocalDate.parse("2026-01-01")));
    assertNull(standards.inForce("X00001", LocalDate.parse("2023-12-31")));
  }

  @Test
  void theKeyOfADayOrdersDaysAsTheCalendarDoes() {
    List<LocalDate> days = List.of(LocalDate.MIN, LocalDate.parse("-0001-12-31"),
        LocalDate.parse("0000-01-01"), LocalDate.parse("2025-01-31"), LocalDate.parse("2025-02-01"),
        LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-01"), LocalDate.MAX);
    for (int i = 0; i + 1 < days.size(); i++) {
      assertTrue(VersionChain.key(days.get(i)) < VersionChain.key(days.get(i + 1)), days.get(i).toString());
    }
  }

  @Test
  void aRepealDateIsTheFirstDayNoLongerInForce() {
    Version v1 = new Version("v1", "", day("2024-01-01"), day("2025-07-01"),
        List.of(new Fixed("v1", "X00001", List.of(fine(0, 500)))));
    Standards standards = Standards.of(v1);
    assertSame(v1.violations().get(0), standards.inForce("X00001", LocalDate.parse("2025-06-30")));
    assertNull(standards.inForce("X00001", LocalDate.parse("2025-07-01")));
  }

  @Test
  void oneVersionFromActToDecisionIsInForceWithoutArticle37() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)),
        version("v2", "v1", "2026-01-01", fine(0, 1000)));
    TimedDecision decision = decide(standards, FEB_2026, FEB_2026);
    assertEquals(Ground.IN_FORCE, decision.ground());
    assertFalse(decision.ground().byArticle37());
    assertEquals("v2", decision.applied().get(0).version());
    assertEquals("2026-01-01 至 今", decision.applied().get(0).period());
    assertEquals("适用违法行为发生时施行的《裁量基准v2》（v2，2026-01-01 至 今）", decision.explanation());
    assertEquals("v2", decision.applied().get(0).decision().standardId());
  }

  @Test
  void aHeavierNewVersionLeavesTheOldOne() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)),
        version("v2", "v1", "2026-01-01", fine(0, 1000)));
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.OLD_NOT_LIGHTER, decision.ground());
    assertTrue(decision.ground().byArticle37());
    assertEquals("v1", decision.applied().get(0).version());
    assertEquals(day("2025-12-31"), decision.applied().get(0).lastDay());
    assertTrue(decision.explanation().contains(TimedDecision.ARTICLE_37));
    // The version by its title, as a decision would name it.
    assertTrue(decision.explanation().endsWith("适用违法行为发生时施行的《裁量基准v1》（v1，2024-01-01 至 2025-12-31）"),
        decision.explanation());
  }

  @Test
  void aLighterNewVersionApplies() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(500, 1000)),
        version("v2", "v1", "2026-01-01", fine(0, 500)));
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.NEW_LIGHTER, decision.ground());
    assertEquals("v2", decision.applied().get(0).version());
  }

  @Test
  void aCodeTheNewVersionLacksIsLeftToTheOfficerWithTheOldOutcome() {
    // A standard cannot lift a penalty (第十六条、第三十四条): its silence is not "不认为是违法".
    Version v2 = new Version("v2", "v1", day("2026-01-01"), Optional.empty(), List.of());
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)), v2);
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.NOT_COVERED_AT_DECISION, decision.ground());
    assertTrue(decision.needsOfficer());
    assertTrue(decision.ground().byArticle37());
    assertEquals("v1", decision.applied().get(0).version());
    assertTrue(decision.explanation().contains("第十六条、第三十四条"), decision.explanation());
    assertFalse(decision.explanation().startsWith("不予处罚"), decision.explanation());
  }

  @Test
  void aCodeOnlyTheNewVersionCoversIsLeftToTheOfficerForAnEarlierAct() {
    Version v1 = new Version("v1", "", day("2024-01-01"), Optional.empty(), List.of());
    Standards standards = Standards.of(v1, version("v2", "v1", "2026-01-01", fine(0, 500)));
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.NOT_COVERED_AT_ACT, decision.ground());
    assertFalse(decision.ground().byArticle37());
    assertTrue(decision.needsOfficer());
    assertTrue(decision.explanation().contains("须由执法人员依当时施行的法律"), decision.explanation());
    assertEquals(List.of(), decision.applied());
  }

  @Test
  void aFineAgainstADetentionIsLeftToTheOfficerWithBothOutcomes() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", detain(1, 5)),
        version("v2", "v1", "2026-01-01", fine(3000, 5000)));
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.INCOMPARABLE, decision.ground());
    assertTrue(decision.needsOfficer());
    assertEquals(List.of("v1", "v2"),
        decision.applied().stream().map(TimedDecision.Applied::version).toList());
  }

  @Test
  void withoutDatesASharedCodeIsRefusedRatherThanDecidedAsOfToday() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)),
        version("v2", "v1", "2026-01-01", fine(0, 1000)));
    DatesRequiredException e = assertThrows(DatesRequiredException.class,
        () -> standards.evaluate("X00001", Map.of()));
    assertTrue(e.getMessage().contains("第三十七条"), e.getMessage());
    assertEquals("v2", standards.evaluateToday("X00001", Map.of()).applied().get(0).version());
  }

  /**
   * Integrator's review: the violation looked up by a shared code decided under the latest
   * version without dates; a code only one version has was refused as "见于多个版本".
   */
  @Test
  void theViolationOfASharedCodeRefusesUndatedCasesAndACodeOfOneVersionIsDecided() {
    Version v1 = new Version("v1", "", day("2024-01-01"), Optional.empty(), List.of(
        new Fixed("v1", "X00001", List.of(fine(0, 500))), new Fixed("v1", "X00003", List.of(fine(0, 300)))));
    Version v2 = new Version("v2", "v1", day("2026-01-01"), Optional.empty(), List.of(
        new Fixed("v2", "X00001", List.of(fine(0, 1000))), new Fixed("v2", "X00004", List.of(fine(0, 400)))));
    Standards standards = Standards.of(v1, v2);
    Violation shared = standards.violation("X00001");
    assertEquals("v2", shared.standardId(), "the latest version's, for its title and facts");
    assertEquals(List.of("X00001B010"), shared.tierCodes());
    assertEquals("违规经营", shared.title());
    assertEquals(List.of(), shared.facts());
    assertEquals(Optional.empty(), shared.generalRules());
    assertEquals(v2.violations().get(0).toString(), shared.toString());
    assertEquals("X00001", shared.code());
    DatesRequiredException e = assertThrows(DatesRequiredException.class, () -> shared.evaluate(Map.of()));
    assertTrue(e.getMessage().contains("多个版本（v1、v2）"), e.getMessage());
    assertThrows(DatesRequiredException.class, () -> shared.evaluate(Map.of(), GeneralFacts.NONE));
    assertThrows(DatesRequiredException.class, () -> standards.violation("X00001B010").evaluate(Map.of()));
    assertEquals("X00003B010", standards.evaluate("X00003", Map.of()).tierCode(), "only in v1");
    assertEquals("X00004B010", standards.evaluate("X00004", Map.of()).tierCode(), "only in v2");
    assertEquals("X00004B010", standards.violation("X00004").evaluate(Map.of()).tierCode());
  }

  /**
   * Re-review: a tier code only the first of three versions has was decided undated, under the
   * superseded version; the refusal names only the versions that have the code.
   */
  @Test
  void aTierCodeOfASharedViolationNeedsDatesToo() {
    Version v1 = new Version("v1", "", day("2020-01-01"), Optional.empty(), List.of(
        new Fixed("v1", "X00001", List.of(fine(0, 500)))));
    Version v2 = new Version("v2", "v1", day("2022-01-01"), Optional.empty(), List.of(
        new Fixed("v2", "X00002", List.of(fine(0, 500)))));
    Version v3 = new Version("v3", "v2", day("2024-01-01"), Optional.empty(), List.of(
        new Renamed("v3", "X00001")));
    Standards standards = Standards.of(v1, v2, v3);
    DatesRequiredException byTier = assertThrows(DatesRequiredException.class,
        () -> standards.evaluate("X00001B010", Map.of()));
    assertTrue(byTier.getMessage().contains("多个版本（v1、v3）"), byTier.getMessage());
    assertThrows(DatesRequiredException.class, () -> standards.violation("X00001B010").evaluate(Map.of()));
    DatesRequiredException byCode = assertThrows(DatesRequiredException.class,
        () -> standards.violation("X00001").evaluate(Map.of()));
    assertTrue(byCode.getMessage().contains("多个版本（v1、v3）"), byCode.getMessage());
    Violation shared = standards.violation("X00001");
    assertEquals(List.of(new FactSpec("k", "种类", FactSpec.Type.BOOL, List.of())), shared.facts(),
        "the latest version's facts");
    assertEquals(List.of("X00001C010"), shared.tierCodes());
    assertEquals("X00002B010", standards.evaluate("X00002", Map.of()).tierCode(), "v2's own code");
  }

  /** A later version of X00001 with a fact and another tier code. */
  private record Renamed(String standardId, String code) implements Violation {
    @Override
    public String title() {
      return "违规经营";
    }

    @Override
    public List<FactSpec> facts() {
      return List.of(new FactSpec("k", "种类", FactSpec.Type.BOOL, List.of()));
    }

    @Override
    public List<String> tierCodes() {
      return List.of(code + "C010");
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      return new Decision(standardId, code + "C010", "一般", List.of(), List.of(), "");
    }
  }

  @Test
  void anUndatedStandardIsInForceAlwaysAndEvaluatesWithoutDates() {
    Version undated = new Version("u", "", Optional.empty(), Optional.empty(),
        List.of(new Fixed("u", "X00001", List.of(fine(0, 500)))));
    Standards standards = Standards.of(undated);
    assertEquals("X00001B010", standards.evaluate("X00001", Map.of()).tierCode());
    TimedDecision decision = decide(standards, DEC_2025, FEB_2026);
    assertEquals(Ground.IN_FORCE, decision.ground());
    assertEquals("施行日期未声明", decision.applied().get(0).period());
    assertEquals(List.of("施行日期未声明", "施行日期未声明，至 2025-12-31", "2024-01-01 至 今"), List.of(
        new TimedDecision.Applied("u", Optional.empty(), Optional.empty(), decision.applied().get(0).decision()).period(),
        new TimedDecision.Applied("u", Optional.empty(), day("2025-12-31"),
            decision.applied().get(0).decision()).period(),
        new TimedDecision.Applied("u", day("2024-01-01"), Optional.empty(),
            decision.applied().get(0).decision()).period()));
  }

  @Test
  void aDecisionBeforeTheActIsRefused() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)));
    assertThrows(InvalidDatesException.class, () -> decide(standards, FEB_2026, DEC_2025));
    assertThrows(InvalidDatesException.class, () -> decide(standards, null, DEC_2025));
  }

  @Test
  void anUnknownCodeIsReportedWithDatesToo() {
    Standards standards = Standards.of(version("v1", "", "2024-01-01", fine(0, 500)));
    assertThrows(UnknownCodeException.class,
        () -> standards.evaluate("X00002", Map.of(), DEC_2025, FEB_2026));
    assertThrows(UnknownCodeException.class, () -> standards.inForce("X00002", DEC_2025));
  }
}
