package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Warnings about the tiers' ranges as a whole: the parts of a statutory fine or detention range
 * that no tier reaches, and a circumstance ordered after another (by code) but fined more lightly.
 */
final class RangeChecks {
  private RangeChecks() {}

  static void unreachable(Violation violation, List<Cell> cells, Reporter reporter) {
    List<Allowance> allowances = Allowance.of(violation.statute());
    Tier otherwise = violation.otherwise().orElse(null);
    List<List<BigDecimal[]>> reachedBy = new ArrayList<>();
    for (Allowance allowance : allowances) {
      List<BigDecimal[]> reached = new ArrayList<>();
      for (Cell cell : cells) {
        Tier tier = Cells.winner(otherwise, cell);
        if (tier == null || !cell.statute().get(allowance.clause())) {
          continue;
        }
        for (SanctionSpec sanction : flatten(tier.sanctions())) {
          if (Kinds.sameKind(allowance.sanction(), sanction) && Kinds.coversParties(allowance.sanction(), sanction)) {
            reached.add(Kinds.range(sanction));
          }
        }
      }
      reachedBy.add(reached);
    }
    for (int i = 0; i < allowances.size(); i++) {
      Allowance allowance = allowances.get(i);
      if (!(allowance.sanction() instanceof SanctionSpec.Fine
          || allowance.sanction() instanceof SanctionSpec.Detention)) {
        continue;
      }
      List<BigDecimal[]> reached = reachedBy.get(i);
      if (reached.isEmpty() && siblingUsed(violation, allowances, reachedBy, i)) {
        continue; // 或者 leaves the choice to the agency: an option never chosen is no hole
      }
      BigDecimal[] statutory = Kinds.range(allowance.sanction());
      // Every hole at once: an author who fixes the first should not meet the next on the
      // following run.
      for (String gap : gaps(statutory, reached, allowance.sanction())) {
        reporter.report(Severity.WARNING, violation, null, violation.statute().get(allowance.clause()).span(),
            "unreachable-range", "法定幅度 " + Kinds.show(allowance.sanction(), statutory) + " 中，" + gap
                + " 没有任何阶次可以达到");
      }
    }
  }

