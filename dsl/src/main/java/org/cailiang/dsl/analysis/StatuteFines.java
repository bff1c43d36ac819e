package org.cailiang.dsl.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Violation;

/**
 * The statute itself may not demand two fines of one party in one case (《行政处罚法》第二十九条):
 * two mandatory fine clauses whose conditions overlap, typically a boundary written {@code <=} on
 * one side and {@code >=} on the other. Reported on the statute with the case, rather than as a
 * {@code mandatory-omitted} on every tier that (rightly) fines once there.
 */
final class StatuteFines {
  private StatuteFines() {}

  static void run(Standard standard, Violation violation, List<Cell> cells, Reporter reporter) {
    List<StatuteClause> statute = violation.statute();
    Set<String> reported = new HashSet<>();
    for (Cell cell : cells) {
      for (int second = 0; second < statute.size(); second++) {
        for (int first = 0; first < second; first++) {
          SanctionSpec.Fine a = demandedFine(statute.get(first), cell, first);
          SanctionSpec.Fine b = demandedFine(statute.get(second), cell, second);
          if (a == null || b == null) {
            continue;
          }
          List<String> both = sharedParties(a, b);
          if (!both.isEmpty() && reported.add(first + "|" + second)) {
            String parties = String.join("、", both.stream().map(p -> Kinds.label(standard, p)).toList());
            reporter.report(Severity.ERROR, violation, null, b.span(), "fine-twice",
                "罚则（statute）在同一情形下对" + parties + "应当处两项罚款：" + Kinds.name(standard, a) + " "
                    + show(violation, a) + " 与 " + show(violation, b) + "（" + Cells.describe(violation, cell)
                    + "）；" + OneFinePerParty.ARTICLE_29 + "；请核对两项的条件（「以上」「以下」均含本数）");
          }
        }
      }
    }
  }

  /** The clause's fine when the statute demands it (not optional, no 或者) in the cell. */
  private static SanctionSpec.Fine demandedFine(StatuteClause clause, Cell cell, int index) {
    return cell.statute().get(index) && clause.sanction() instanceof SanctionSpec.Fine fine
        && !fine.optional() ? fine : null;
  }

  private static List<String> sharedParties(SanctionSpec.Fine a, SanctionSpec.Fine b) {
    List<String> theirs = b.parties().stream().map(Ref::name).toList();
    return a.parties().stream().map(Ref::name).filter(theirs::contains).toList();
  }

  /** {@code 3万元以上5万元以下}, {@code 货值金额8倍以上10倍以下}. */
  static String show(Violation violation, SanctionSpec.Fine fine) {
    return base(violation, fine.amount()) + Kinds.show(fine, Kinds.range(fine));
  }

  /** The fact a multiple is of, by its label; empty for a sum in yuan. */
  static String base(Violation violation, SanctionSpec.Amount amount) {
    return amount instanceof SanctionSpec.Multiple m
        ? violation.fact(m.fact().name()).map(f -> f.label()).orElse(m.fact().name()) : "";
  }

  /** {@code 以货值金额为基数}, {@code 按金额（元）}: how a fine's amount is reckoned, for messages. */
  static String reckoning(Violation violation, SanctionSpec.Amount amount) {
    return amount instanceof SanctionSpec.Multiple ? "以" + base(violation, amount) + "为基数" : "按金额（元）";
  }
}
