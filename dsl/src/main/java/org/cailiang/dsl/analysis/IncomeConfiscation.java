package org.cailiang.dsl.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * 当事人有违法所得，除依法应当退赔的外，应当予以没收（《行政处罚法》第二十八条第二款）, whatever
 * the penalty article says. The facts that admit 违法所得 are the amount facts whose label says
 * so: a multiple alone does not tell, being as often of 营业额 or 货值. In every case where such a
 * fact can be above zero, the tier that applies must {@code confiscate "违法所得"}, unless it
 * exempts (no penalty at all) or gives the 退赔 reason as an order, e.g. {@code order "责令退赔"}.
 * A warning, not an error: whether a case owes 退赔 depends on facts the table does not hold
 * (are there victims?), so the author may state the reason with {@code suppress}.
 */
final class IncomeConfiscation {
  private IncomeConfiscation() {}

  static void run(Violation violation, List<Cell> cells, Reporter reporter) {
    List<Fact> incomes = incomeFacts(violation);
    if (incomes.isEmpty()) {
      return;
    }
    Tier otherwise = violation.otherwise().orElse(null);
    // A tier is judged once, in the first case where it applies with income above zero.
    Set<Tier> judged = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Cell cell : cells) {
      Tier tier = Cells.winner(otherwise, cell);
      if (tier == null || judged.contains(tier) || incomes.stream().noneMatch(f -> canBePositive(cell, f))) {
        continue;
      }
      judged.add(tier);
      if (GeneralRules.exempts(tier) || refunds(tier)) {
        continue;
      }
      List<SanctionSpec> confiscations = tier.sanctions().stream()
          .filter(GeneralRules::isIncomeConfiscation)
          .toList();
      if (confiscations.isEmpty()) {
        reporter.report(Severity.WARNING, violation, tier, tier.span(), "confiscate-income",
            "阶次 " + Cells.tier(tier) + " 适用于有违法所得的情形（" + Cells.describe(violation, cell)
                + "），却没有没收违法所得：当事人有违法所得，除依法应当退赔的外，应当予以没收（《行政处罚法》"
                + "第二十八条第二款）；依法应当退赔的，请写 order \"责令退赔\"，或以 suppress \"confiscate-income\" \"理由\" 写明");
      } else if (confiscations.stream().allMatch(SanctionSpec::optional)) {
        reporter.report(Severity.WARNING, violation, tier, confiscations.get(0).span(), "confiscate-income",
            "阶次 " + Cells.tier(tier) + " 把没收违法所得写成了可以（optional）：除依法应当退赔的外，应当予以没收"
                + "（《行政处罚法》第二十八条第二款）");
      }
    }
  }

  /**
   * The amount facts whose label says 违法所得. Where there is one, this check alone judges the
   * duty to confiscate, case by case: the statute's {@code confiscate "违法所得"} is not a
   * {@code mandatory-omitted} where the income is 0, nor a second finding where it is optional.
   */
  static List<Fact> incomeFacts(Violation violation) {
    return violation.facts().stream()
        .filter(f -> f.type() instanceof FactType.Amount && f.label().contains("违法所得"))
        .toList();
  }

  /** An order to return the income (退赔、退还) is the exception the article names. */
  private static boolean refunds(Tier tier) {
    return tier.sanctions().stream().anyMatch(s -> s instanceof SanctionSpec.Order o && isRefund(o));
  }

  /** {@code 责令退赔}, {@code 责令退还违法所得}: always allowed, like the correction order. */
  static boolean isRefund(SanctionSpec.Order order) {
    return order.text().contains("退赔") || order.text().contains("退还");
  }

  /** A fact the cell leaves open can be anything; an interval other than the point 0 holds more. */
  private static boolean canBePositive(Cell cell, Fact fact) {
    Region region = cell.assignment().get(fact.id());
    return !(region instanceof Region.Interval interval)
        || interval.high() == null || interval.high().signum() > 0;
  }
}
