package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.FactReader;
import org.junit.jupiter.api.Test;

/** Problems with untyped facts as records, trimmed strings, and the lenient registry. */
class FactProblemsTest {
  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("setter", "设置主体", FactSpec.Type.ENUM,
          List.of(FactReaderTest.Setter.values())),
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()),
      new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()));

  private static List<FactProblem> problems(Map<String, ?> facts) {
    return assertThrows(InvalidFactsException.class, () -> new FactReader("X1", SPECS, facts))
        .problems();
  }

  @Test
  void everyStringIsTrimmedWhateverItsType() {
    FactReader reader = new FactReader("X1", SPECS,
        Map.of("setter", " unit ", "harm", " 否 ", "income", " 5000元 ", "count", "\u30003 "));
    assertEquals(FactReaderTest.Setter.UNIT, reader.value(0));
    assertEquals(false, reader.bool(1));
    assertEquals(5000, reader.amount(2).intValueExact());
    assertEquals(3L, reader.integer(3));
    FactReader byLabel = new FactReader("X1", SPECS,
        Map.of("setter", "单位设置 ", "harm", "true", "income", "0", "count", 0));
    assertEquals(FactReaderTest.Setter.UNIT, byLabel.value(0));
    // Hostile check: the no-break and zero-width spaces an input method leaves were refused.
    FactReader blanks = new FactReader("X1", SPECS, Map.of("setter", "\u00a0单位设置\u00a0", "harm", "否\u200b",
        "income", "\ufeff5000\u202f", "count", "\u20073"));
    assertEquals(FactReaderTest.Setter.UNIT, blanks.value(0));
    assertEquals(false, blanks.bool(1));
    assertEquals(5000, blanks.amount(2).intValueExact());
    assertEquals(3L, blanks.integer(3));
    assertEquals("单\u00a0位", org.cailiang.runtime.internal.FactReader.stripped("\u00a0单\u00a0位\u200b"), "inside kept");
    String same = "单位";
    org.junit.jupiter.api.Assertions.assertSame(same, org.cailiang.runtime.internal.FactReader.stripped(same));
    assertEquals("", org.cailiang.runtime.internal.FactReader.stripped(" \u00a0\u200b "));
  }

  @Test
  void aNegativeAmountInTextIsToldItIsNegative() {
    FactProblem problem =
        problems(Map.of("setter", "unit", "harm", true, "income", "-5", "count", 1)).get(0);
    assertEquals(new FactProblem("income", FactProblem.Kind.NEGATIVE, "-5",
        List.of("不为负数的金额（元），如 5000、1.5万"), "事实 income（违法所得）不能为负数：-5"), problem);
  }

  @Test
  void eachProblemNamesTheFactWhatIsWrongWhatWasGivenAndWhatIsAllowed() {
    List<FactProblem> problems =
        problems(Map.of("setter", "公司", "income", "100", "count", 1, "settre", "x"));
    assertEquals(3, problems.size());
    assertEquals(new FactProblem("setter", FactProblem.Kind.INVALID, "公司",
        List.of("unit（单位设置）", "individual（个人设置）"),
        "事实 setter（设置主体）的值无效：公司，可取：unit（单位设置）、individual（个人设置）"), problems.get(0));
    assertEquals(new FactProblem("harm", FactProblem.Kind.MISSING, null,
        List.of("true（是）、false（否）"), "缺少事实 harm（造成危害后果），可取：true（是）、false（否）"),
        problems.get(1));
    FactProblem unknown = problems.get(2);
    assertEquals("settre", unknown.fact());
    assertEquals(FactProblem.Kind.UNKNOWN, unknown.kind());
    assertEquals("setter", unknown.allowed().get(0));
    assertEquals("未知事实 settre，本违法行为的事实有：setter, harm, income, count；是否要写 setter？",
        unknown.message());
  }

  @Test
  void theProblemsAreJson() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> new FactReader("X1", SPECS, Map.of("setter", "unit", "income", "1", "count", 1)));
    assertEquals("""
        {
          "code": "X1",
          "problems": [
            {
              "fact": "harm",
              "kind": "missing",
              "given": null,
              "allowed": [
                "true（是）、false（否）"
              ],
              "message": "缺少事实 harm（造成危害后果），可取：true（是）、false（否）"
            }
          ]
        }
        """, e.toJson());
  }

  /** A violation that reads its facts as generated code does. */
  private record Reading(String code) implements Violation {
    @Override
    public String standardId() {
      return "s";
    }

    @Override
    public String title() {
      return "违法行为";
    }

    @Override
    public List<FactSpec> facts() {
      return SPECS;
    }

    @Override
    public List<String> tierCodes() {
      return List.of(code + "B010");
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
      new FactReader(code, SPECS, facts);
      return new Decision("s", code, "违法行为", code + "B010", "一般", List.of(), List.of(), "", false);
    }
  }

  private record OneStandard(List<Violation> violations) implements Standard {
    @Override
    public String id() {
      return "s";
    }

    @Override
    public String title() {
      return "基准";
    }

    @Override
    public String authority() {
      return "";
    }

    @Override
    public String region() {
      return "";
    }
  }

  @Test
  void theLenientRegistryIgnoresKeysThatAreNotFactsButNothingElse() {
    Standards strict = Standards.of(new OneStandard(List.of(new Reading("C1"))));
    Map<String, Object> row =
        Map.of("setter", "unit", "harm", "否", "income", "0", "count", "1", "caseId", "2026-17");
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> strict.evaluate("C1", row));
    assertEquals(FactProblem.Kind.UNKNOWN, e.problems().get(0).kind());
    Standards lenient = strict.lenient();
    assertEquals("C1B010", lenient.evaluate("C1", row).tierCode());
    assertEquals(FactProblem.Kind.MISSING, assertThrows(InvalidFactsException.class,
        () -> lenient.evaluate("C1", Map.of("caseId", "x", "harm", "否", "income", "0", "count", "1")))
        .problems().get(0).kind());
    assertEquals(true, lenient.isLenient());
    assertEquals(false, strict.isLenient());
  }

  @Test
  void codesAreTrimmedAndMistakesAnsweredInChinese() {
    Standards standards = Standards.of(new OneStandard(List.of(new Reading("C05847"),
        new Reading("C05850"), new Reading("C05838"), new Reading("C05840"))));
    assertEquals("C05847B010", standards.evaluate(" C05847 ",
        Map.of("setter", "unit", "harm", "否", "income", "0", "count", "1")).tierCode());
    assertEquals("未知编码 C05848，相近的编码有：C05847, C05850",
        assertThrows(UnknownCodeException.class, () -> standards.violation("C05848")).getMessage());
    assertEquals("编码为空",
        assertThrows(UnknownCodeException.class, () -> standards.violation("  ")).getMessage());
    assertEquals("编码为 null",
        assertThrows(UnknownCodeException.class, () -> standards.violation(null)).getMessage());
    assertEquals("未知编码 C05874，相近的编码有：C05850, C05847",
        assertThrows(UnknownCodeException.class, () -> standards.violation("C05874")).getMessage());
  }
}
