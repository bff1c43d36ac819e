package org.cailiang.dsl.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Regulations declared only as higher law ({@code implements}): no violation of theirs, no
 * article cited by a decision. They serve the legal checks alone, so the generated API and the
 * rendered tables, which list the regulations a standard implements, leave them out.
 */
public final class HigherLawOnly {
  private HigherLawOnly() {}

  /** The ids of the regulations declared only as higher law. */
  public static Set<String> of(Standard standard) {
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
