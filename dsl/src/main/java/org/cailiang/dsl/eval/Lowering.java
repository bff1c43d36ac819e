package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.internal.Fines;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Statute;

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
    return sanction.accept(Constancy.INSTANCE);
  }

  /** What {@link #isConstant} answers: only a fine can be a multiple of an amount fact. */
  private static final class Constancy implements SanctionSpec.Visitor<Boolean> {
    static final Constancy INSTANCE = new Constancy();

    @Override
    public Boolean visitFine(SanctionSpec.Fine fine) {
      return fine.amount() instanceof SanctionSpec.Yuan;
    }

    @Override
    public Boolean visitAlternative(SanctionSpec.Alternative alternative) {
      return alternative.options().stream().allMatch(Lowering::isConstant);
    }

    @Override
    public Boolean visitWarning(SanctionSpec.Warning warning) {
      return true;
    }

    @Override
    public Boolean visitCriticism(SanctionSpec.Criticism criticism) {
      return true;
    }

    @Override
    public Boolean visitOrder(SanctionSpec.Order order) {
      return true;
    }

    @Override
    public Boolean visitConfiscation(SanctionSpec.Confiscation confiscation) {
      return true;
    }

    @Override
    public Boolean visitDetention(SanctionSpec.Detention detention) {
      return true;
    }

    @Override
    public Boolean visitLicence(SanctionSpec.Licence licence) {
      return true;
    }

    @Override
    public Boolean visitSuspension(SanctionSpec.Suspension suspension) {
      return true;
    }

    @Override
    public Boolean visitReferral(SanctionSpec.Referral referral) {
      return true;
    }

    @Override
    public Boolean visitExempt(SanctionSpec.Exempt exempt) {
      return true;
    }
  }

  /**
   * What the violation's statute allows in one case, for 减轻 below its minimum: the sanction of
   * each clause whose condition holds, lowered over the case's amounts as a tier's is.
   *
   * @param holds whether a clause's condition holds in the case
   */
  public Statute statute(Violation violation, Predicate<Condition> holds,
      Map<String, BigDecimal> amounts) {
    if (violation.statute().isEmpty()) {
      return Statute.UNDECLARED;
    }
    List<Sanction> allowed = new ArrayList<>();
    for (StatuteClause clause : violation.statute()) {
      if (holds.test(clause.condition())) {
        allowed.add(lower(violation, clause.sanction(), amounts));
      }
    }
    return Statute.of(allowed);
  }

  /**
   * The runtime sanction. {@code amounts} holds the amount facts by id; it is only read for
   * fines that are multiples of one, so it may be empty for a constant sanction.
   */
  public Sanction lower(Violation violation, SanctionSpec sanction, Map<String, BigDecimal> amounts) {
    return sanction.accept(new Lowerer(violation, amounts));
  }

  /** Lowers the sanctions of one violation over one set of amount facts. */
  private final class Lowerer implements SanctionSpec.Visitor<Sanction> {
    private final Violation violation;
    private final Map<String, BigDecimal> amounts;

    Lowerer(Violation violation, Map<String, BigDecimal> amounts) {
      this.violation = violation;
      this.amounts = amounts;
    }

    @Override
    public Sanction visitWarning(SanctionSpec.Warning s) {
      return new Sanction.Warning(s.optional());
    }

    @Override
    public Sanction visitCriticism(SanctionSpec.Criticism s) {
      return new Sanction.Criticism(s.optional());
    }

    @Override
    public Sanction visitOrder(SanctionSpec.Order s) {
      return new Sanction.Order(s.text());
    }

    @Override
    public Sanction visitFine(SanctionSpec.Fine s) {
      List<Party> parties = s.parties().stream().map(Lowering.this::party).toList();
      return s.amount().accept(new SanctionSpec.AmountVisitor<Sanction>() {
        @Override
        public Sanction visitYuan(SanctionSpec.Yuan yuan) {
          return new Sanction.Fine(
              parties, s.each(), new MoneyRange(yuan.min(), yuan.max()), null, s.optional());
        }

        @Override
        public Sanction visitMultiple(SanctionSpec.Multiple multiple) {
          String label = violation.fact(multiple.fact().name()).orElseThrow().label();
          return Fines.multiple(parties, s.each(), multiple.minFactor(), multiple.maxFactor(),
              amounts.get(multiple.fact().name()), label, multiple.percent(), s.optional());
        }
      });
    }

    @Override
    public Sanction visitConfiscation(SanctionSpec.Confiscation s) {
      return new Sanction.Confiscation(s.what(), s.optional());
    }

    @Override
    public Sanction visitDetention(SanctionSpec.Detention s) {
      return new Sanction.Detention(
          party(s.party()), (int) s.minDays(), (int) s.maxDays(), s.optional(), s.executed());
    }

    @Override
    public Sanction visitLicence(SanctionSpec.Licence s) {
      return new Sanction.LicenceAction(
          s.revoke() ? Sanction.LicenceAction.Action.REVOKE : Sanction.LicenceAction.Action.SUSPEND,
          s.licence(), s.optional());
    }

    @Override
    public Sanction visitSuspension(SanctionSpec.Suspension s) {
      return new Sanction.Suspension(s.text(), s.optional());
    }

    @Override
    public Sanction visitReferral(SanctionSpec.Referral s) {
      return new Sanction.Referral(s.text());
    }

    @Override
    public Sanction visitExempt(SanctionSpec.Exempt s) {
      return new Sanction.NoPenalty(s.text(), citations(s.grounds()));
    }

    @Override
    public Sanction visitAlternative(SanctionSpec.Alternative s) {
      List<Sanction> options = new ArrayList<>();
      s.options().forEach(option -> options.add(option.accept(this)));
      return new Sanction.Alternative(options, s.optional());
    }
  }
}
