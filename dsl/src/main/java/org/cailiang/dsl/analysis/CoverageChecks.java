package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private CoverageChecks() {}

  static void run(Violation violation, List<Cell> cells, Reporter reporter) {
    Map<Tier, Boolean> reached = new IdentityHashMap<>();
    List<Cell> gaps = new ArrayList<>();
    Set<String> overlapsReported = new HashSet<>();
    for (Cell cell : cells) {
      List<Tier> matching = cell.matching();
      if (matching.isEmpty()) {
        gaps.add(cell);
        violation.otherwise().ifPresent(t -> reached.put(t, true));
        continue;
      }
      reached.put(matching.get(0), true);
      for (int i = 1; i < matching.size() && matching.get(i).priority() == matching.get(0).priority(); i++) {
        Tier first = matching.get(0);
        Tier second = matching.get(i);
        if (overlapsReported.add(first.suffix() + "/" + second.suffix())) {
          Tier later = first.span().line() > second.span().line() ? first : second;
          Tier earlier = later == first ? second : first;
          reporter.report(Severity.ERROR, violation, later, later.span(), "overlap",
              "阶次 " + Cells.tier(earlier) + " 与 " + Cells.tier(later) + " 可能同时适用，例如："
                  + Cells.describe(violation, cell) + boundaryNote(cell)
                  + "；请修改条件，或用 priority 指明优先适用的阶次");
        }
      }
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
    for (Tier tier : violation.tiers()) {
      if (!reached.containsKey(tier)) {
        reporter.report(Severity.ERROR, violation, tier, tier.span(), "dead-tier",
            "阶次 " + Cells.tier(tier) + " 永远不会适用：" + deadReason(tier, cells));
      }
    }
  }

  private static String deadReason(Tier tier, List<Cell> cells) {
    if (tier.isOtherwise()) {
      return "其他阶次已覆盖全部情形";
    }
    for (Cell cell : cells) {
      int index = indexOf(cell.matching(), tier);
      if (index > 0) {
        return "凡其适用的情形，" + Cells.tier(cell.matching().get(0)) + " 优先适用";
      }
    }
    return "其条件不可能成立";
  }

  private static int indexOf(List<Tier> tiers, Tier tier) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i) == tier) {
        return i;
      }
    }
    return -1;
  }

  /** Inclusive bounds meet at a point: say so, since it is the usual surprise. */
  private static String boundaryNote(Cell cell) {
    for (Region region : cell.assignment().values()) {
      if (region instanceof Region.Interval interval && interval.isPoint() && interval.low().signum() > 0) {
        return "（「以上」「以下」均含本数，两个条件在 " + org.cailiang.runtime.Amounts.plain(interval.low()) + " 处重叠）";
      }
    }
    return "";
  }
}
