package org.cailiang.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Regulations declared only as higher law ({@code implements}): no violation of theirs, no
 * article cited by a decision. They serve the legal checks alone, so the generated API, which
 * lists the regulations a standard implements and their cited articles, leaves them out.
 */
final class HigherLawOnly {
  private HigherLawOnly() {}

  static Set<String> of(Standard standard) {
    Set<String> implemented = new HashSet<>();
    Set<String> cited = new HashSet<>();
    for (Violation violation : standard.violations()) {
      violation.implementations().forEach(ref -> implemented.add(ref.regulation()));
      violation.citations().forEach(ref -> cited.add(ref.regulation()));
      List<SanctionSpec> sanctions = new ArrayList<>();
      violation.statute().stream().map(StatuteClause::sanction).forEach(sanctions::add);
      violation.tiers().stream().map(Tier::sanctions).forEach(sanctions::addAll);
      for (SanctionSpec sanction : sanctions) {
        List<SanctionSpec> options = sanction instanceof SanctionSpec.Alternative a
            ? a.options() : List.of(sanction);
        for (SanctionSpec option : options) {
          if (option instanceof SanctionSpec.Exempt exempt) {
            exempt.grounds().stream().map(ArticleRef::regulation).forEach(cited::add);
          }
        }
      }
    }
    Set<String> only = new HashSet<>();
    for (Regulation regulation : standard.regulations()) {
      if (regulation.violations().isEmpty() && implemented.contains(regulation.id())
          && !cited.contains(regulation.id())) {
        only.add(regulation.id());
      }
    }
    return only;
  }
}
