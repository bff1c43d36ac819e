package org.cailiang.dsl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/** Decisions of the interpreter, the reference semantics the generated code must match. */
class InterpreterTest {
  /** Every kind of condition and sanction the interpreter walks, with a priority. */
  static final String SMALL = """
      standard mini "小标准" {
        authority "某局"
        region "某市"
      }
      party unit "单位"
      party person "个人"
      regulation reg "测试条例" {
        article a1 "第一条" "处违法所得一倍以上三倍以下罚款，或者警告，或者处五百元以下罚款，可以没收违法所得。"
        article a2 "第二条" "轻微的，不予行政处罚。"
        violation X00001..X00002 "行为" {
          basis a1
          duty a2
          suppress "confiscate-income" "本例测试各种写法的求值，不审查没收违法所得"
          fact income "违法所得": amount
          fact count "人数": int
          fact minor "轻微": bool
          fact kind "类型": enum { a "甲", b "乙", c "丙" }
          statute {
            optional fine unit 1..3 times income when income > 0
            optional either warning or fine person ..500
            optional confiscate "违法所得"
            exempt "不予行政处罚" basis a2 when minor
          }
          tier B010 "有违法所得" when income >= 1000 {
            fine unit 1..3 times income
            optional confiscate "违法所得"
          }
          tier B020 "人数多" when count > 5 and kind not in {a} and not minor and income < 1000 {
            either warning or fine person ..500
          }
          tier B030 "轻微" when minor {
            priority 1
            exempt "不予行政处罚" basis a2
          }
          tier B040 "其他" otherwise {
            warning
          }
        }
      }
      """;

  /** Comparisons of every operator, each tier bounded by the next so a wrong bound shows. */
  static final String OPERATORS = """
      standard ops "比较" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处七百元以下罚款。"
        violation Y00001 "比较" {
          basis a1
          fact count "次数": int
          fact income "违法所得": amount
          fact kind "类型": enum { a "甲", b "乙", c "丙" }
          fact repeat "再犯": bool
          statute { fine unit ..700 }
          suppress "confiscate-income" "本例只测比较运算"
          tier B010 "少于两次" when count < 2 and income == 0 { fine unit ..100 }
          tier B020 "两三次" when count >= 2 and count <= 3 and income == 0 { fine unit ..200 }
          tier B030 "超过五次" when count > 5 and income == 0 { fine unit ..300 }
          tier B040 "四五次" when count >= 4 and count <= 5 and income == 0 { fine unit ..400 }
          tier B050 "有所得，甲" when income != 0 and kind == "甲" and repeat == true { fine unit ..500 }
          tier B060 "有所得，乙丙" when income != 0 and kind in {b, c} and repeat != false { fine unit ..600 }
          tier B070 "有所得，初犯" when income != 0 and not repeat and kind != c { fine unit ..700 }
        }
      }
      """;

  static Compilation compile(String source) {
    return StandardCompiler.compileSources(List.of(new SourceFile("s.cailiang", source)));
  }

  static Standards registry(String source) {
    return Interpreter.standards(compile(source).standards());
  }

  private static Map<String, Object> facts(Object income, long count, boolean minor, String kind) {
    return Map.of("income", income, "count", count, "minor", minor, "kind", kind);
  }

  @Test
  void theSmallStandardIsClean() {
    assertEquals("", compile(SMALL).render());
  }

  @Test
  void aMultipleOfAnAmountFactIsComputedFromTheFact() {
    Decision decision = registry(SMALL).evaluate("X00001", facts("5000", 0, false, "a"));
    assertEquals("X00001B010（有违法所得）：违反《测试条例》第二条的规定，依据《测试条例》第一条，"
        + "对单位处违法所得1倍以上3倍以下（即5000元以上1.5万元以下）罚款；可以没收违法所得。", decision.explain());
    assertEquals("mini", decision.standardId());
    assertEquals(List.of(new Citation("测试条例", "第一条", "处违法所得一倍以上三倍以下罚款，或者警告，或者处五百元以下罚款，可以没收违法所得。"),
        new Citation("测试条例", "第二条", "轻微的，不予行政处罚。")), decision.citations());
    Sanction.Fine fine = (Sanction.Fine) decision.sanctions().get(0);
    assertEquals(new MoneyRange(new BigDecimal("2000.50"), new BigDecimal("6001.50")),
        ((Sanction.Fine) registry(SMALL).evaluate("X00001", facts("2000.50", 0, false, "a")).sanctions().get(0)).range());
    assertEquals(List.of(new Party("unit", "单位")), fine.parties());
  }