  /** Whether another option of the same {@code either} clause is imposed by some tier. */
  private static boolean siblingUsed(Violation violation, List<Allowance> allowances,
      List<List<BigDecimal[]>> reachedBy, int index) {
    int clause = allowances.get(index).clause();
    if (!(violation.statute().get(clause).sanction() instanceof SanctionSpec.Alternative)) {
      return false;
    }
    for (int j = 0; j < allowances.size(); j++) {
      if (j != index && allowances.get(j).clause() == clause && !reachedBy.get(j).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of the statutory range the reached ranges leave out, in words, in ascending order.
   * Detention is counted in whole days, so 1..5 and 6..10 days leave no hole between them.
   */
  static List<String> gaps(BigDecimal[] statutory, List<BigDecimal[]> reached, SanctionSpec sanction) {
    BigDecimal low = statutory[0] == null ? BigDecimal.ZERO : statutory[0];
    BigDecimal high = statutory[1];
    if (high == null) {
      return List.of(); // no upper bound: nothing to reach up to
    }
    BigDecimal step = sanction instanceof SanctionSpec.Detention ? BigDecimal.ONE : BigDecimal.ZERO;
    List<BigDecimal[]> sorted = new ArrayList<>(reached);
    sorted.sort(Comparator.comparing(r -> r[0] == null ? BigDecimal.ZERO : r[0]));
    List<String> gaps = new ArrayList<>();
    BigDecimal covered = null; // the prefix from low to covered is reached
    for (BigDecimal[] range : sorted) {
      BigDecimal from = range[0] == null ? BigDecimal.ZERO : range[0];
      BigDecimal to = range[1] == null ? high : range[1];
      if (to.compareTo(low) < 0) {
        continue;
      }
      if (covered == null) {
        if (from.compareTo(low) > 0) {
          gaps.add(between(low, from.min(high), sanction));
        }
      } else if (from.compareTo(covered.add(step)) > 0 && covered.compareTo(high) < 0) {
        gaps.add(between(covered, from.min(high), sanction));
      }
      covered = covered == null ? to : covered.max(to);
    }
    if (covered == null) {
      return List.of("全部幅度");
    }
    if (covered.compareTo(high) < 0) {
      gaps.add(between(covered, high, sanction));
    }
    return gaps;
  }

  private static String between(BigDecimal from, BigDecimal to, SanctionSpec sanction) {
    return Kinds.show(sanction, new BigDecimal[] {null, from}).replace("以下", "") + "至"
        + Kinds.show(sanction, new BigDecimal[] {null, to}).replace("以下", "") + "之间";
  }

  /**
   * Warns where a tier with a later code fines the same parties more lightly than an earlier
   * one: the later tier is compared with the earlier tier of the highest maximum, so a table of
   * n tiers costs n log n, not n².
   */
  static void severityOrder(Violation violation, Reporter reporter) {
    List<Tier> byCode = new ArrayList<>(violation.tiers());
    byCode.sort(Comparator.comparing(Tier::suffix));
    java.util.Map<List<String>, Object[]> highest = new java.util.HashMap<>(); // parties → {tier, fine, max}
    java.util.Map<String, Tier> detainedBy = new java.util.HashMap<>(); // party → first tier detaining it
    for (Tier tier : byCode) {
      if (!tier.mitigation().isEmpty()) {
        continue; // 减轻处罚 is lighter by design, wherever its code stands
      }
      // Legal re-review: a later tier that only fines a party an earlier one detained is lighter.
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Fine fine && !fine.optional()) {
          for (org.cailiang.dsl.model.Ref party : fine.parties()) {
            Tier detaining = detainedBy.get(party.name());
            if (detaining != null && !detains(tier, List.of(party.name())) && !mayDetain(tier, party.name())) {
              reporter.report(Severity.WARNING, violation, tier, sanction.span(), "severity-order",
                  "阶次 " + Cells.tier(tier) + " 排在 " + Cells.tier(detaining) + " 之后，却只处罚款、不拘留（后者拘留）"
                      + "；请核对情节的轻重顺序");
            }
          }
        }
      }
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Detention detention && !detention.optional()) {
          detainedBy.putIfAbsent(detention.party().name(), tier);
        }
      }
      java.util.Map<List<String>, Object[]> mine = new java.util.LinkedHashMap<>();
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Yuan yuan && yuan.max() != null) {
          List<String> parties = fine.parties().stream().map(p -> p.name()).toList();
          Object[] earlier = highest.get(parties);
          // A tier that detains a party the other does not is the heavier whatever its fine
          // (拘留 restricts liberty; legal author: 10日拘留 with 200元 was "lighter" than 500元).
          if (earlier != null && yuan.max().compareTo((BigDecimal) earlier[2]) < 0
              && !(detains(tier, parties) && !detains((Tier) earlier[0], parties))) {
            Tier milder = (Tier) earlier[0];
            reporter.report(Severity.WARNING, violation, tier, sanction.span(), "severity-order",
                "阶次 " + Cells.tier(tier) + " 排在 " + Cells.tier(milder) + " 之后，罚款上限 "
                    + org.cailiang.runtime.internal.Amounts.format(yuan.max()) + " 却低于后者的 "
                    + org.cailiang.runtime.internal.Amounts.format((BigDecimal) earlier[2]) + "；请核对情节的轻重顺序");
          }
          mine.merge(parties, new Object[] {tier, fine, yuan.max()},
              (a, b) -> ((BigDecimal) a[2]).compareTo((BigDecimal) b[2]) >= 0 ? a : b);
        }
      }
      mine.forEach((parties, entry) -> highest.merge(parties, entry,
          (a, b) -> ((BigDecimal) a[2]).compareTo((BigDecimal) b[2]) >= 0 ? a : b));
    }
  }

  /**
   * Whether the tier may detain the party, an optional detention or one option of a choice
   * included (regression check: 可以并处拘留 was read as "只处罚款、不拘留").
   */
  private static boolean mayDetain(Tier tier, String party) {
    for (SanctionSpec sanction : SanctionSpec.flat(tier.sanctions())) {
      if (sanction instanceof SanctionSpec.Detention detention && detention.party().name().equals(party)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tier detains one of the parties, not as a mere option. */
  private static boolean detains(Tier tier, List<String> parties) {
    for (SanctionSpec sanction : tier.sanctions()) {
      if (sanction instanceof SanctionSpec.Detention detention && !detention.optional()
          && parties.contains(detention.party().name())) {
        return true;
      }
    }
    return false;
  }

  private static List<SanctionSpec> flatten(List<SanctionSpec> sanctions) {
    List<SanctionSpec> flat = new ArrayList<>();
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Alternative alternative) {
        flat.addAll(alternative.options());
      } else {
        flat.add(sanction);
      }
    }
    return flat;
  }
}
