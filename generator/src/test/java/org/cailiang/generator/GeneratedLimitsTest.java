package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals("X00001B010", both[0].evaluate("X00001", facts(false, 1_699, "0")).tierCode());
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
    // Written as the language's escapes: raw, check refuses them (hidden-text).
    Standards[] both = compileBoth("harm", "第一行\\u{2028}第二行\\u{2029}第三段", "");
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

  @Test
  void aHundredFactsWithTwoHundredCharacterNamesCompile() {
    // The most facts and the longest names check accepts: 97 more int facts, each a long.
    String name = "事".repeat(197);
    String more = IntStream.range(0, 97).mapToObj(i -> String.format("fact %s%03d: int", name, i))
        .collect(Collectors.joining("\n"));
    Standards[] both = compileBoth("harm and " + name + "096 >= 3", "罚则。", more);
    Map<String, Object> facts = new java.util.HashMap<>(facts(true, 0, "0"));
    for (int i = 0; i < 97; i++) {
      facts.put(String.format("%s%03d", name, i), (long) i);
    }
    assertEquals("X00001B010", both[0].evaluate("X00001", facts).tierCode());
    sameDecisions(both, List.of(facts));
  }

  @Test
  void theLongestNamesStillMakeClassFilesWithinTheFileNameLimit() throws Exception {
    String name = "名".repeat(200);
    String code = "C" + "K".repeat(197) + "1";
    String source = """
        standard %1$s "长名" {
        }
        party %1$s "单位"
        regulation %1$s "测试条例" {
          article %1$s "第一条" "罚则。"
          violation %2$s..%3$s "行为" {
            basis %1$s
            fact %1$s: enum { %1$s "甲", b "乙" }
            tier %4$s "一般" when %1$s == %1$s { warning }
            tier B "其他" otherwise { warning }
          }
        }
        """.formatted(name, code + "0", code + "1", "T" + "1".repeat(199));
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("long.cailiang", source)));
    assertEquals(0, compilation.count(Severity.ERROR), compilation.render());
    var files = new JavaGenerator("test.names").generate(compilation.standards());
    ClassLoader loader = InMemoryJavac.compile(files);
    int longest = 0;
    for (var file : files) {
      if (file.kind() == GeneratedFile.Kind.SOURCE) {
        String type = file.path().substring(0, file.path().length() - ".java".length()).replace('/', '.');
        for (Class<?> c : withNested(loader.loadClass(type))) {
          String fileName = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
          longest = Math.max(longest, fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
      }
    }
    assertTrue(longest <= 255, "longest class file name: " + longest + " bytes");
    assertEquals(code + "1" + "T" + "1".repeat(199), Standards.load(loader).evaluate(code + "1", Map.of(name, "甲")).tierCode());
  }

  private static List<Class<?>> withNested(Class<?> type) {
    List<Class<?>> all = new java.util.ArrayList<>(List.of(type));
    for (Class<?> nested : type.getDeclaredClasses()) {
      all.addAll(withNested(nested));
    }
    return all;
  }

  /**
   * The hostile check: a general part of 2,000 circumstances passed check and did not compile
   * (code too large); 400 parties took javac a minute (Map.ofEntries' inference). At the limit,
   * 1,000 circumstances and 1,000 parties, the general class compiles and decides; past it,
   * check refuses.
   */
  @Test
  void aGeneralPartAtTheLimitCompilesAndPastItIsRefused() {
    StringBuilder source = new StringBuilder("standard s \"界限\" { uses g }\n");
    for (int i = 0; i < 1000; i++) {
      source.append("party p").append(i).append(" \"当事人").append(i).append("\" person\n");
    }
    source.append("""
        regulation reg "测试条例" {
          article a1 "第一条" "处五百元以下罚款。"
          violation X00001 "行为" {
            basis a1
            tier B010 "一般" otherwise { fine p0 ..500 }
          }
        }
        general g "总则" {
          adjust 从轻 lower 50%
        """);
    String circumstances = IntStream.range(0, 1000)
        .mapToObj(i -> "  circumstance c" + i + " \"情节" + i + "\" effect 可以 从轻\n")
        .collect(Collectors.joining());
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("general.cailiang", source + circumstances + "}\n")));
    assertEquals(0, compilation.count(Severity.ERROR), compilation.render());
    Standards generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.general")
        .generate(compilation.standards(), compilation.generals())));
    assertEquals(1, generated.evaluate("X00001", Map.of(), org.cailiang.runtime.GeneralFacts.of(
        java.util.Set.of("c999"))).options().size());
    Compilation past = StandardCompiler.compileSources(List.of(new SourceFile("general.cailiang",
        source + circumstances + "  circumstance c1000 \"情节1000\" effect 可以 从轻\n}\n")));
    assertEquals(List.of("general.cailiang:2011:16: error: 总则 总则 的情节过多：最多 1000 个，实有 1001 个"),
        past.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
            .map(Object::toString).toList());
  }

  /**
   * Hostile check: 5,000 parties, 4,000 articles and 6,000 sanctions in a tier passed check and
   * broke javac ("code too large"). At the limits check sets (too-many-items) they compile; one
   * more is an error.
   */
  @Test
  void partiesArticlesAndSanctionsAtTheirLimitsCompileAndOneMoreIsAnError() {
    Compilation atLimits = StandardCompiler.compileSources(List.of(
        new SourceFile("items.cailiang", itemsStandard(1_000, 2_000, 200))));
    assertEquals(0, atLimits.count(Severity.ERROR), atLimits.render());
    Standards generated = Standards.load(
        InMemoryJavac.compile(new JavaGenerator("test.items").generate(atLimits.standards())));
    assertEquals(Interpreter.standards(atLimits.standards()).evaluate("X00001", Map.of()),
        generated.evaluate("X00001", Map.of()));
    Compilation over = StandardCompiler.compileSources(List.of(
        new SourceFile("items.cailiang", itemsStandard(1_001, 2_001, 201))));
    assertEquals(List.of("too-many-items", "too-many-items", "too-many-items", "too-many-items"),
        over.diagnostics().stream().filter(d -> d.check().equals("too-many-items"))
            .map(d -> d.check()).toList(), over.render());
  }

  private static String itemsStandard(int parties, int articles, int sanctions) {
    StringBuilder text = new StringBuilder("standard s \"界限\" { }\n");
    for (int i = 0; i < parties; i++) {
      text.append("party p").append(i).append(" \"当事人").append(i).append("\"\n");
    }
    text.append("regulation reg \"测试条例\" {\n");
    for (int i = 0; i < articles; i++) {
      text.append("  article a").append(i).append(" \"第").append(i + 1).append("条\" \"条文").append(i)
          .append("。\"\n");
    }
    StringBuilder orders = new StringBuilder();
    for (int i = 0; i < sanctions; i++) {
      orders.append("order \"责令").append(i).append("\"; ");
    }
    text.append("  violation X00001 \"行为\" {\n    basis a0\n    statute { ").append(orders)
        .append("}\n    tier B010 \"一般\" otherwise { ").append(orders).append("}\n  }\n}\n");
    return text.toString();
  }

  /**
   * Hostile check: 30 tiers of 200 orders each passed check (each tier under its limit) and the
   * class did not compile. What one generated class may hold of a violation's sanctions (the
   * statute and the largest 65 tiers), each fine's parties counted, is at most 1,000: fines of 100
   * parties in the statute and four tiers (the costliest shape) compile.
   */
  @Test
  void aViolationAtItsLimitOfSanctionsCompilesAndOneMoreIsAnError() {
    Compilation atLimit = StandardCompiler.compileSources(List.of(
        new SourceFile("many.cailiang", manyFines(4, ""))));
    assertEquals(0, atLimit.count(Severity.ERROR), atLimit.render());
    Standards generated = Standards.load(
        InMemoryJavac.compile(new JavaGenerator("test.many").generate(atLimit.standards())));
    assertEquals(Interpreter.standards(atLimit.standards()).evaluate("X00001", Map.of("t", 3L)),
        generated.evaluate("X00001", Map.of("t", 3L)));
    Compilation over = StandardCompiler.compileSources(List.of(
        new SourceFile("many.cailiang", manyFines(4, "order \"责令改正\"; "))));
    assertEquals(List.of("too-many-items"), over.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR).map(d -> d.check()).toList(), over.render());
  }

  private static String manyFines(int tiers, String extra) {
    StringBuilder fines = new StringBuilder();
    StringBuilder text = new StringBuilder("standard s \"界限\" { }\n");
    for (int i = 0; i < 100; i++) {
      text.append("party p").append(i).append(" \"当事人").append(i).append("\"\n");
      fines.append("fine p").append(i).append(" ..1000; ");
    }
    text.append("regulation reg \"测试条例\" {\n  article a1 \"第一条\" \"处一千元以下罚款。\"\n")
        .append("  violation X00001 \"行为\" {\n    basis a1\n    fact t: int\n    statute { ")
        .append(fines).append("}\n");
    for (int t = 0; t < tiers; t++) {
      text.append("    tier B").append(t).append(" \"阶次").append(t).append("\" ")
          .append(t + 1 < tiers ? "when t == " + t : "otherwise").append(" { ").append(fines)
          .append(t == 0 ? extra : "").append("}\n");
    }
    return text.append("  }\n}\n").toString();
  }
}