  @Test
  void atLeastIncludesTheBound() {
    assertEquals("X00001B010", registry(SMALL).evaluate("X00001", facts("1000", 0, false, "a")).tierCode());
    assertEquals("X00001B040", registry(SMALL).evaluate("X00001", facts("999.99", 0, false, "a")).tierCode());
  }

  @Test
  void theHigherPriorityWinsOverAnEarlierTier() {
    Decision decision = registry(SMALL).evaluate("X00001", facts("5000", 0, true, "a"));
    assertEquals("X00001B030", decision.tierCode());
    assertEquals(List.of(new Sanction.NoPenalty("不予行政处罚",
        List.of(new Citation("测试条例", "第二条", "轻微的，不予行政处罚。")))), decision.sanctions());
  }

  @Test
  void eitherOffersEveryOption() {
    Decision decision = registry(SMALL).evaluate("X00002", facts("0", 6, false, "b"));
    assertEquals("X00002B020", decision.tierCode());
    assertEquals(List.of(new Sanction.Alternative(List.of(new Sanction.Warning(false),
        new Sanction.Fine(List.of(new Party("person", "个人")), false, MoneyRange.atMost(500), null, false)), false)),
        decision.sanctions());
  }

  @Test
  void notInAndGreaterThanExcludeTheirValues() {
    Standards standards = registry(SMALL);
    assertEquals("X00001B040", standards.evaluate("X00001", facts("0", 6, false, "a")).tierCode());
    assertEquals("X00001B040", standards.evaluate("X00001", facts("0", 5, false, "c")).tierCode());
    assertEquals("X00001B020", standards.evaluate("X00001", facts("0", 6, false, "c")).tierCode());
    Decision otherwise = standards.evaluate("X00001", facts("0", 0, false, "a"));
    assertEquals(List.of(new Sanction.Warning(false)), otherwise.sanctions());
    assertEquals("其他", otherwise.circumstance());
  }

  @Test
  void aGapIsAnErrorOfTheCompiler() {
    List<String> diagnostics = compile(OPERATORS).diagnostics().stream().map(Object::toString).toList();
    assertEquals(3, diagnostics.size(), String.join("\n", diagnostics));
    assertEquals("s.cailiang:6:13: error: 违法行为 Y00001 没有任何情节适用：次数 = 0，违法所得 大于 0元，如 0.01元，"
        + "类型 = 丙，再犯 = 否；请补充阶次或 otherwise 阶次", diagnostics.get(0));
    // Three combinations are shown; the rest are counted on the last.
    assertEquals("s.cailiang:6:13: error: 违法行为 Y00001 没有任何情节适用：次数 = 4，违法所得 大于 0元，如 0.01元，"
        + "类型 = 丙，再犯 = 否（另有 1 种情形未覆盖）；请补充阶次或 otherwise 阶次", diagnostics.get(2));
  }

  @Test
  void everyOperatorDecidesAtItsBound() {
    Standards standards = registry(OPERATORS);
    String[] expected = {"B010", "B010", "B020", "B020", "B040", "B040", "B030", "B030"};
    for (int count = 0; count < expected.length; count++) {
      Map<String, Object> input = Map.of("count", count, "income", "0.00", "kind", "a", "repeat", false);
      assertEquals("Y00001" + expected[count], standards.evaluate("Y00001", input).tierCode(), "count " + count);
    }
    assertEquals("Y00001B050", standards.evaluate("Y00001", Map.of("count", 0, "income", "1", "kind", "甲", "repeat", true)).tierCode());
    assertEquals("Y00001B060", standards.evaluate("Y00001", Map.of("count", 0, "income", "1", "kind", "c", "repeat", true)).tierCode());
    assertEquals("Y00001B070", standards.evaluate("Y00001", Map.of("count", 0, "income", "1", "kind", "a", "repeat", false)).tierCode());
  }

  @Test
  void withoutAnApplicableTierTheExceptionNamesTheFacts() {
    Standards standards = registry(OPERATORS);
    NoApplicableTierException e = assertThrows(NoApplicableTierException.class,
        () -> standards.evaluate("Y00001", Map.of("count", 0, "income", "1", "kind", "c", "repeat", false)));
    assertEquals("Y00001", e.code());
    assertEquals("Y00001: 没有任何情节适用：次数 = 0，违法所得 = 1元，类型 = 丙，再犯 = 否", e.getMessage());
  }

