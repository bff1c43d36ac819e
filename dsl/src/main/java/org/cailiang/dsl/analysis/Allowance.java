package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.StatuteClause;

/**
 * One sanction a statute clause allows. The options of a statutory alternative (或者) are each
 * allowed, none of them required.
 *
 * @param mandatory whether the statute requires it (并处) rather than allowing it (可以)
 * @param clause the index of its statute clause
 */
record Allowance(SanctionSpec sanction, boolean mandatory, int clause) {

  static List<Allowance> of(List<StatuteClause> statute) {
    List<Allowance> allowances = new ArrayList<>();
    for (int i = 0; i < statute.size(); i++) {
      SanctionSpec sanction = statute.get(i).sanction();
      if (sanction instanceof SanctionSpec.Alternative alternative) {
        for (SanctionSpec option : alternative.options()) {
          allowances.add(new Allowance(option, false, i));
        }
      } else {
        allowances.add(new Allowance(sanction, !sanction.optional(), i));
      }
    }
    return allowances;
  }

  /** Whether the statute's word for this is a penalty that a tier may not drop. */
  boolean isPenalty() {
    return sanction.isPenalty();
  }
}
