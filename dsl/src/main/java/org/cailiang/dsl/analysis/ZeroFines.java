package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * A fine whose upper bound is 0 (处0元罚款) is no fine. The range is well formed, so it is found
 * here, beside the legal checks, rather than by the model checks, whose errors would stop them.
 */
final class ZeroFines {
  private ZeroFines() {}

  static void run(Violation violation, Reporter reporter) {
    for (StatuteClause clause : violation.statute()) {
      check(violation, null, clause.sanction(), reporter);
    }
    for (Tier tier : violation.tiers()) {
      tier.sanctions().forEach(s -> check(violation, tier, s, reporter));
    }
  }

  private static void check(Violation violation, Tier tier, SanctionSpec sanction, Reporter reporter) {
    if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(option -> check(violation, tier, option, reporter));
      return;
    }
    if (!(sanction instanceof SanctionSpec.Fine fine)) {
      return;
    }
    BigDecimal max = fine.amount() instanceof SanctionSpec.Yuan yuan ? yuan.max()
        : ((SanctionSpec.Multiple) fine.amount()).maxFactor();
    if (max != null && max.signum() == 0) {
      String unit = fine.amount() instanceof SanctionSpec.Yuan ? "元" : "倍";
      reporter.report(Severity.ERROR, violation, tier, fine.span(), "bad-range", "幅度上限为 0" + unit
          + "，等于不处罚款：不处罚款的阶次删去这一项，不予处罚的写 exempt \"理由\" basis 条款");
    }
  }
}
