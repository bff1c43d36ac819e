package org.cailiang.dsl.model;

import java.math.BigDecimal;
import java.util.List;

/** A sanction as written in a tier or a statute clause. */
public sealed interface SanctionSpec {
  /**
   * The sanctions with each alternative's options in its place, nested ones too: what a check
   * that asks "is there a detention, any fine" reads.
   *
   * @param sanctions the sanctions as written
   * @return a new list
   */
  static List<SanctionSpec> flat(List<SanctionSpec> sanctions) {
    List<SanctionSpec> flat = new java.util.ArrayList<>();
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof Alternative alternative) {
        flat.addAll(flat(alternative.options()));
      } else {
        flat.add(sanction);
      }
    }
    return flat;
  }


  SourceSpan span();

  /** Whether it is optional (可以并处); always false for kinds that cannot be. */
  boolean optional();

  /**
   * Whether it is a penalty (行政处罚), which a tier may not drop where the statute requires it;
   * orders, referrals and exemptions are not.
   */
  boolean isPenalty();

  /** Calls the visitor's method for this kind of sanction. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of sanction: an operation written as a visitor stops compiling when a
   * kind is added, where an {@code instanceof} chain would fail only at run time.
   */
  interface Visitor<R> {
    R visitWarning(Warning warning);

    R visitCriticism(Criticism criticism);

    R visitOrder(Order order);

    R visitFine(Fine fine);

    R visitConfiscation(Confiscation confiscation);

    R visitDetention(Detention detention);

    R visitLicence(Licence licence);

    R visitSuspension(Suspension suspension);

    R visitReferral(Referral referral);

    R visitExempt(Exempt exempt);

    R visitAlternative(Alternative alternative);
  }

  /** 警告. */
  record Warning(boolean optional, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWarning(this);
    }
  }

  /** 通报批评. */
  record Criticism(boolean optional, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCriticism(this);
    }
  }

  /** An order that is not a penalty: 责令改正, 责令拆除… */
  record Order(String text, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public boolean isPenalty() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOrder(this);
    }
  }

  /** A fine on parties; {@code each} is 分别. */
  record Fine(List<Ref> parties, boolean each, Amount amount, boolean optional, SourceSpan span)
      implements SanctionSpec {
    public Fine {
      parties = List.copyOf(parties);
    }

    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFine(this);
    }
  }

  /** 没收 what. */
  record Confiscation(String what, boolean optional, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitConfiscation(this);
    }
  }

  /**
   * Detention in days, bounds included; a missing lower bound is 0. Not {@code executed} only in a
   * case's expectation ({@code unexecuted}): a tier's detention is always executed, and 不执行
   * comes from the general part.
   */
  record Detention(Ref party, long minDays, long maxDays, boolean optional, boolean executed,
      SourceSpan span) implements SanctionSpec {
    /** An executed detention, as tiers and statutes write it. */
    public Detention(Ref party, long minDays, long maxDays, boolean optional, SourceSpan span) {
      this(party, minDays, maxDays, optional, true, span);
    }

    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDetention(this);
    }
  }

  /** 暂扣 or 吊销 a licence. */
  record Licence(boolean revoke, String licence, boolean optional, SourceSpan span)
      implements SanctionSpec {
    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLicence(this);
    }
  }

  /** 责令停产停业 and the like, as written. */
  record Suspension(String text, boolean optional, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSuspension(this);
    }
  }

  /** A referral, as written. */
  record Referral(String text, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public boolean isPenalty() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitReferral(this);
    }
  }

  /** No penalty (不予处罚), with the articles that ground it. */
  record Exempt(String text, List<ArticleRef> grounds, SourceSpan span) implements SanctionSpec {
    public Exempt {
      grounds = List.copyOf(grounds);
    }

    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public boolean isPenalty() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitExempt(this);
    }
  }

  /** One of several sanctions (或者). */
  record Alternative(List<SanctionSpec> options, boolean optional, SourceSpan span)
      implements SanctionSpec {
    public Alternative {
      options = List.copyOf(options);
    }

    @Override
    public boolean isPenalty() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAlternative(this);
    }
  }

  /** The amount of a fine. */
  sealed interface Amount {
    /** Calls the visitor's method for this kind of amount. */
    <R> R accept(AmountVisitor<R> visitor);
  }

  /** One method per kind of amount, like {@link Visitor}. */
  interface AmountVisitor<R> {
    R visitYuan(Yuan yuan);

    R visitMultiple(Multiple multiple);
  }

  /**
   * A range in yuan; either bound may be open ({@code null}). A fixed amount has equal bounds.
   */
  record Yuan(BigDecimal min, BigDecimal max) implements Amount {
    @Override
    public <R> R accept(AmountVisitor<R> visitor) {
      return visitor.visitYuan(this);
    }
  }

  /**
   * A multiple or percentage of an amount fact: {@code 1..3 times income} (违法所得1至3倍),
   * {@code 30%..50% of income}. Factors are plain numbers (30% is 0.3); either may be open.
   */
  record Multiple(BigDecimal minFactor, BigDecimal maxFactor, Ref fact, boolean percent)
      implements Amount {
    @Override
    public <R> R accept(AmountVisitor<R> visitor) {
      return visitor.visitMultiple(this);
    }
  }
}
