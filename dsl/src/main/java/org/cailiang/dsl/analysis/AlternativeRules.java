package org.cailiang.dsl.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The statute's 或者, both ways: where an {@code either} clause applies, a tier may impose one of
 * its options, not two of them (that makes 或者 into 并处), and unless the {@code either} is
 * optional, must impose one (unless it exempts or is {@code mitigated}). A tier's sanction that
 * another clause of the statute allows on its own is not counted as an option.
 */
final class AlternativeRules {
  private final Standard standard;
  private final Violation violation;
  private final Reporter reporter;
  private final Set<String> reported = new HashSet<>();

  AlternativeRules(Standard standard, Violation violation, Reporter reporter) {
    this.standard = standard;
    this.violation = violation;
    this.reporter = reporter;
  }

  /**
   * Checks the tier that applies in a cell against the clauses that apply there; returns whether
   * the tier leaves out a required {@code either} altogether (for a mitigated tier, a 减轻).
   */
  boolean check(Tier tier, Cell cell, List<Allowance> applicable) {
    List<StatuteClause> statute = violation.statute();
    boolean omitted = false;
    for (int i = 0; i < statute.size(); i++) {
      if (cell.statute().get(i) && statute.get(i).sanction() instanceof SanctionSpec.Alternative either) {
        both(tier, i, either, applicable);
        omitted |= none(tier, i, either, cell);
      }
    }
    return omitted;
  }

  private void both(Tier tier, int clause, SanctionSpec.Alternative either, List<Allowance> applicable) {
    SanctionSpec first = null;
    for (SanctionSpec sanction : tier.sanctions()) {
      if (sanction instanceof SanctionSpec.Alternative || allowedAlone(sanction, applicable)) {
        continue;
      }
      SanctionSpec option = matchingOption(either, sanction);
      if (option == null) {
        continue;
      }
      if (first == null) {
        first = option;
      } else if (option != first && reported.add(tier.suffix() + "|both|" + clause)) {
        reporter.report(Severity.ERROR, violation, tier, sanction.span(), "either-both",
            "罚则条款规定" + options(either) + "，阶次 " + Cells.tier(tier) + " 却同时适用了"
                + Kinds.name(standard, first) + "与" + Kinds.name(standard, option) + "：「或者」只能择一");
      }
    }
  }

  private boolean none(Tier tier, int clause, SanctionSpec.Alternative either, Cell cell) {
    if (either.optional() || GeneralRules.exempts(tier)) {
      return false;
    }
    for (SanctionSpec sanction : tier.sanctions()) {
      if (sanction instanceof SanctionSpec.Alternative own) {
        if (!own.optional() && own.options().stream().anyMatch(o -> matchingOption(either, o) != null)) {
          return false;
        }
      } else if (!sanction.optional() && matchingOption(either, sanction) != null) {
        return false;
      }
    }
    if (tier.mitigation().isEmpty() && reported.add(tier.suffix() + "|none|" + clause)) {
      reporter.report(Severity.ERROR, violation, tier, tier.span(), "either-omitted",
          "罚则条款规定此情形下" + options(either) + "，阶次 " + Cells.tier(tier) + " 一项也没有（"
              + Cells.describe(violation, cell) + "）；不予处罚须写 exempt，减轻处罚须写 mitigated");
    }
    return true;
  }

  /** Whether a clause other than an {@code either} allows the sanction by itself. */
  private boolean allowedAlone(SanctionSpec sanction, List<Allowance> applicable) {
    return applicable.stream().anyMatch(a ->
        !(violation.statute().get(a.clause()).sanction() instanceof SanctionSpec.Alternative)
        && Kinds.sameKind(a.sanction(), sanction) && Kinds.coversParties(a.sanction(), sanction));
  }

  private static SanctionSpec matchingOption(SanctionSpec.Alternative either, SanctionSpec sanction) {
    for (SanctionSpec option : either.options()) {
      if (Kinds.sameKind(option, sanction) && Kinds.coversParties(option, sanction)) {
        return option;
      }
    }
    return null;
  }

  /** {@code 对个人的拘留或者对个人的罚款}. */
  private String options(SanctionSpec.Alternative either) {
    return String.join("或者", either.options().stream().map(o -> Kinds.name(standard, o)).toList());
  }
}
