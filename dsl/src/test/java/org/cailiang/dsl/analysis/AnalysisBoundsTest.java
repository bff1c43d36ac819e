package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The legal checks always run, or the standard does not pass: shapes that used to exhaust the
 * case analysis are analysed completely, output stays bounded, and the limit left for
 * pathological shapes is an error that no suppress drops.
 */
class AnalysisBoundsTest {

  /** Fines 50万..100万 against a statute of 100..1000, with a gap and an overlap. */
  private static final String WRONG = """
      standard t "测试" {
      }
      party unit "单位"
      regulation reg "条例" {
        article a1 "第一条" "罚则。"
        violation X00001 "测试" {
          basis a1
          fact income "违法所得": amount
          suppress "analysis-limit" "想要跳过审查"
          statute { fine unit 100..1000 }
          tier B010 "较少" when income < 5万 { fine unit 50万..100万 }
          tier B020 "较多" when income >= 1万 and income < 10万 { fine unit 50万..100万 }
        }
      }
      """;

  @Test
  void exceedingTheLimitIsAnErrorThatSuppressDoesNotDrop() {
    Compilation compilation = compile(WRONG);
    Diagnostics diagnostics = new Diagnostics();
    Analyzer.analyze(compilation.standards(), diagnostics, 2);
    Diagnostic limit = diagnostics.sorted().stream().filter(d -> d.check().equals("analysis-limit"))
        .findFirst().orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    assertEquals("error", limit.severity().label());
    assertTrue(limit.message().startsWith("分析超出上限"), limit.message());
    assertEquals(6, limit.span().line(), "at the violation");
    assertTrue(diagnostics.hasErrors());
  }

