package org.cailiang.dsl.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * 不予行政处罚（《行政处罚法》第三十三条）: a tier that exempts imposes no penalty, not even an
 * optional one (orders and referrals stay allowed: they are not penalties); and it rests on a
 * basis, written with {@code basis} or given by an {@code exempt} clause of the statute block
 * that applies in the same case.
 */
final class ExemptionRules {
  /**
   * This project's reading, stated where it bites: 没收违法所得 is itself a 行政处罚 (第九条第（二）
   * 项), so a 不予处罚 tier imposes none; the gains are recovered by an order where the law allows.
   */
  private static final String INCOME = "；没收违法所得本身是行政处罚（《行政处罚法》第九条第（二）项），"
      + "不予处罚的阶次不能没收（本项目的解读）；依法应当退还的违法所得，请以措施写明，如 order \"责令退还违法所得\"";

  private ExemptionRules() {}

  static void penalties(Standard standard, Violation violation, Tier tier, Reporter reporter) {
    if (!GeneralRules.exempts(tier)) {
      return;
    }
    for (SanctionSpec sanction : tier.sanctions()) {
      if (sanction.isPenalty()) {
        reporter.report(Severity.ERROR, violation, tier, sanction.span(), "exempt-penalty",
            "阶次 " + Cells.tier(tier) + " 不予处罚（exempt），却又有" + (sanction.optional() ? "可以并处的" : "")
                + Kinds.name(standard, sanction) + "：不予行政处罚即不给予任何行政处罚（《行政处罚法》第三十三条）；"
                + "责令改正等措施可以保留" + (GeneralRules.isIncomeConfiscation(sanction) ? INCOME : ""));
      }
    }
  }

  static void basis(Violation violation, List<Cell> cells, Reporter reporter) {
    Tier otherwise = violation.otherwise().orElse(null);
    Set<Tier> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Cell cell : cells) {
      Tier tier = Cells.winner(otherwise, cell);
      if (tier == null || reported.contains(tier) || statuteExempts(violation, cell)) {
        continue;
      }
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Exempt exempt && exempt.grounds().isEmpty()
            && reported.add(tier)) {
          reporter.report(Severity.ERROR, violation, tier, exempt.span(), "exempt-basis",
              "阶次 " + Cells.tier(tier) + " 不予处罚，却没有写明法律依据（basis），罚则条款在此情形下也没有"
                  + "不予处罚的规定（" + Cells.describe(violation, cell) + "）：请写明依据，如《行政处罚法》"
                  + "第三十三条，或其他规定此情形不予处罚的条款（罚则条款只在其 statute 写有 exempt 时才是依据）");
        } else if (sanction instanceof SanctionSpec.Exempt exempt && onlyPenaltyArticle(violation, exempt)
            && reported.add(tier)) {
          // The 罚则 grounds 不予处罚 only where it says so: then its statute block has an exempt.
          reporter.report(Severity.ERROR, violation, tier, exempt.span(), "exempt-basis",
              "阶次 " + Cells.tier(tier) + " 不予处罚的依据 " + exempt.grounds().get(0)
                  + " 是本违法行为的罚则条款（basis），而罚则条款在此情形下没有不予处罚的规定（"
                  + Cells.describe(violation, cell) + "）：请写明不予处罚的依据，如《行政处罚法》第三十三条");
        }
      }
    }
  }

  /** Whether every ground of the exemption is the violation's own penalty article. */
  private static boolean onlyPenaltyArticle(Violation violation, SanctionSpec.Exempt exempt) {
    return violation.basis().isPresent() && !exempt.grounds().isEmpty()
        && exempt.grounds().stream().allMatch(g -> g.regulation().equals(violation.basis().get().regulation())
            && g.article().equals(violation.basis().get().article()));
  }

  private static boolean statuteExempts(Violation violation, Cell cell) {
    for (int i = 0; i < violation.statute().size(); i++) {
      if (cell.statute().get(i) && violation.statute().get(i).sanction() instanceof SanctionSpec.Exempt) {
        return true;
      }
    }
    return false;
  }
}
