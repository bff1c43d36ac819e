package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Every case must lead to exactly one tier: a case no tier covers is an error with a concrete
 * counterexample; two tiers of one priority that can both apply are an error naming both and an
 * example; a tier that can never apply is an error.
 */
final class CoverageChecks {
  private static final int MAX_GAPS_SHOWN = 3;

  /**
   * Overlapping pairs and dead tiers shown one by one; the rest are counted in one summary, so a
   * table of thousands of overlapping tiers gets a readable report, not thousands of errors.
   */
  static final int MAX_REPORTED = 20;

  private CoverageChecks() {}

  static void run(Violation violation, List<Cell> cells, Reporter reporter) {
    Map<Tier, Integer> index = new IdentityHashMap<>();
    violation.tiers().forEach(t -> index.put(t, index.size()));
    boolean[] reached = new boolean[index.size()];
    // The first tier that takes precedence over each tier somewhere: the reason a dead one is.
    Tier[] shadowedBy = new Tier[index.size()];
    BitSet[] overlapping = new BitSet[index.size()]; // partners already counted, by first tier
    List<Cell> gaps = new ArrayList<>();
    int overlaps = 0;
    Integer otherwise = violation.otherwise().map(index::get).orElse(null);
    for (Cell cell : cells) {
      List<Tier> matching = cell.matching();
      if (matching.isEmpty()) {
        gaps.add(cell);
        if (otherwise != null) {
          reached[otherwise] = true;
        }
        continue;
      }
      Tier first = matching.get(0);
      int firstIndex = index.get(first);
      reached[firstIndex] = true;
      for (int i = 1; i < matching.size(); i++) {
        Tier second = matching.get(i);
        int secondIndex = index.get(second);
        if (shadowedBy[secondIndex] == null) {
          shadowedBy[secondIndex] = first;
        }
        if (second.priority() != first.priority()) {
          continue;
        }
        if (overlapping[firstIndex] == null) {
          overlapping[firstIndex] = new BitSet();
        }
        if (overlapping[firstIndex].get(secondIndex)) {
          continue;
        }
        overlapping[firstIndex].set(secondIndex);
        if (++overlaps <= MAX_REPORTED) {
          Tier later = first.span().line() > second.span().line() ? first : second;
          Tier earlier = later == first ? second : first;
          reporter.report(Severity.ERROR, violation, later, later.span(), "overlap",
              "阶次 " + Cells.tier(earlier) + " 与 " + Cells.tier(later) + " 可能同时适用，例如："
                  + Cells.describe(violation, cell) + boundaryNote(cell)
                  + "；请修改条件，或用 priority 指明优先适用的阶次");
        }
      }
    }
    if (overlaps > MAX_REPORTED) {
      reporter.report(Severity.ERROR, violation, null, violation.span(), "overlap",
          "违法行为 " + violation.codes() + " 另有 " + (overlaps - MAX_REPORTED)
              + " 对阶次可能同时适用，未逐一列出；请修改条件，或用 priority 指明优先适用的阶次");
    }
    if (violation.otherwise().isEmpty() && !gaps.isEmpty()) {
      for (int i = 0; i < Math.min(MAX_GAPS_SHOWN, gaps.size()); i++) {
        reporter.report(Severity.ERROR, violation, null, violation.span(), "gap",
            "违法行为 " + violation.codes() + " 没有任何情节适用：" + Cells.describe(violation, gaps.get(i))
                + (i == MAX_GAPS_SHOWN - 1 && gaps.size() > MAX_GAPS_SHOWN
                    ? "（另有 " + (gaps.size() - MAX_GAPS_SHOWN) + " 种情形未覆盖）" : "")
                + "；请补充阶次或 otherwise 阶次");
      }
    }
    List<Tier> dead = violation.tiers().stream().filter(t -> !reached[index.get(t)]).toList();
    for (Tier tier : dead.subList(0, Math.min(MAX_REPORTED, dead.size()))) {
      reporter.report(Severity.ERROR, violation, tier, tier.span(), "dead-tier",
          "阶次 " + Cells.tier(tier) + " 永远不会适用：" + deadReason(violation, tier, shadowedBy[index.get(tier)]));
    }
    if (dead.size() > MAX_REPORTED) {
      List<Tier> rest = dead.subList(MAX_REPORTED, dead.size());
      reporter.report(Severity.ERROR, violation, null, violation.span(), "dead-tier",
          "违法行为 " + violation.codes() + " 另有 " + rest.size() + " 个阶次永远不会适用，未逐一列出（如 "
              + String.join("、", rest.stream().limit(5).map(Tier::suffix).toList())
              + (rest.size() > 5 ? " 等" : "") + "）；请删除或修改这些阶次");
    }
  }

  private static String deadReason(Violation violation, Tier tier, Tier shadowedBy) {
    if (tier.isOtherwise()) {
      return "其他阶次已覆盖全部情形";
    }
    if (shadowedBy != null) {
      return "凡其适用的情形，" + Cells.tier(shadowedBy) + " 优先适用";
    }
    List<String> outside = new ArrayList<>();
    if (!violation.exclusives().isEmpty()) {
      outside.add("互斥声明 exclusive 排除的情形不是案件");
    }
    if (!violation.endingHandovers().isEmpty()) {
      outside.add("refer ends 移送的情形不由阶次处理");
    }
    return "其条件不可能成立" + (outside.isEmpty() ? "" : "（" + String.join("；", outside) + "）");
  }

  /** Inclusive bounds meet at a point: say so, since it is the usual surprise. */
  private static String boundaryNote(Cell cell) {
    for (Region region : cell.assignment().values()) {
      if (region instanceof Region.Interval interval && interval.isPoint() && interval.low().signum() > 0) {
        return "（「以上」「以下」均含本数，两个条件在 " + org.cailiang.runtime.internal.Amounts.plain(interval.low()) + " 处重叠）";
      }
    }
    return "";
  }
}