  @Test
  void theRuntimeStandardDescribesTheModel() {
    org.cailiang.runtime.Standard standard = registry(SMALL).standard("mini").orElseThrow();
    assertEquals("小标准", standard.title());
    assertEquals("某局", standard.authority());
    assertEquals("某市", standard.region());
    assertEquals(List.of("X00001", "X00002"), standard.violations().stream().map(v -> v.code()).toList());
    org.cailiang.runtime.Violation violation = standard.violations().get(1);
    assertEquals("mini", violation.standardId());
    assertEquals("行为", violation.title());
    assertEquals(List.of("X00002B010", "X00002B020", "X00002B030", "X00002B040"), violation.tierCodes());
    assertEquals(List.of(FactSpec.Type.AMOUNT, FactSpec.Type.INT, FactSpec.Type.BOOL, FactSpec.Type.ENUM),
        violation.facts().stream().map(FactSpec::type).toList());
    FactSpec kind = violation.facts().get(3);
    assertEquals("类型", kind.label());
    assertEquals(List.of("a:甲", "b:乙", "c:丙"),
        kind.values().stream().map(v -> v.id() + ":" + v.label()).toList());
  }
  @Test
  void factsContradictingAnExclusiveDeclarationAreRejectedNotDecided() {
    String source = """
        standard excl "互斥" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款。"
          violation Z00001 "互斥" {
            basis a1
            fact minor "情节轻微": bool
            fact serious "情节严重": bool
            exclusive minor, serious "轻微与严重不能同时成立"
            statute { fine unit ..1000 }
            tier B010 "轻微" when minor { fine unit ..100 }
            tier B020 "一般" when not minor and not serious { fine unit 100..500 }
            tier B030 "严重" when serious { fine unit 500..1000 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("excl.cailiang", source)));
    assertEquals("", compilation.render());
    Standards standards = Interpreter.standards(compilation.standards());
    org.cailiang.runtime.InvalidFactsException e = assertThrows(org.cailiang.runtime.InvalidFactsException.class,
        () -> standards.evaluate("Z00001", Map.of("minor", true, "serious", "是")));
    assertEquals(List.of("事实 minor（情节轻微）与 serious（情节严重）不能同时成立：轻微与严重不能同时成立"), e.messages());
    assertEquals("Z00001B010", standards.evaluate("Z00001", Map.of("minor", true, "serious", false)).tierCode());
    assertEquals("Z00001B030", standards.evaluate("Z00001", Map.of("minor", false, "serious", true)).tierCode());
  }
  @Test
  void anEndingReferralIsTheDecisionAndABesideReferralIsListedWithTheTier() {
    String source = """
        standard handover "移送" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处一千元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。"
          violation Z00002 "移送" {
            basis a1
            fact crime "构成犯罪": bool
            fact police "构成违反治安管理行为": bool
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            refer beside "构成违反治安管理行为的，由公安机关依法处罚" when police
            statute { fine unit ..1000 }
            tier B010 "一般" otherwise { fine unit ..1000 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("handover.cailiang", source)));
    assertEquals("", compilation.render());
    Standards standards = Interpreter.standards(compilation.standards());
    Decision crime = standards.evaluate("Z00002", Map.of("crime", true, "police", true));
    assertEquals(true, crime.handedOver());
    assertEquals("Z00002", crime.tierCode());
    assertEquals(List.of(new Sanction.Referral("构成犯罪的，依法追究刑事责任")), crime.sanctions());
    assertEquals("Z00002：构成犯罪的，依法追究刑事责任；依法移送，本程序不适用裁量阶次；案件移送回来、仍应给予行政处罚的，再依本基准裁量（《行政处罚法》第二十七条第一款）。", crime.explain());
    Decision police = standards.evaluate("Z00002", Map.of("crime", false, "police", true));
    assertEquals(false, police.handedOver());
    assertEquals("Z00002B010", police.tierCode());
    assertEquals(new Sanction.Referral("构成违反治安管理行为的，由公安机关依法处罚"), police.sanctions().get(1));
    Decision plain = standards.evaluate("Z00002", Map.of("crime", false, "police", false));
    assertEquals(1, plain.sanctions().size());
  }
}
