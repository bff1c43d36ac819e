package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Fines;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/**
 * Turns checked model sanctions into runtime sanctions: the one definition of what a tier
 * imposes, used by the interpreter and, for constant tiers, by the code generator.
 */
public final class Lowering {
  private final Standard standard;

  public Lowering(Standard standard) {
    this.standard = standard;
  }

  /** The citations of a violation: its penalty article, then its duty articles. */
  public List<Citation> citations(Violation violation) {
    return citations(violation.citations());
  }

  /** Citations for article references, in order. */
  public List<Citation> citations(List<ArticleRef> refs) {
    List<Citation> citations = new ArrayList<>();
    for (ArticleRef ref : refs) {
      citations.add(citation(ref));
    }
    return citations;
  }

  /** The citation of one article reference. */
  public Citation citation(ArticleRef ref) {
    String title = standard.regulation(ref.regulation()).orElseThrow().title();
    Article article = standard.article(ref).orElseThrow();
    return new Citation(title, article.number(), article.text());
  }

  /** The runtime party a reference names. */
  public Party party(Ref ref) {
    org.cailiang.dsl.model.Party party = standard.party(ref.name()).orElseThrow();
    return new Party(party.id(), party.label());
  }

  /** Whether a sanction is the same whatever the facts (no multiple of an amount fact). */
  public static boolean isConstant(SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Fine fine) {
      return fine.amount() instanceof SanctionSpec.Yuan;
    }
    if (sanction instanceof SanctionSpec.Alternative alternative) {
      return alternative.options().stream().allMatch(Lowering::isConstant);
    }
    return true;
  }

  /**
   * The runtime sanction. {@code amounts} holds the amount facts by id; it is only read for
   * fines that are multiples of one, so it may be empty for a constant sanction.
   */
  public Sanction lower(Violation violation, SanctionSpec sanction, Map<String, BigDecimal> amounts) {
    if (sanction instanceof SanctionSpec.Warning s) {
      return new Sanction.Warning(s.optional());
    }
    if (sanction instanceof SanctionSpec.Criticism s) {
      return new Sanction.Criticism(s.optional());
    }
    if (sanction instanceof SanctionSpec.Order s) {
      return new Sanction.Order(s.text());
    }
    if (sanction instanceof SanctionSpec.Fine s) {
      List<Party> parties = s.parties().stream().map(this::party).toList();
      if (s.amount() instanceof SanctionSpec.Yuan yuan) {
        return new Sanction.Fine(parties, s.each(), new MoneyRange(yuan.min(), yuan.max()), null, s.optional());
      }
      SanctionSpec.Multiple multiple = (SanctionSpec.Multiple) s.amount();
      String label = violation.fact(multiple.fact().name()).orElseThrow().label();
      return Fines.multiple(parties, s.each(), multiple.minFactor(), multiple.maxFactor(),
          amounts.get(multiple.fact().name()), label, multiple.percent(), s.optional());
    }
    if (sanction instanceof SanctionSpec.Confiscation s) {
      return new Sanction.Confiscation(s.what(), s.optional());
    }
    if (sanction instanceof SanctionSpec.Detention s) {
      return new Sanction.Detention(party(s.party()), (int) s.minDays(), (int) s.maxDays(), s.optional());
    }
    if (sanction instanceof SanctionSpec.Licence s) {
      return new Sanction.LicenceAction(
          s.revoke() ? Sanction.LicenceAction.Action.REVOKE : Sanction.LicenceAction.Action.SUSPEND,
          s.licence(), s.optional());
    }
    if (sanction instanceof SanctionSpec.Suspension s) {
      return new Sanction.Suspension(s.text(), s.optional());
    }
    if (sanction instanceof SanctionSpec.Referral s) {
      return new Sanction.Referral(s.text());
    }
    if (sanction instanceof SanctionSpec.Exempt s) {
      return new Sanction.NoPenalty(s.text(), citations(s.grounds()));
    }
    SanctionSpec.Alternative s = (SanctionSpec.Alternative) sanction;
    List<Sanction> options = new ArrayList<>();
    s.options().forEach(option -> options.add(lower(violation, option, amounts)));
    return new Sanction.Alternative(options, s.optional());
  }
}
