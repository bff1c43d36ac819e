package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * 对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚（《行政处罚法》第二十九条）: in one
 * tier, no party may be named by two fines, whether by a yuan range and a multiple, or through
 * an {@code each} list. The options of one {@code either} are not cumulative; a fine among them
 * does count against a fine beside the {@code either}, since the option may be chosen. Fines
 * that depend on facts ({@code … when 条件}) count twice only where both are imposed: in a
 * variant of the tier ({@link ConditionalTiers}) that holds in some case.
 */
final class OneFinePerParty {
  /** 第二十九条 as docs/law/行政处罚法-2021.md quotes it, for the messages of {@code fine-twice}. */
  static final String ARTICLE_29 = "对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚（《行政处罚法》第二十九条）";

  private OneFinePerParty() {}

  /**
   * @param lowered the violation with its conditional tiers replaced by the variants that hold
   *     somewhere (all variants when the analysis was cut short)
   */
  static void run(Standard standard, Violation violation, Violation lowered, Reporter reporter) {
    Set<SanctionSpec> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Tier tier : violation.tiers()) {
      if (!tier.hasConditionalSanctions()) {
        check(standard, violation, tier, tier, reported, reporter);
        continue;
      }
      for (Tier variant : lowered.tiers()) {
        if (variant.span() == tier.span()) {
          check(standard, violation, tier, variant, reported, reporter);
        }
      }
    }
  }

  /** Reports each second fine of the sanctions imposed together, once per sanction. */
  private static void check(Standard standard, Violation violation, Tier tier, Tier imposed,
      Set<SanctionSpec> reported, Reporter reporter) {
    Set<String> fined = new HashSet<>();
    for (SanctionSpec sanction : imposed.sanctions()) {
      List<String> twice = new ArrayList<>();
      for (String party : finedParties(sanction)) {
        if (!fined.add(party)) {
          twice.add(Kinds.label(standard, party));
        }
      }
      if (!twice.isEmpty() && reported.add(sanction)) {
        reporter.report(Severity.ERROR, violation, tier, sanction.span(), "fine-twice",
            "阶次 " + Cells.tier(tier) + " 对" + String.join("、", twice) + "处两次罚款：" + ARTICLE_29
                + "；请合并为一项罚款");
      }
    }
  }

  /** The parties a sanction may fine, each once. */
  private static Set<String> finedParties(SanctionSpec sanction) {
    Set<String> parties = new LinkedHashSet<>();
    if (sanction instanceof SanctionSpec.Fine fine) {
      fine.parties().stream().map(Ref::name).forEach(parties::add);
    } else if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(option -> parties.addAll(finedParties(option)));
    }
    return parties;
  }
}
