package org.cailiang.dsl.analysis;

import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Rules of 行政处罚法 and 治安管理处罚法 that bind every standard, whatever its statute block says:
 * one fine per party (第二十九条), 没收违法所得 (第二十八条第二款), exemptions without penalty and
 * with a basis (第三十三条), 减轻 that is not in effect 不予 (第三十二条), and the limits of
 * detention. Each message cites its article, so the author can look the rule up.
 */
final class GeneralRules {
  /**
   * The forms of 第二十八条第一款 (应当责令当事人改正或者限期改正违法行为): required with every
   * penalty, so always allowed, whatever the statute block lists.
   */
  private static final Set<String> CORRECTION_ORDERS =
      Set.of("责令改正", "责令限期改正", "责令改正违法行为", "责令限期改正违法行为");

  private GeneralRules() {}

  /** Whether an order is one of the forms of 第二十八条第一款. */
  static boolean isCorrectionOrder(SanctionSpec.Order order) {
    return CORRECTION_ORDERS.contains(order.text());
  }

  /**
   * Whether a confiscation is of 违法所得, which 第二十八条第二款 requires of every penalty article:
   * always allowed, like the correction order.
   */
  static boolean isIncomeConfiscation(SanctionSpec sanction) {
    return sanction instanceof SanctionSpec.Confiscation c && c.what().contains("违法所得");
  }

  /**
   * The rules that look at the tiers and statute alone; {@code lowered} has the variants of the
   * tiers with conditional sanctions (see {@link OneFinePerParty#run}).
   */
  static void run(Standard standard, Violation violation, Violation lowered, Reporter reporter) {
    OneFinePerParty.run(standard, violation, lowered, reporter);
    DetentionLimits.run(standard, violation, reporter);
    for (Tier tier : violation.tiers()) {
      ExemptionRules.penalties(standard, violation, tier, reporter);
      mitigatedWithoutPenalty(violation, tier, reporter);
    }
  }

  /** The rules that look at each cell: which tier applies with which facts and clauses. */
  static void run(Violation violation, List<Cell> cells, Reporter reporter) {
    ExemptionRules.basis(violation, cells, reporter);
    IncomeConfiscation.run(violation, cells, reporter);
  }

  /** 减轻处罚 is a lighter penalty (第三十二条); no penalty at all is 不予处罚 (第三十三条). */
  private static void mitigatedWithoutPenalty(Violation violation, Tier tier, Reporter reporter) {
    if (!tier.mitigation().isEmpty()
        && tier.sanctions().stream().noneMatch(SanctionSpec::isPenalty)) {
      reporter.report(Severity.ERROR, violation, tier, tier.span(), "mitigated-no-penalty",
          "阶次 " + Cells.tier(tier) + " 写明减轻处罚（mitigated），却没有任何处罚：减轻处罚仍是处罚"
              + "（《行政处罚法》第三十二条），实为不予处罚，应写 exempt 并写明依据（第三十三条）");
    }
  }

  /** Whether a tier says 不予处罚. */
  static boolean exempts(Tier tier) {
    return tier.sanctions().stream().anyMatch(s -> s instanceof SanctionSpec.Exempt);
  }
}