  /**
   * Hostile check: 64 tiers of 60 two-atom clauses over 100 facts took 31 s and 1.6 GB only to
   * reach the limit. The limit falls with the atoms evaluated per cell, and says so.
   */
  @Test
  void longConditionsReachALowerLimitSoonerAndSaySo() {
    StringBuilder facts = new StringBuilder();
    for (int f = 0; f < 40; f++) {
      facts.append("fact f").append(f).append(" \"事实").append(f).append("\": bool\n");
    }
    StringBuilder tiers = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < 20; t++) {
      List<String> clauses = new java.util.ArrayList<>();
      for (int j = 0; j < 40; j++) {
        clauses.add("(f" + random.nextInt(40) + " or not f" + random.nextInt(40) + ")");
      }
      tiers.append("tier T").append(100 + t).append(" \"阶次").append(t).append("\" when ")
          .append(String.join(" and ", clauses)).append(" { fine unit 100..200 }\n");
    }
    String source = "standard t \"测试\" { }\nparty unit \"单位\"\nregulation reg \"条例\" {\n"
        + "article a1 \"第一条\" \"处一百元以上二百元以下罚款。\"\nviolation X00001 \"测试\" {\nbasis a1\n"
        + facts + "statute { fine unit 100..200 }\n" + tiers
        + "tier T999 \"其他\" otherwise { fine unit 100..200 }\n}\n}\n";
    Compilation compilation = compile(source);
    assertEquals(40L * 20 * 2, countAtoms(compilation));
    int limit = Explorer.limit(Explorer.MAX_CELLS, compilation.standards().get(0).violations().get(0)
        .triedTiers().stream().map(org.cailiang.dsl.model.Tier::condition).toList());
    assertEquals((int) (Explorer.MAX_WORK / 1600), limit);
    assertEquals(Explorer.MAX_CELLS, Explorer.limit(Explorer.MAX_CELLS, List.of()), "short conditions keep it");
    assertEquals(1_000, Explorer.limit(Explorer.MAX_CELLS, java.util.Collections.nCopies(
        (int) (Explorer.MAX_WORK / 1600 / 10), compilation.standards().get(0).violations().get(0)
            .triedTiers().get(0).condition())), "never below a thousand");
    Diagnostic reached = compilation.diagnostics().stream().filter(d -> d.check().equals("analysis-limit"))
        .findFirst().orElseThrow(() -> new AssertionError(compilation.render()));
    assertTrue(reached.message().contains("超过 " + limit + " 类（条件很长，每类的计算量大，上限相应降低）"),
        reached.message());
  }

  /**
   * Hostile check: an ending referral that always holds, but not visibly so, made every case end
   * without a cell; the cell limit never came, and 22 facts took 75 s. The cases visited are
   * bounded too.
   */
  @Test
  void casesEndedWithoutACellAreBoundedToo() {
    StringBuilder facts = new StringBuilder();
    List<String> always = new java.util.ArrayList<>();
    for (int f = 0; f < 14; f++) {
      facts.append("fact f").append(f).append(" \"事实").append(f).append("\": bool\n");
      always.add("(f" + f + " or not f" + f + ")");
    }
    String source = "standard t \"测试\" { }\nparty person \"个人\"\nregulation reg \"条例\" {\n"
        + "article a1 \"第一条\" \"处一百元以上二百元以下罚款。\"\nviolation X00001 \"测试\" {\nbasis a1\n"
        + facts + "refer ends \"构成犯罪的，依法追究刑事责任\" when " + String.join(" and ", always) + "\n"
        + "tier B010 \"甲\" when f0 { fine person 100..120 }\n"
        + "tier B020 \"乙\" otherwise { fine person 100..200 }\n}\n}\n";
    Compilation compilation = compile(source);
    Diagnostics bounded = new Diagnostics();
    Analyzer.analyze(compilation.standards(), bounded, 1_000);
    assertTrue(bounded.sorted().stream().anyMatch(d -> d.check().equals("analysis-limit")),
        bounded.sorted().toString());
    Diagnostics enough = new Diagnostics();
    Analyzer.analyze(compilation.standards(), enough, 20_000);
    assertFalse(enough.sorted().stream().anyMatch(d -> d.check().equals("analysis-limit")),
        "2^14 cases visited fit twice 20,000: " + enough.sorted());
  }

  private static long countAtoms(Compilation compilation) {
    long[] atoms = {0};
    compilation.standards().get(0).violations().get(0).triedTiers()
        .forEach(t -> Domains.atoms(t.condition(), a -> atoms[0]++));
    return atoms[0];
  }

  @Test
  void theWrongStandardFailsWithEveryLegalCheckRun() {
    List<String> checks = compile(WRONG).diagnostics().stream().map(Diagnostic::check).toList();
    assertTrue(checks.contains("envelope"), checks.toString());
    assertTrue(checks.contains("gap"), checks.toString());
    assertTrue(checks.contains("overlap"), checks.toString());
    assertFalse(checks.contains("analysis-limit"), checks.toString());
  }

  /**
   * Five amounts with ten thresholds each used to be 21⁵ cells, past the limit, and so no check
   * ran; the tiers only tell eleven bands apart per amount, so it is 11⁵ at most now.
   */
  @Test
  void fiveAmountsWithTenThresholdsEachAreAnalysedCompletely() {
    List<Diagnostic> found = compile(fiveAmounts(200)).diagnostics();
    List<String> checks = found.stream().map(Diagnostic::check).toList();
    assertFalse(checks.contains("analysis-limit"), checks.toString());
    assertTrue(checks.contains("envelope"), "the planted fine above the statute is found: " + checks);
    assertTrue(checks.contains("overlap"), checks.toString());
  }

  /**
   * Tiers {@code count >= i} all overlap: one message per pair and per dead tier used to be
   * thousands (and the reasons took cubic time); now each kind is capped with a summary.
   */
  @Test
  void manyOverlappingTiersGiveABoundedUsefulReport() {
    int tiers = 300;
    List<Diagnostic> found = compile(overlapping(tiers)).diagnostics();
    long overlaps = found.stream().filter(d -> d.check().equals("overlap")).count();
    long dead = found.stream().filter(d -> d.check().equals("dead-tier")).count();
    assertTrue(overlaps >= 2 && overlaps <= CoverageChecks.MAX_REPORTED + 1, "overlaps: " + overlaps);
    assertTrue(dead >= 2 && dead <= CoverageChecks.MAX_REPORTED + 1, "dead tiers: " + dead);
    Diagnostic overlapSummary = found.stream().filter(d -> d.check().equals("overlap"))
        .filter(d -> d.message().contains("未逐一列出")).findFirst().orElseThrow();
    assertTrue(overlapSummary.message().contains(String.valueOf(tiers - 1 - CoverageChecks.MAX_REPORTED)),
        overlapSummary.message());
    Diagnostic deadSummary = found.stream().filter(d -> d.check().equals("dead-tier"))
        .filter(d -> d.message().contains("未逐一列出")).findFirst().orElseThrow();
    assertTrue(deadSummary.message().contains(String.valueOf(tiers - 1 - CoverageChecks.MAX_REPORTED)),
        deadSummary.message());
    assertEquals("违法行为 X00001 另有 279 个阶次永远不会适用，未逐一列出（如 T00021、T00022、T00023、T00024、T00025 等）"
        + "；请删除或修改这些阶次", deadSummary.message(), "the first five not listed are named");
    assertTrue(found.stream().anyMatch(d -> d.message().equals(
        "阶次 T00001「至少1次」 永远不会适用：凡其适用的情形，T00000「至少0次」 优先适用")), found.toString());
  }

  @Test
  void anOversizedCodeRangeIsReportedWithoutExpandingIt() {
    String source = """
        standard t "测试" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation X000000001..X999999999 "测试" {
            basis a1
            fact harm "危害": bool
            statute { fine unit 100..1000 }
            tier B010 "一般" otherwise { fine unit 100..1000 }
            case "一般" at X000000002 { harm = false } expect B010
          }
        }
        """;
    List<Diagnostic> found = StandardCompiler.compileSources(List.of(new SourceFile("codes.cailiang", source)))
        .diagnostics();
    Diagnostic range = found.stream().filter(d -> d.check().equals("bad-code")).findFirst()
        .orElseThrow(() -> new AssertionError(found));
    assertEquals("error", range.severity().label());
    assertEquals(6, range.span().line());
    assertEquals("编码范围 X000000001..X999999999 超过 10000 个编码", range.message());
  }

  /** Five amounts, thresholds 1万..10万, tiers each on three of them; the otherwise tier fines too much. */
  static String fiveAmounts(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard t "测试" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation X00001 "五项金额" {
            basis a1
        """);
    for (int f = 1; f <= 5; f++) {
      out.append("    fact a").append(f).append(" \"金额").append(f).append("\": amount\n");
    }
    out.append("    statute { fine unit 100..1000 }\n");
    int[][] triples = {{1, 2, 3}, {1, 2, 4}, {1, 2, 5}, {1, 3, 4}, {1, 3, 5}, {1, 4, 5}, {2, 3, 4}, {2, 3, 5},
        {2, 4, 5}, {3, 4, 5}};
    for (int i = 0; i < tiers; i++) {
      int[] facts = triples[i % triples.length];
      int bands = i / triples.length;
      List<String> parts = new java.util.ArrayList<>();
      for (int fact : facts) {
        parts.add(band("a" + fact, bands % 11));
        bands /= 11;
      }
      out.append(String.format("    tier T%05d \"第%d档\" when %s { fine unit 100..1000 }%n", i, i, String.join(" and ", parts)));
    }
    return out.append("    tier T99999 \"其他\" otherwise { fine unit 50万..100万 }\n  }\n}\n").toString();
  }

  private static String band(String fact, int band) {
    if (band == 0) {
      return fact + " < 1万";
    }
    if (band == 10) {
      return fact + " >= 10万";
    }
    return fact + " >= " + band + "万 and " + fact + " < " + (band + 1) + "万";
  }

  /** Tiers {@code count >= i}, of one priority: each overlaps all before it. */
  static String overlapping(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard t "测试" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation X00001 "重叠" {
            basis a1
            fact count "次数": int
            statute { fine unit 100..1000 }
        """);
    for (int i = 0; i < tiers; i++) {
      out.append(String.format("    tier T%05d \"至少%d次\" when count >= %d { fine unit 100..1000 }%n", i, i, i));
    }
    return out.append("  }\n}\n").toString();
  }

  private static Compilation compile(String source) {
    return StandardCompiler.compileSources(List.of(new SourceFile("t.cailiang", source)));
  }
}
