package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * The sizes a standard can reach: nesting has a fixed limit reported where it is crossed, long
 * and/or chains are flat, and numbers and escapes out of range are errors at their position,
 * never a wrap-around or a crash.
 */
class LimitsTest {
  /** The condition goes on line 9; {@code %s} is replaced. */
  private static final String TEMPLATE = """
      standard s "界限" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "罚则。"
        violation X00001 "行为" {
          basis a1
          fact harm: bool
          fact n: int
          tier B010 "一般" when %s { warning }
          tier B020 "其他" otherwise { warning }
        }
      }
      """;
  private static final int CONDITION_LINE = 10;
  private static final int CONDITION_COLUMN = "    tier B010 \"一般\" when ".length() + 1;

  private static Compilation compile(String source) {
    return StandardCompiler.compileSources(List.of(new SourceFile("limits.cailiang", source)));
  }

  private static Compilation withCondition(String condition) {
    return compile(TEMPLATE.replace("%s", condition));
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::toString).toList();
  }

  @Test
  void notNestedToTheLimitCompiles() {
    Compilation compilation = withCondition("not ".repeat(100) + "harm");
    assertEquals(List.of(), errors(compilation));
  }

  @Test
  void notNestedPastTheLimitIsAnErrorAtTheNotThatCrossesIt() {
    Compilation compilation = withCondition("not ".repeat(1_800) + "harm");
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + (CONDITION_COLUMN + 100 * 4)
        + ": error: 嵌套过深：not、括号与 either 最多嵌套 100 层；请拆分条件或减少括号层数"), errors(compilation));
  }

  @Test
  void parenthesesPastTheLimitAreAnErrorAtTheParenthesisThatCrossesIt() {
    Compilation compilation = withCondition("(".repeat(101) + "harm" + ")".repeat(101));
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + (CONDITION_COLUMN + 100)
        + ": error: 嵌套过深：not、括号与 either 最多嵌套 100 层；请拆分条件或减少括号层数"), errors(compilation));
    assertEquals(List.of(), errors(withCondition("(".repeat(100) + "harm" + ")".repeat(100))));
  }

  @Test
  void nestingCountsNotAndParenthesesTogether() {
    // 50 levels of "not (": 100 levels, the limit; one more "not" crosses it.
    assertEquals(List.of(), errors(withCondition("not (".repeat(50) + "harm" + ")".repeat(50))));
    Compilation deeper = withCondition("not (".repeat(50) + "not harm" + ")".repeat(50));
    assertEquals(1, errors(deeper).size(), deeper.render());
    assertEquals(CONDITION_COLUMN + 50 * 5, deeper.diagnostics().get(0).span().column());
  }

  @Test
  void eitherNestedPastTheLimitIsAnErrorToo() {
    String nested = "either ".repeat(150) + "warning" + " or warning".repeat(150);
    Compilation compilation = compile(TEMPLATE.replace("when %s { warning }", "when harm { " + nested + " }"));
    assertEquals(1, errors(compilation).size(), compilation.render());
    assertEquals("too-deep", compilation.diagnostics().get(0).check());
  }

  /** Circumstances c1..cN, each using the one before, ending in a fact: the tier uses cN. */
  private static Compilation chained(int length, String step) {
    StringBuilder circumstances = new StringBuilder("circumstance c0 \"c0\" = harm\n");
    for (int i = 1; i <= length; i++) {
      circumstances.append("    circumstance c").append(i).append(" \"c").append(i).append("\" = ")
          .append(step.replace("PREV", "c" + (i - 1))).append('\n');
    }
    return compile(TEMPLATE.replace("    tier B010", "    " + circumstances + "    tier B010")
        .replace("%s", "c" + length));
  }

  @Test
  void circumstancesChainedPastTheLimitAreAnErrorNotAStackOverflow() {
    assertEquals(List.of(), errors(chained(99, "not PREV")), "99 uses: within the limit");
    Compilation hundred = chained(100, "not PREV");
    assertEquals(List.of("limits.cailiang:11:32: error: 情节层层引用过深：c100 经过 100 个情节才引用到 c0，"
        + "最多 100 层；请直接用事实写出其中的情节"), errors(hundred), "at the use of c0 in c1's body");
    // 3,000 overflowed the stack (exit 3, internal error): now reported, every error at its place.
    Compilation longChain = chained(3_000, "not PREV");
    assertTrue(errors(longChain).stream().anyMatch(e -> e.contains("情节层层引用过深：c3000 经过 100 个情节")),
        longChain.render());
    assertTrue(diagnostics(longChain).allMatch(d -> d.severity() != Severity.ERROR || d.check().equals("too-deep")),
        longChain.render());
  }

  private static java.util.stream.Stream<Diagnostic> diagnostics(Compilation compilation) {
    return compilation.diagnostics().stream();
  }

  @Test
  void aCircumstanceExpandingPastTheDepthLimitIsAnError() {
    // Circumstances declared in order are built in order (each unused one on its own), so the
    // chain stays short while the expanded depth grows: 11 levels per step, the limit is 1,000.
    Compilation compilation = chained(99, "not not not not not not not not not not PREV");
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), compilation.render());
    assertTrue(errors.get(0).contains("展开其引用的情节后嵌套") && errors.get(0).contains("最多 1000 层"), errors.get(0));
  }

  @Test
  void longOrAndAndChainsAreFlatAndEvaluate() {
    String or = IntStream.range(0, 1_700).mapToObj(i -> "n == " + i).collect(Collectors.joining(" or "));
    String and = IntStream.range(0, 1_000).mapToObj(i -> "n != " + i).collect(Collectors.joining(" and "));
    Compilation compilation = withCondition("harm and (" + or + ") or not harm and " + and);
    assertEquals(List.of(), errors(compilation), compilation.render());
    Condition condition = compilation.standards().get(0).violations().get(0).tiers().get(0).condition();
    Condition.Or top = assertInstanceOf(Condition.Or.class, condition);
    assertEquals(2, top.operands().size());
    Condition.And left = assertInstanceOf(Condition.And.class, top.operands().get(0));
    assertEquals(1_700, assertInstanceOf(Condition.Or.class, left.operands().get(1)).operands().size());
    Condition.And right = assertInstanceOf(Condition.And.class, top.operands().get(1));
    assertEquals(1_001, right.operands().size());

    var standards = Interpreter.standards(compilation.standards());
    assertEquals("X00001B010", standards.evaluate("X00001", Map.of("harm", true, "n", 1_699L)).tierCode());
    assertEquals("X00001B020", standards.evaluate("X00001", Map.of("harm", true, "n", 1_700L)).tierCode());
    assertEquals("X00001B010", standards.evaluate("X00001", Map.of("harm", false, "n", 1_000L)).tierCode());
    assertEquals("X00001B020", standards.evaluate("X00001", Map.of("harm", false, "n", 999L)).tierCode());
  }

  /**
   * A chain of tens of thousands of comparisons kept the legal analysis busy for minutes (50,000:
   * 45 s, 200,000: killed after 300 s; found by the fresh-clone check): past 5,000 it is an error.
   */
  @Test
  void aConditionOfMoreThanFiveThousandComparisonsIsAnError() {
    String within = IntStream.range(0, 5_000).mapToObj(i -> "n == " + i).collect(Collectors.joining(" or "));
    assertEquals(List.of(), errors(withCondition(within)));
    String past = within + " or harm";
    // At the chain's first "or", after "n == 0 ".
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + (CONDITION_COLUMN + 7) + ": error: 条件过长：展开命名情节后超过 "
        + "5000 个比较；请拆分阶次，或用区间（如 income >= 1000 and income < 5000）代替逐一列举"),
        errors(withCondition(past)));
  }

  @Test
  void detentionDaysOutOfRangeIsOneErrorAtTheLiteral() {
    String source = TEMPLATE.replace("when %s { warning }", "when harm { detain unit 1..2147483648 days }");
    int column = "    tier B010 \"一般\" when harm { detain unit 1..".length() + 1;
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + column
        + ": error: 天数超出范围：最多 100000 天，不能是 2147483648"), errors(compile(source)));
  }

  @Test
  void thresholdBeyondTheRangeOfNumbersIsAnErrorAtTheLiteral() {
    Compilation compilation = withCondition("n >= 9223372036854775808");
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + (CONDITION_COLUMN + 5)
        + ": error: 数值超出范围：最大为 10000000000000（10万亿），不能是 9223372036854775808"), errors(compilation));
    assertEquals(List.of(), errors(withCondition("n >= 10000000000000")));
  }

  @Test
  void loneSurrogateEscapeIsAnErrorAtTheEscape() {
    String source = TEMPLATE.replace("\"一般\"", "\"一般\\u{D800}情形\"").replace("%s", "harm");
    int column = "    tier B010 \"一般".length() + 1;
    assertEquals(List.of("limits.cailiang:" + CONDITION_LINE + ":" + column
        + ": error: 无效的转义 \\u{D800}：U+D800 至 U+DFFF 是代理码位，不是字符"), errors(compile(source)));
    String pair = TEMPLATE.replace("\"一般\"", "\"一般\\u{1F600}\"").replace("%s", "harm");
    assertFalse(compile(pair).hasErrors());
  }

  @Test
  void enumFactsHaveAtMostAThousandValues() {
    String values = IntStream.range(0, 1_001).mapToObj(i -> "v" + i + " \"取值" + i + "\"")
        .collect(Collectors.joining(", "));
    String source = TEMPLATE.replace("fact n: int", "fact n: int\n      fact kind: enum { " + values + " }")
        .replace("%s", "harm");
    Compilation compilation = compile(source);
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), compilation.render());
    assertEquals(CONDITION_LINE, compilation.diagnostics().get(0).span().line());
    assertEquals(List.of("事实 kind 的取值过多：最多 1000 个，实有 1001 个；请改用 int 或拆分事实"),
        compilation.diagnostics().stream().map(Diagnostic::message).toList());
    String last = ", v1000 \"取值1000\"";
    assertFalse(compile(source.replace(last, "")).hasErrors());
  }

  @Test
  void aViolationHasAtMostAHundredFacts() {
    String facts = IntStream.range(0, 101).mapToObj(i -> "fact c" + i + ": int").collect(Collectors.joining("\n"));
    String source = TEMPLATE.replace("fact n: int", "fact n: int\n" + facts).replace("%s", "harm");
    Compilation compilation = compile(source);
    assertEquals(List.of("违法行为 X00001 的事实过多：最多 100 个，实有 103 个"),
        compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message).toList());
    // harm, n and c0..c97 are the first hundred: the error is at c98.
    assertEquals(10 + 98, compilation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow().span().line());
  }

  @Test
  void namesAndNumbersHaveAtMostTwoHundredCharacters() {
    String longName = "甲".repeat(201);
    String source = TEMPLATE.replace("fact harm: bool", "fact " + longName + ": bool").replace("%s", longName);
    Compilation compilation = compile(source);
    assertEquals(List.of("limits.cailiang:8:10: error: 名称过长：最多 200 个字符",
        "limits.cailiang:10:" + CONDITION_COLUMN + ": error: 名称过长：最多 200 个字符"), errors(compilation));
    String fits = TEMPLATE.replace("fact harm: bool", "fact " + longName.substring(1) + ": bool")
        .replace("%s", longName.substring(1));
    assertEquals(List.of(), errors(compile(fits)));
    assertEquals(List.of("limits.cailiang:10:" + (CONDITION_COLUMN + 5) + ": error: 数字过长：最多 200 个字符"),
        errors(withCondition("n >= " + "0".repeat(200) + "1")));
    assertEquals(List.of("limits.cailiang:10:" + (CONDITION_COLUMN + 5) + ": error: 金额过长：最多 32 个字符"),
        errors(withCondition("n >= " + "0".repeat(32) + "1")));
  }
}
