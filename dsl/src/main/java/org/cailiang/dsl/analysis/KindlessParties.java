package org.cailiang.dsl.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * A procedure rule for 公民 or for 法人或者其他组织 cannot be weighed on a fine of a party whose kind
 * is not declared: its flag can then only say that the party's kind decides. Warned once per
 * violation and party, at the first tier that fines it; suppressible where the kind truly is open
 * (Beijing's 管理人 is the 物业管理单位 or the 产权人).
 */
final class KindlessParties {
  private KindlessParties() {}

  static void run(Standard standard, Violation violation, Optional<GeneralPart> general,
      Reporter reporter) {
    Optional<ProcedureRule> byKind = general.stream().flatMap(g -> g.procedures().stream())
        .filter(rule -> rule.party().isPresent()).findFirst();
    if (byKind.isEmpty()) {
      return;
    }
    Set<String> warned = new HashSet<>();
    for (Tier tier : violation.tiers()) {
      Set<String> detained = new HashSet<>();
      detained(tier.sanctions(), detained);
      for (Ref ref : fined(tier.sanctions())) {
        if (detained.contains(ref.name())) {
          continue; // a tier that detains it treats it as a person (拘留: 第九条、第十条)
        }
        Optional<Party> party = standard.parties().stream()
            .filter(p -> p.id().equals(ref.name())).findFirst();
        if (party.isPresent() && party.get().kind().isEmpty() && warned.add(ref.name())) {
          reporter.report(Severity.WARNING, violation, tier, ref.span(), "party-kind-unknown",
              "当事人 " + ref.name() + "（" + party.get().label() + "）没有声明种类（person 或 "
                  + "organization），而所用总则的程序规则分公民与法人或者其他组织（如 procedure "
                  + byKind.get().procedure().keyword() + " … for "
                  + byKind.get().party().get().name().toLowerCase(Locale.ROOT)
                  + "）：对它的罚款，这些程序只能标为“视当事人是公民还是法人或者其他组织而定”");
        }
      }
    }
  }

  private static void detained(List<SanctionSpec> sanctions, Set<String> found) {
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Detention detention) {
        found.add(detention.party().name());
      } else if (sanction instanceof SanctionSpec.Alternative alternative) {
        detained(alternative.options(), found);
      }
    }
  }

  private static List<Ref> fined(List<SanctionSpec> sanctions) {
    List<Ref> parties = new java.util.ArrayList<>();
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Fine fine) {
        parties.addAll(fine.parties());
      } else if (sanction instanceof SanctionSpec.Alternative alternative) {
        parties.addAll(fined(alternative.options()));
      }
    }
    return parties;
  }
}
