package org.cailiang.dsl.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.versions.VersionDiff.Change;
import org.cailiang.dsl.versions.VersionDiff.Row;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");

  @Test
  void theTwoPublicOrderVersionsDifferInEveryTier() {
    Compilation compilation = StandardCompiler.compile(List.of(
        EXAMPLES.resolve("example_security.cailiang"), EXAMPLES.resolve("example_security_2026.cailiang")),
        EXAMPLES);
    assertFalse(compilation.hasErrors(), compilation.render());
    List<Row> rows = VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)).stream()
        .filter(r -> r.code().equals("E05403")).toList();
    assertEquals(List.of(
            "情节较轻=否，被取缔一年以内又实施=否 INCOMPARABLE B010→B010",
            "情节较轻=是，被取缔一年以内又实施=否 HEAVIER B020→B020",
            "情节较轻=否，被取缔一年以内又实施=是 HEAVIER B010→B030",
            "情节较轻=是，被取缔一年以内又实施=是 HEAVIER B020→B030"),
        rows.stream().map(r -> r.facts() + " " + r.change() + " " + tier(r.before()) + "→" + tier(r.after()))
            .toList());
  }

  private static String tier(String explained) {
    return explained.substring("E05403".length(), "E05403B010".length());
  }

  @Test
  void newAndRemovedCodesAreListed() {
    String old = """
        standard v1 "旧版" { effective "2020-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00010 "删去" { basis a1 statute { warning } tier B010 "一般" otherwise { warning } }
          violation X00020 "不变" { basis a1 statute { warning } tier B010 "一般" otherwise { warning } }
        }
        """;
    String next = """
        standard v2 "新版" { supersedes v1 effective "2026-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "罚则。"
          violation X00020 "不变" { basis a1 statute { warning } tier B010 "一般" otherwise { warning } }
          violation X00030 "新增" { basis a1 statute { warning } tier B010 "一般" otherwise { warning } }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("v1.cailiang", old), new SourceFile("v2.cailiang", next)));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of("X00010 REMOVED", "X00030 NEW"),
        VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)).stream()
            .map(r -> r.code() + " " + r.change()).toList());
  }

  /** An int fact's samples are read as whole numbers (was: every sample refused, "没有变化"). */
  /**
   * Legal author: a new version that refers a suspected crime was listed as 较轻 than the old
   * version's fine. A referral is no penalty: the change is said as such, not weighed.
   */
  @Test
  void aReferralInOneVersionIsNotLighter() {
    String old = """
        standard v1 "旧版" { effective "2020-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "处五百元以下罚款。"
          violation X00010 "某行为" {
            basis a1
            fact crime "涉嫌犯罪": bool
            statute { fine p ..500 }
            tier B010 "一般" otherwise { fine p ..500 }
          }
        }
        """;
    String next = """
        standard v2 "新版" { supersedes v1 effective "2026-01-01" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "处五百元以下罚款。"
          violation X00010 "某行为" {
            basis a1
            fact crime "涉嫌犯罪": bool
            refer ends "构成犯罪的，依法追究刑事责任" when crime
            statute { fine p ..500 }
            tier B010 "一般" otherwise { fine p ..500 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(
        List.of(new SourceFile("v1.cailiang", old), new SourceFile("v2.cailiang", next)));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of("X00010 涉嫌犯罪=是 REFERRAL"),
        VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)).stream()
            .map(r -> r.code() + " " + r.facts() + " " + r.change()).toList());
  }

  /**
   * Legal re-review: v1 refers from 违法所得 5万, v2 from 10万; the band between, where one version
   * refers and the other punishes, was never listed (the referrals' thresholds did not split it).
   */
  @Test
  void theBandWhereOnlyOneVersionRefersIsListed() {
    String version = """
        standard ID "版" { SUPERSEDES effective "DATE" }
        party p "个人"
        regulation r "某法" {
          article a1 "第一条" "处五百元以下罚款。"
          violation X00010 "某行为" {
            basis a1
            fact income "违法所得": amount
            suppress "confiscate-income" "只比较移送"
            refer ends "构成犯罪的，依法追究刑事责任" when income >= FROM
            statute { fine p ..500 }
            tier B010 "一般" otherwise { fine p ..500 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", version.replace("ID", "v1").replace("SUPERSEDES", "")
            .replace("DATE", "2020-01-01").replace("FROM", "5万")),
        new SourceFile("v2.cailiang", version.replace("ID", "v2").replace("SUPERSEDES", "supersedes v1")
            .replace("DATE", "2026-01-01").replace("FROM", "10万"))));
    assertFalse(compilation.hasErrors(), compilation.render());
    List<String> rows = VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)).stream()
        .map(r -> r.facts() + " " + r.change()).toList();
    // Neighbouring bands that change alike are one row (legal author: one row per band).
    assertEquals(List.of("违法所得=5万元 / 大于 5万元 且小于 10万元，如 50000.01元 REFERRAL"), rows);
  }

  @Test
  void aChangeInATierOnAnIntFactIsListed() {
    String body = """
        party unit "单位" organization
        regulation fire "某法" {
          article a1 "第一条" "处五千元以上五万元以下罚款"
          violation X00001 "某行为" {
            basis a1
            fact places "处数": int
            statute { fine unit 5000..5万 }
            tier A010 "多处" when places >= 3 { fine unit 5000..%s }
            tier A020 "一般" otherwise { fine unit 1万..5万 }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n" + body.formatted("1万")),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted("8000"))));
    assertFalse(compilation.hasErrors(), compilation.render());
    assertEquals(List.of("处数=3 / 大于 3，如 4 LIGHTER"),
        VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)).stream()
            .map(r -> r.facts() + " " + r.change()).toList());
  }

  /**
   * Hostile check: a fact of one name that changes its type or loses a value between versions
   * was an internal error. The combinations one version cannot read are listed as not comparable,
   * saying why; none is skipped.
   */
  @Test
  void aFactThatChangesItsTypeOrValuesIsListedNotACrash() {
    String body = """
        party unit "单位" organization
        regulation reg "某条例" {
          article a1 "第一条" "处一万元以上三万元以下罚款。"
          violation X00001 "某违法行为" {
            basis a1
            fact k "种类": %s
            statute { fine unit 1万..3万 }
            tier B010 "一般" when %s { fine unit 1万..2万 }
            tier B020 "严重" otherwise { fine unit 2万..3万 }
          }
        }
        """;
    for (String[] pair : List.of(
        new String[] {"bool", "k", "int", "k >= 1"},
        new String[] {"enum { a \"甲\", b \"乙\" }", "k == a", "enum { a \"甲\", c \"丙\" }", "k == a"},
        new String[] {"amount", "k > 0", "int", "k >= 1"})) {
      Compilation compilation = StandardCompiler.compileSources(List.of(
          new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
              + body.formatted(pair[0], pair[1])),
          new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
              + body.formatted(pair[2], pair[3]))));
      assertFalse(compilation.hasErrors(), compilation.render());
      assertEquals(List.of("version-fact"), compilation.diagnostics().stream()
          .map(org.cailiang.dsl.diag.Diagnostic::check).toList(), "check warns of it");
      List<VersionDiff.Row> rows =
          VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1));
      org.junit.jupiter.api.Assertions.assertTrue(rows.stream().anyMatch(r ->
          r.change() == VersionDiff.Change.INCOMPARABLE
              && (r.before() + r.after()).contains("不能判断这一组合（两个版本的同名事实类型或取值不同）")),
          pair[2] + ": " + rows);
      org.junit.jupiter.api.Assertions.assertTrue(rows.stream().noneMatch(r ->
          r.change() == VersionDiff.Change.REMOVED), "a sample one version cannot read is no 删除: " + rows);
    }
  }

  /**
   * Integrator's review: a fixed fine replaced by one computed from the income was judged on one
   * income per region — "较重" for every income, when it is lighter for small ones. The income is
   * now split where the computed fine crosses the fixed one's bounds.
   */
  @Test
  void aComputedFineIsComparedOnEachSideOfWhereItCrossesAFixedOne() {
    String body = """
        party unit "单位" organization
        regulation reg "某条例" {
          article a1 "第一条" "%s"
          violation X00001 "某违法行为" {
            basis a1
            fact income "违法所得": amount
            suppress "confiscate-income" "只比较罚款"
            statute { %s }
            tier B010 "一般" otherwise { %s }
          }
        }
        """;
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
            + body.formatted("处一万元以上五万元以下罚款。", "fine unit 1万..5万", "fine unit 1万..5万")),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted("处违法所得一倍以上五倍以下罚款。", "fine unit 1..5 times income",
                "fine unit 1..5 times income"))));
    assertFalse(compilation.hasErrors(), compilation.render());
    List<String> rows = VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1))
        .stream().map(r -> r.facts() + " " + r.change()).toList();
    // 1万..5万 against income × 1..5, the maxima weighed first (Lenity): lighter while 5 ×
    // income < 5万 (and at 1万 exactly, both 1万..5万, alike: not listed), heavier above; before,
    // one income (0.01) stood for all of them and the whole range was "较轻".
    assertEquals(List.of(
            "违法所得=0元 LIGHTER",
            "违法所得=大于 0元 且不超过 9999.99元，如 0.01元 LIGHTER",
            "违法所得=不少于 10000.01元，如 10000.01元 HEAVIER"),
        rows);
    // Re-review: 2000..5000 against 10%..30% of the income. The computed bounds are rounded to
    // the fen towards the inside, so 30% of 16666.67 is 5000.00, no more than 5000: the region
    // changes at 16666.70, not at the rounded quotient 16666.67 (which called it all lighter).
    Compilation percent = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
            + body.formatted("处二千元以上五千元以下罚款。", "fine unit 2000..5000", "fine unit 2000..5000")),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted("处违法所得百分之十以上百分之三十以下罚款。", "fine unit 10%..30% of income",
                "fine unit 10%..30% of income"))));
    assertFalse(percent.hasErrors(), percent.render());
    // A computed fine offered in a choice (警告或者罚款) is crossed with the fixed bounds too.
    Compilation choice = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n"
            + body.formatted("处警告或者一万元以上五万元以下罚款。", "either warning or fine unit 1万..5万",
                "either warning or fine unit 1万..5万")),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted("处警告或者违法所得一倍以上五倍以下罚款。", "either warning or fine unit 1..5 times income",
                "either warning or fine unit 1..5 times income"))));
    assertFalse(choice.hasErrors(), choice.render());
    assertEquals(List.of("违法所得=0元", "违法所得=大于 0元 且不超过 9999.99元，如 0.01元",
            "违法所得=不少于 10000.01元，如 10000.01元"),
        VersionDiff.diff(choice.standards().get(0), choice.standards().get(1)).stream()
            .map(VersionDiff.Row::facts).toList());
    assertEquals(List.of(
            "违法所得=0元 LIGHTER",
            "违法所得=大于 0元 且小于 16666.7元，如 0.01元 LIGHTER",
            "违法所得=不少于 16666.7元 且不超过 19999.9元，如 16666.7元 INCOMPARABLE",
            "违法所得=大于 19999.9元，如 19999.91元 HEAVIER"),
        VersionDiff.diff(percent.standards().get(0), percent.standards().get(1)).stream()
            .map(r -> r.facts() + " " + r.change()).toList());
  }

  /**
   * Hostile re-check: computed fines of two amounts beside twenty fixed fines split each other's
   * regions into parts by the thousand: 110 s. The comparisons are bounded; that code is listed as
   * not compared, the others still are.
   */
  @Test
  void computedFinesThatSplitEachOtherPastTheBoundAreListedNotRun() {
    StringBuilder values = new StringBuilder();
    StringBuilder tiers = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      values.append(i == 0 ? "" : ", ").append("v").append(i).append(" \"值").append(i).append("\"");
      tiers.append("tier B").append(100 + i).append(" \"值").append(i).append("\" when k == v").append(i)
          .append(" { fine p ").append(100 * i + 100).append("..%s }\n");
    }
    values.append(", w0 \"甲\", w1 \"乙\"");
    String body = "party p \"个人\" person\nregulation r \"某法\" {\narticle a1 \"第一条\" \"罚则。\"\n"
        + "violation X00001 \"某行为\" {\nbasis a1\nsuppress \"no-statute\" \"只比较\"\n"
        + "suppress \"confiscate-income\" \"只比较\"\nfact k \"种类\": enum { " + values + " }\n"
        + "fact i0 \"违法所得\": amount\nfact i1 \"货值金额\": amount\n" + tiers
        + "tier C1 \"甲\" when k == w0 { fine p 1..%s times i0 }\n"
        + "tier C2 \"乙\" otherwise { fine p 1..%s times i1 }\n}\n}\n";
    Object[] old = new Object[22];
    Object[] next = new Object[22];
    for (int i = 0; i < 20; i++) {
      old[i] = 100 * i + 150;
      next[i] = 100 * i + 157;
    }
    old[20] = 2;
    old[21] = 2;
    next[20] = 3;
    next[21] = 3;
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\n" + body.formatted(old)),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + body.formatted(next))));
    org.junit.jupiter.api.Assertions.assertFalse(compilation.hasErrors(), compilation.render());
    List<Row> rows = VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Change.INCOMPARABLE, rows.get(0).change());
    org.junit.jupiter.api.Assertions.assertTrue(rows.get(0).before().contains("连同计算罚款与固定幅度的分界超过 "
        + VersionDiff.MAX_COMPARED + " 种，未逐一比较"), rows.get(0).before());
  }

  @Test
  void tooManyCombinationsAreRefusedWithAMessageNotEnumerated() {
    StringBuilder facts = new StringBuilder();
    for (int i = 0; i < 13; i++) {
      facts.append("fact f").append(i).append(" \"事实").append(i).append("\": bool\n");
    }
    String body = "article a1 \"第一条\" \"罚则。\"\n violation X00010 \"某行为\" { basis a1\n" + facts
        + " statute { warning } tier B010 \"一般\" otherwise { warning } }\n}\n";
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new SourceFile("v1.cailiang", "standard v1 \"旧\" { effective \"2020-01-01\" }\nregulation r \"某法\" {\n" + body),
        new SourceFile("v2.cailiang", "standard v2 \"新\" { supersedes v1 effective \"2026-01-01\" }\n"
            + "regulation r \"某法\" {\n" + body)));
    assertFalse(compilation.hasErrors(), compilation.render());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> VersionDiff.diff(compilation.standards().get(0), compilation.standards().get(1)));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("超过 4096 种"), e.getMessage());
  }

  /** Rows are joined only when they change alike and differ in one fact, the same one throughout. */
  @Test
  void rowsAreJoinedOnlyWhereOneFactAloneDiffers() {
    Row a = new Row("X1", "a=1，b=1", VersionDiff.Change.LIGHTER, "旧", "新", List.of("a=1", "b=1"));
    Row b = new Row("X1", "a=2，b=1", VersionDiff.Change.LIGHTER, "旧", "新", List.of("a=2", "b=1"));
    Row c = new Row("X1", "a=2，b=2", VersionDiff.Change.LIGHTER, "旧", "新", List.of("a=2", "b=2"));
    Row d = new Row("X1", "a=3，b=1", VersionDiff.Change.HEAVIER, "旧", "新", List.of("a=3", "b=1"));
    Row e = new Row("X1", "a=4，b=1", VersionDiff.Change.HEAVIER, "旧", "新2", List.of("a=4", "b=1"));
    assertEquals(List.of("a=1 / 2，b=1", "a=2，b=2", "a=3，b=1", "a=4，b=1"),
        VersionDiff.merged(List.of(a, b, c, d, e)).stream().map(Row::facts).toList());
    Row f = new Row("X1", "a=3，b=2", VersionDiff.Change.LIGHTER, "旧", "新", List.of("a=3", "b=2"));
    assertEquals(List.of("a=2 / 3，b=2"), VersionDiff.merged(List.of(c, f)).stream().map(Row::facts).toList());
    Row g = new Row("X2", "a=3，b=2", VersionDiff.Change.LIGHTER, "旧", "新", List.of("a=3", "b=2"));
    assertEquals(2, VersionDiff.merged(List.of(c, g)).size(), "another code");
    Row plain = new Row("X1", "", VersionDiff.Change.NEW, "", "新");
    assertEquals(2, VersionDiff.merged(List.of(plain, plain)).size(), "no facts taken apart");
  }
}
