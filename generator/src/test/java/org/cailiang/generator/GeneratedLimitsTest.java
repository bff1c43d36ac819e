package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The shapes that once passed {@code check} and then broke javac: long chains, deep nesting,
 * line separators, texts over 64 KB, many enum values, the largest numbers. Each compiles with
 * {@code -Xlint:all -Werror} and decides as the interpreter does.
 */
class GeneratedLimitsTest {
  private static final String TEMPLATE = """
      standard s "界限" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "%TEXT%"
        violation X00001 "行为" {
          basis a1
          fact harm: bool
          fact n: int
          fact income: amount
          %FACTS%
          tier B010 "一般" when %WHEN% { warning text "%TEXT%" }
          tier B020 "其他" otherwise { warning }
        }
      }
      """;

  private static Standards[] compileBoth(String when, String text, String facts) {
    String source = TEMPLATE.replace("%WHEN%", when).replace("%TEXT%", text).replace("%FACTS%", facts);
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("limits.cailiang", source)));
    assertEquals(0, compilation.count(Severity.ERROR), compilation.render());
    Standards generated = Standards.load(
        InMemoryJavac.compile(new JavaGenerator("test.limits").generate(compilation.standards())));
    return new Standards[] {generated, Interpreter.standards(compilation.standards())};
  }

  private static void sameDecisions(Standards[] both, List<Map<String, Object>> cases) {
    for (Map<String, Object> facts : cases) {
      Decision generated = both[0].evaluate("X00001", facts);
      assertEquals(both[1].evaluate("X00001", facts), generated, facts.toString());
    }
  }

  private static Map<String, Object> facts(boolean harm, long n, String income) {
    return Map.of("harm", harm, "n", n, "income", new java.math.BigDecimal(income));
  }

  @Test
  void aThousandTermAndAndASeventeenHundredTermOrCompile() {
    String and = IntStream.range(0, 1_000).mapToObj(i -> "n != " + i).collect(Collectors.joining(" and "));
    String or = IntStream.range(0, 1_700).mapToObj(i -> "n == " + i).collect(Collectors.joining(" or "));
    Standards[] both = compileBoth("harm and " + and + " or not harm and (" + or + ")", "罚则。", "");
    sameDecisions(both, List.of(facts(true, 999, "0"), facts(true, 1_000, "0"), facts(false, 1_699, "0"),
        facts(false, 1_700, "0")));
    assertEquals("X00001B010", both[0].evaluate("X00001", facts(false, 1_699, "0")).code());
  }

  @Test
  void notAndParenthesesNestedToTheLimitCompile() {
    String nots = "not ".repeat(100) + "harm";
    String parens = "(harm or n > 1 and ".repeat(49) + "income >= 1万" + ")".repeat(49);
    Standards[] both = compileBoth(nots + " or " + parens, "罚则。", "");
    sameDecisions(both, List.of(facts(true, 0, "0"), facts(false, 2, "10000"), facts(false, 2, "9999.99")));
  }

  @Test
  void inWithAThousandValuesOfAThousandValueEnumCompiles() {
    String values = IntStream.range(0, 1_000).mapToObj(i -> "v" + i + " \"取值" + i + "\"")
        .collect(Collectors.joining(", "));
    String in = IntStream.range(0, 1_000).filter(i -> i % 2 == 0).mapToObj(i -> "v" + i)
        .collect(Collectors.joining(", "));
    Standards[] both = compileBoth("kind in {" + in + "}", "罚则。", "fact kind: enum { " + values + " }");
    for (String kind : List.of("v0", "v1", "v998", "v999")) {
      Map<String, Object> facts = Map.of("harm", true, "n", 1L, "income", java.math.BigDecimal.ONE, "kind", kind);
      assertEquals(both[1].evaluate("X00001", facts), both[0].evaluate("X00001", facts));
    }
  }

  @Test
  void lineAndParagraphSeparatorsInTextsCompileAndSurvive() {
    String text = "第一行\u2028第二行\u2029第三段";
    Standards[] both = compileBoth("harm", text, "");
    Decision decision = both[0].evaluate("X00001", facts(true, 0, "0"));
    assertEquals(text, decision.officialText());
    assertEquals(text, decision.citations().get(0).text());
  }

  @Test
  void anArticleOverSixtyFourKilobytesCompilesWhole() {
    // 30,000 Chinese characters: 90,000 bytes of UTF-8, over javac's 65,535 for one constant.
    String text = "罚".repeat(29_999) + "😀";
    Standards[] both = compileBoth("harm", text, "");
    Decision decision = both[0].evaluate("X00001", facts(true, 0, "0"));
    assertEquals(text, decision.officialText());
    assertEquals(text, decision.citations().get(0).text());
  }

  @Test
  void theLargestNumbersCompile() {
    Standards[] both = compileBoth("n >= 10000000000000 or income > 9999999999999.99", "罚则。", "");
    sameDecisions(both, List.of(facts(false, 10_000_000_000_000L, "0"), facts(false, 9_999_999_999_999L, "0"),
        facts(false, 0, "10000000000000"), facts(false, 0, "9999999999999.99")));
  }
}
