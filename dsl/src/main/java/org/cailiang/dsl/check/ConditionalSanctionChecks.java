package org.cailiang.dsl.check;

import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Tier;

/**
 * Sanctions with a condition of their own ({@code confiscate "违法所得" when income > 0}): the
 * condition is checked like a tier's; an {@code otherwise} tier may not have one, as its cases
 * are "every other case", which a further condition would split into a tier of its own.
 */
final class ConditionalSanctionChecks {
  private ConditionalSanctionChecks() {}

  static void check(Tier tier, ConditionTypes conditions, Diagnostics diagnostics) {
    for (int i = 0; i < tier.sanctions().size(); i++) {
      tier.sanctionCondition(i).ifPresent(condition -> {
        if (tier.isOtherwise()) {
          diagnostics.error(condition.span(), "conditional-sanction", "otherwise 阶次 " + tier.suffix()
              + " 中的处罚不能带 when 条件；请把该情形写成一个带条件的阶次");
        } else {
          conditions.check(condition);
        }
      });
    }
  }
}
