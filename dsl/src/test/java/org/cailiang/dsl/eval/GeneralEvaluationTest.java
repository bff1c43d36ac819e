package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ProcedureRule.Procedure;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;

/** The example general parts (examples/src/main/cailiang/xzcff.cailiang, security*.cailiang) applied to cases. */
class GeneralEvaluationTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");
  /** Beijing C05837 set up by an individual: 责令拆除, 对个人处500元以上1000元以下罚款. */
  private static final Map<String, String> BY_INDIVIDUAL = Map.of("setter", "个人设置", "harm", "否");
  /** Beijing C05837 set up by a unit, harm: 单位 2万..3万, 负责人 each 500..1000. */
  private static final Map<String, String> BY_UNIT = Map.of("setter", "单位设置", "harm", "是");

  private static Compilation beijing() {
    // Only the standard: its general part is found next to it (xzcff.cailiang).
    Compilation compilation = StandardCompiler.compile(List.of(EXAMPLES.resolve("beijing.cailiang")), EXAMPLES);
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }

  private static CaseOutcome decide(Compilation compilation, String code, Map<String, String> facts,
      GeneralFacts general) {
    Standard standard = compilation.standards().get(0);
    GeneralPart part = Generals.of(standard, compilation.generals()).orElseThrow();
    Decision decision = Interpreter.standards(List.of(standard)).evaluate(code, facts);
    org.cailiang.dsl.model.Violation violation = standard.violations().stream()
        .filter(v -> v.codes().codes().contains(code)).findFirst().orElseThrow();
    return GeneralEvaluation.decide(standard, part, decision, general,
        new InterpretedViolation(standard, violation, code).statute(facts));
  }

  private static List<MoneyRange> fines(List<Sanction> sanctions) {
    return sanctions.stream().filter(s -> s instanceof Sanction.Fine)
        .map(s -> ((Sanction.Fine) s).range()).toList();
  }

  @Test
  void aFifteenYearOldIsPunishedLighterOrReducedWithTheResultingRange() {
    CaseOutcome outcome = decide(beijing(), "C05837", BY_INDIVIDUAL, GeneralFacts.of(Set.of("minor_age")));
    assertEquals(CaseOutcome.Verdict.PUNISHED, outcome.verdict());
    assertEquals(1, outcome.steps().size());
    CaseOutcome.Step step = outcome.steps().get(0);
    assertEquals(new Effect(Effect.Modality.SHALL, Effect.Kind.LIGHTER_OR_REDUCED), step.effect());
    assertTrue(step.basis().contains("第三十条"), step.basis());
    // 从轻: the lower half, 500..750; 减轻: from half the statute's minimum (500, the tier's
    // too) to just below it, 250..499.99; they meet, so either is one range: 250..750.
    assertEquals(List.of(MoneyRange.of(250, 750)), fines(outcome.sanctions()));
    assertTrue(outcome.explanation().contains("应当从轻或者减轻处罚"), outcome.explanation());
    assertTrue(outcome.explanation().contains("250元以上750元以下"), outcome.explanation());
  }

  @Test
  void aFirstMinorCorrectedViolationIsOfferedAWaiverNeverAppliedSilently() {
    CaseOutcome outcome = decide(beijing(), "C05837", BY_INDIVIDUAL, GeneralFacts.of(Set.of("first_offence")));
    assertEquals(CaseOutcome.Verdict.PUNISHED, outcome.verdict());
    assertTrue(outcome.steps().isEmpty());
    assertEquals(List.of(MoneyRange.of(500, 1000)), fines(outcome.sanctions()));
    assertEquals(1, outcome.options().size());
    CaseOutcome.Option option = outcome.options().get(0);
    assertEquals(new Effect(Effect.Modality.MAY, Effect.Kind.WAIVE), option.effect());
    assertTrue(fines(option.result()).isEmpty());
    assertTrue(option.result().stream().allMatch(s -> s instanceof Sanction.Order), option.result().toString());
  }

  @Test
  void aTrivialCorrectedHarmlessViolationIsWaivedKeepingTheOrderAndEducation() {
    CaseOutcome outcome = decide(beijing(), "C05837", BY_INDIVIDUAL, GeneralFacts.of(Set.of("trivial")));
    assertEquals(CaseOutcome.Verdict.WAIVED, outcome.verdict());
    assertEquals(List.of(new Sanction.Order("责令拆除")), outcome.sanctions());
    assertTrue(outcome.procedures().isEmpty());
    assertTrue(outcome.explanation().contains("进行教育"), outcome.explanation());
  }

  @Test
  void anActDiscoveredAfterTwoYearsIsNotPunishedAndOnTheLastDayItStillIs() {
    LocalDate act = LocalDate.of(2022, 3, 1);
    CaseOutcome late = decide(beijing(), "C05837", BY_INDIVIDUAL, new GeneralFacts(Set.of(),
        Optional.of(act), Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty()));
    assertEquals(CaseOutcome.Verdict.TIME_BARRED, late.verdict());
    assertTrue(late.sanctions().isEmpty());
    assertEquals("二年", late.limitation().orElseThrow().period());
    CaseOutcome inTime = decide(beijing(), "C05837", BY_INDIVIDUAL, new GeneralFacts(Set.of(),
        Optional.of(act), Optional.of(LocalDate.of(2024, 3, 1)), Optional.empty()));
    assertEquals(CaseOutcome.Verdict.PUNISHED, inTime.verdict());
    CaseOutcome longer = decide(beijing(), "C05837", BY_INDIVIDUAL, new GeneralFacts(Set.of("life_or_finance"),
        Optional.of(act), Optional.of(LocalDate.of(2024, 3, 2)), Optional.empty()));
    assertEquals(CaseOutcome.Verdict.PUNISHED, longer.verdict());
    assertEquals("五年", longer.limitation().orElseThrow().period());
  }

  /**
   * example_security uses xzcff for every violation and security2012 only in its 治安管理处罚法
   * regulation: 第三十六条's 二年 for the 网络安全法 violation E06401, the 治安 六个月 for E05403.
   */
  @Test
  void theSecurityLimitationGovernsOnlyTheViolationsOfItsOwnLaw() {
    Compilation compilation = StandardCompiler.compile(
        List.of(EXAMPLES.resolve("example_security.cailiang")), EXAMPLES);
    assertFalse(compilation.hasErrors(), compilation.render());
    GeneralFacts dates = new GeneralFacts(Set.of(), Optional.of(LocalDate.of(2024, 3, 1)),
        Optional.of(LocalDate.of(2024, 10, 1)), Optional.empty());
    CaseOutcome cyber = decideScoped(compilation, "E06401",
        Map.of("income", "0", "minor", "false", "serious", "false"), dates);
    assertEquals(CaseOutcome.Verdict.PUNISHED, cyber.verdict());
    assertEquals("二年", cyber.limitation().orElseThrow().period());
    assertTrue(cyber.limitation().orElseThrow().basis().contains("行政处罚法》第三十六条"),
        cyber.limitation().orElseThrow().basis());
    CaseOutcome publicOrder = decideScoped(compilation, "E05403", Map.of("minor", "false"), dates);
    assertEquals(CaseOutcome.Verdict.TIME_BARRED, publicOrder.verdict());
    assertEquals("六个月", publicOrder.limitation().orElseThrow().period());
  }

  private static CaseOutcome decideScoped(Compilation compilation, String code,
      Map<String, String> facts, GeneralFacts general) {
    Standard standard = compilation.standards().get(0);
    org.cailiang.dsl.model.Violation violation = standard.violations().stream()
        .filter(v -> v.codes().codes().contains(code)).findFirst().orElseThrow();
    GeneralPart part = Generals.of(standard, violation, compilation.generals()).orElseThrow();
    Decision decision = Interpreter.standards(List.of(standard)).evaluate(code, facts);
    return GeneralEvaluation.decide(standard, part, decision, general,
        new InterpretedViolation(standard, violation, code).statute(facts));
  }

  private static Compilation security() {
    Compilation compilation = StandardCompiler.compile(
        List.of(EXAMPLES.resolve("example_security.cailiang")), EXAMPLES);
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }

  private static void assertRange(String min, String max, MoneyRange range) {
    assertEquals(0, new BigDecimal(min).compareTo(range.min()), range::toChinese);
    assertEquals(0, new BigDecimal(max).compareTo(range.max()), range::toChinese);
  }

  /**
   * E06401 (网络安全法第六十四条第一款: 违法所得一倍以上十倍以下), 违法所得 5万 in the 3–6 倍 tier
   * (15万–30万): 减轻 is below the statute's 5万, not the tier's 15万 (which gave 7.5万–15万,
   * inside the law); 从轻 is the tier's lower half. The two do not meet: two choices.
   */
  @Test
  void aReductionOfE06401IsBelowTheStatutoryMinimumNotTheTiers() {
    CaseOutcome outcome = decideScoped(security(), "E06401",
        Map.of("income", "5万", "minor", "false", "serious", "false"),
        GeneralFacts.of(Set.of("remedied")));
    Sanction.Alternative operator = (Sanction.Alternative) outcome.sanctions().stream()
        .filter(s -> s instanceof Sanction.Alternative).findFirst().orElseThrow();
    assertRange("25000", "49999.99", ((Sanction.Fine) operator.options().get(0)).range());
    assertRange("150000", "225000", ((Sanction.Fine) operator.options().get(1)).range());
    assertTrue(outcome.unresolved().isEmpty(), outcome.unresolved().toString());
  }

  /** 治安管理处罚法 (2012) 第十九条 应当减轻: below the law's 10 days and 500 元 for E05403. */
  @Test
  void aRequiredReductionGoesBelowTheStatutoryDetentionAndFine() {
    CaseOutcome outcome = decideScoped(security(), "E05403", Map.of("minor", "false"),
        GeneralFacts.of(Set.of("very_slight")));
    assertEquals(Effect.Kind.REDUCED, outcome.steps().get(0).effect().kind());
    // 10 日 × 50% = 5 up to 9 日; 500 元 × 50% = 250 up to 499.99 元.
    assertTrue(outcome.sanctions().stream().anyMatch(s -> s instanceof Sanction.Detention d
        && d.minDays() == 5 && d.maxDays() == 9), outcome.sanctions().toString());
    assertRange("250", "499.99", fines(outcome.sanctions()).get(0));
    // 从重 first (heavier_first) cannot lift the reduction back to the statute's range.
    CaseOutcome heavier = decideScoped(security(), "E05403", Map.of("minor", "false"),
        GeneralFacts.of(Set.of("very_slight", "serious_result")));
    assertEquals(2, heavier.steps().size());
    assertRange("250", "499.99", fines(heavier.sanctions()).get(0));
    assertTrue(heavier.sanctions().stream().anyMatch(s -> s instanceof Sanction.Detention d
        && d.maxDays() == 9), heavier.sanctions().toString());
  }

  /** 情节较轻: 五日以下拘留或者五百元以下罚款 has no minimum: 减轻 is left to the officer. */
  @Test
  void aStatuteWithoutMinimumLeavesTheReductionToTheOfficer() {
    Compilation compilation = security();
    CaseOutcome outcome = decideScoped(compilation, "E05403", Map.of("minor", "true"),
        GeneralFacts.of(Set.of("very_slight")));
    Decision table = Interpreter.standards(compilation.standards())
        .evaluate("E05403", Map.of("minor", "true"));
    assertEquals(table.sanctions(), outcome.sanctions(), "the tier's ranges, not moved");
    assertFalse(outcome.unresolved().isEmpty());
    assertTrue(outcome.steps().get(0).rule().contains("由执法人员依法决定"),
        outcome.steps().get(0).rule());
  }

  /** A unit and its manager fined; 较大数额 declared 10万 for units, 1万 for persons. */
  private static final String HEARING = """
      standard h "听证" {
        uses g
      }
      party unit "单位" organization
      party boss "负责人" person
      general g "总则" {
        procedure hearing fine >= 10万 for organization basis "行政处罚法第六十三条"
        procedure hearing fine >= 1万 for person basis "行政处罚法第六十三条"
      }
      regulation r "条例" {
        article a1 "第一条" "处五万元以上五十万元以下罚款，对负责人处一千元以上五千元以下罚款。"
        violation H00001 "行为" {
          basis a1
          fact big "数额巨大": bool
          tier A010 "一般" when not big {
            fine unit 5万..20万
            fine boss 1000..5000
          }
          tier A020 "数额巨大" when big {
            fine unit 20万..50万
            fine boss 1000..5000
          }
        }
      }
      """;

  private static Compilation hearing() {
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new org.cailiang.dsl.diag.SourceFile("h.cailiang", HEARING)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }

  @Test
  void aUnitFinedAboveTheDeclaredLargeAmountHasTheRightToAHearing() {
    CaseOutcome big = decide(hearing(), "H00001", Map.of("big", "true"), GeneralFacts.of(Set.of()));
    CaseOutcome.ProcedureFlag flag = big.procedure(Procedure.HEARING).orElseThrow();
    assertEquals(CaseOutcome.Status.APPLIES, flag.status(), flag.toString());
    assertTrue(flag.trigger().contains("单位") && flag.trigger().contains("10万元以上"), flag.trigger());
    assertTrue(big.explanation().contains("应当告知当事人有要求听证的权利"), big.explanation());
    // 5万..20万: only some amounts reach 10万; a proposed 8万 (the unit's range holds it) does not.
    CaseOutcome some = decide(hearing(), "H00001", Map.of("big", "false"), GeneralFacts.of(Set.of()));
    assertEquals(CaseOutcome.Status.DEPENDS_ON_AMOUNT, some.procedure(Procedure.HEARING).orElseThrow().status());
    CaseOutcome proposed = decide(hearing(), "H00001", Map.of("big", "false"), new GeneralFacts(Set.of(),
        Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("80000"))));
    assertEquals(CaseOutcome.Status.DOES_NOT_APPLY, proposed.procedure(Procedure.HEARING).orElseThrow().status());
  }

  @Test
  void aUnitOfTheBeijingTableBelowTheDeclaredLargeAmountHasNoHearing() {
    CaseOutcome ranged = decide(beijing(), "C05837", BY_UNIT, GeneralFacts.of(Set.of()));
    assertEquals(CaseOutcome.Status.DOES_NOT_APPLY, ranged.procedure(Procedure.HEARING).orElseThrow().status());
  }

  private static Compilation combined(String rule) {
    String source = """
        standard c "合并" {
          uses g
        }
        party p "个人" person
        general g "总则" {
          circumstance light "从轻情节" effect 应当 从轻 basis "第一条"
          circumstance heavy "从重情节" effect 应当 从重 basis "第二条"
          adjust 从轻 lower 50%
          adjust 从重 upper 50%
          combine RULE
        }
        regulation r "条例" {
          article a1 "第一条" "处一千元以上二千元以下罚款。"
          violation K00001 "行为" {
            basis a1
            tier A010 "一般" otherwise {
              fine p 1000..2000
            }
          }
        }
        """.replace("RULE", rule);
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new org.cailiang.dsl.diag.SourceFile("c.cailiang", source)));
    assertFalse(compilation.hasErrors(), compilation.render());
    return compilation;
  }

  @Test
  void heavierFirstThenLighterWithinTheHeavierRange() {
    CaseOutcome outcome = decide(combined("heavier_first"), "K00001", Map.of(),
        GeneralFacts.of(Set.of("light", "heavy")));
    assertEquals(2, outcome.steps().size());
    assertEquals(List.of(MoneyRange.of(1500, 2000)), fines(outcome.steps().get(0).result()));
    assertEquals(List.of(MoneyRange.of(1500, 1750)), fines(outcome.sanctions()));
  }

  @Test
  void offsetLeavesTheTierRangeAsItIs() {
    CaseOutcome outcome = decide(combined("offset"), "K00001", Map.of(),
        GeneralFacts.of(Set.of("light", "heavy")));
    assertEquals(1, outcome.steps().size());
    assertEquals(List.of(MoneyRange.of(1000, 2000)), fines(outcome.sanctions()));
  }

  @Test
  void aProposedFineOutsideTheRangeIsRefused() {
    assertThrows(org.cailiang.runtime.InvalidGeneralFactsException.class, () -> decide(beijing(), "C05837", BY_INDIVIDUAL,
        new GeneralFacts(Set.of(), Optional.empty(), Optional.empty(), Optional.of(BigDecimal.valueOf(200)))));
  }

  @Test
  void aDiscoveryBeforeTheActIsRefused() {
    assertThrows(org.cailiang.runtime.InvalidDatesException.class, () -> decide(beijing(), "C05837", BY_INDIVIDUAL,
        new GeneralFacts(Set.of(), Optional.of(LocalDate.of(2024, 3, 2)),
            Optional.of(LocalDate.of(2024, 3, 1)), Optional.empty())));
  }

  @Test
  void anUnknownCircumstanceIsRefused() {
    assertThrows(org.cailiang.runtime.InvalidGeneralFactsException.class,
        () -> decide(beijing(), "C05837", BY_INDIVIDUAL, GeneralFacts.of(Set.of("nobody"))));
  }
}
