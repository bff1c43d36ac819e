package org.cailiang.benchmarks;

/**
 * Synthetic standards shaped like real ones: violations of five tiers each over an enum, a
 * boolean and an amount with thresholds, ranges of codes, statutes, texts and test cases; or a
 * single violation of many tiers on one count.
 */
public final class SyntheticStandards {
  private SyntheticStandards() {}

  /** A standard of {@code tiers} tiers, five per violation. */
  public static String realistic(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard synthetic "合成裁量基准" {
          authority "基准测试"
          region "测试"
        }
        party unit "单位"
        party principal "单位主要负责人"
        party direct "直接责任人员"
        party individual "个人"
        regulation reg "合成条例" {
          article a1 "第一条" "违反本条例规定的，责令改正，对单位处1万元以上10万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上5000元以下罚款；有违法所得的，没收违法所得，并处违法所得一倍以上三倍以下罚款。"
          article a2 "第二条" "单位应当遵守本条例。"
        """);
    int violations = Math.max(1, tiers / 5);
    for (int v = 0; v < violations; v++) {
      String first = String.format("S%06d", v * 2);
      String last = String.format("S%06d", v * 2 + 1);
      out.append("  violation ").append(first).append("..").append(last).append(" \"合成违法行为").append(v).append("\" {\n")
          .append("    basis a1\n    duty a2\n")
          // A speed fixture, not a legal one: its tiers leave 没收违法所得 out on purpose.
          .append("    suppress \"confiscate-income\" \"合成标准只用于测速，各阶次有意不写没收违法所得\"\n")
          .append("    suppress \"statute-omits\" \"合成标准只用于测速，罚则有意不写违法所得的倍数罚款\"\n")
          .append("    fact setter \"设置主体\": enum { unit \"单位\", individual \"个人\", other \"其他\" }\n")
          .append("    fact harm \"造成危害后果\": bool\n")
          .append("    fact income \"违法所得\": amount\n")
          .append("    statute {\n      order \"责令改正\"\n      fine unit 1万..10万\n")
          .append("      fine principal, direct each 500..5000\n      confiscate \"违法所得\" when income > 0\n")
          .append("    }\n")
          .append("    tier B010 \"一般\" otherwise {\n      order \"责令改正\"\n      fine unit 1万..2万\n")
          .append("      fine principal, direct each 500..1000\n")
          .append("      text \"责令改正，对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。\"\n    }\n")
          .append("    tier B020 \"单位，造成危害后果\" when setter == unit and harm and income < 5万 {\n      order \"责令改正\"\n")
          .append("      fine unit 2万..5万\n      fine principal, direct each 1000..3000\n")
          .append("      text \"责令改正，对单位处2万元以上5万元以下罚款，对单位主要负责人、直接责任人员分别处1000元以上3000元以下罚款。\"\n    }\n")
          .append("    tier B030 \"单位，造成危害后果，违法所得五万元以上\" when setter == unit and harm and income >= 5万 {\n")
          .append("      order \"责令改正\"\n      fine unit 5万..10万\n      fine principal, direct each 3000..5000\n")
          .append("      confiscate \"违法所得\"\n")
          .append("      text \"责令改正，对单位处5万元以上10万元以下罚款，对单位主要负责人、直接责任人员分别处3000元以上5000元以下罚款，没收违法所得。\"\n    }\n")
          .append("    tier B040 \"个人，造成危害后果\" when setter == individual and harm {\n      order \"责令改正\"\n")
          .append("      fine unit 5万..10万\n      fine principal, direct each 3000..5000\n")
          .append("      text \"责令改正，对单位处5万元以上10万元以下罚款，对单位主要负责人、直接责任人员分别处3000元以上5000元以下罚款。\"\n    }\n")
          .append("    tier B050 \"其他，造成危害后果\" when setter == other and harm {\n      order \"责令改正\"\n")
          .append("      fine unit 5万..10万\n      fine principal, direct each 3000..5000\n")
          .append("      text \"责令改正，对单位处5万元以上10万元以下罚款，对单位主要负责人、直接责任人员分别处3000元以上5000元以下罚款。\"\n    }\n")
          .append("    case \"一般\" { setter = unit, harm = false, income = 0 } expect B010\n")
          .append("    case \"边界\" at ").append(last).append(" { setter = unit, harm = true, income = 5万 } expect B030\n")
          .append("  }\n");
    }
    return out.append("}\n").toString();
  }

  /** One violation of {@code tiers} tiers, one per value of a count. */
  public static String singleViolation(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard single "单一违法行为" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条" "罚则。"
          violation L00001 "大量阶次" {
            basis a1
            fact count "次数": int
        """);
    out.append("    statute { fine unit ..").append(tiers).append(" }\n");
    for (int i = 0; i < tiers; i++) {
      out.append(String.format("    tier T%05d \"第%d次\" when count == %d { fine unit %d..%d }%n", i, i, i, i, i + 1));
    }
    return out.append("    tier T99999 \"其他\" otherwise { fine unit ..").append(tiers).append(" }\n  }\n}\n").toString();
  }
  /**
   * One violation over five amounts compared with ten thresholds each (1万 to 10万): each of
   * {@code tiers} tiers fixes the band of three of them, so tiers overlap (all of one priority),
   * some never apply, and the otherwise tier fines 50万..100万 against a statute of 100..1000.
   */
  public static String fiveAmounts(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard amounts "五项金额" {
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
      StringBuilder condition = new StringBuilder();
      for (int fact : facts) {
        if (condition.length() > 0) {
          condition.append(" and ");
        }
        condition.append(band("a" + fact, bands % 11));
        bands /= 11;
      }
      out.append(String.format("    tier T%05d \"第%d档\" when %s { fine unit 100..1000 }%n", i, i, condition));
    }
    return out.append("    tier T99999 \"其他\" otherwise { fine unit 50万..100万 }\n  }\n}\n").toString();
  }

  /** {@code fact} in band 0 (below 1万) to 10 (10万 and above). */
  private static String band(String fact, int band) {
    if (band == 0) {
      return fact + " < 1万";
    }
    if (band == 10) {
      return fact + " >= 10万";
    }
    return fact + " >= " + band + "万 and " + fact + " < " + (band + 1) + "万";
  }

  /** One violation of {@code tiers} tiers {@code count >= i} of one priority: each overlaps all before it. */
  public static String overlapping(int tiers) {
    StringBuilder out = new StringBuilder("""
        standard overlapping "重叠阶次" {
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
}
