package org.cailiang.dsl.model;

import java.math.BigDecimal;
import java.util.List;

/** A sanction as written in a tier or a statute clause. */
public sealed interface SanctionSpec {

  SourceSpan span();

  /** Whether it is optional (可以并处); always false for kinds that cannot be. */
  boolean optional();

  /** 警告. */
  record Warning(boolean optional, SourceSpan span) implements SanctionSpec {}

  /** 通报批评. */
  record Criticism(boolean optional, SourceSpan span) implements SanctionSpec {}

  /** An order that is not a penalty: 责令改正, 责令拆除… */
  record Order(String text, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean optional() {
      return false;
    }
  }

  /** A fine on parties; {@code each} is 分别. */
  record Fine(List<Ref> parties, boolean each, Amount amount, boolean optional, SourceSpan span)
      implements SanctionSpec {
    public Fine {
      parties = List.copyOf(parties);
    }
  }

  /** 没收 what. */
  record Confiscation(String what, boolean optional, SourceSpan span) implements SanctionSpec {}

  /** Detention in days, bounds included; a missing lower bound is 0. */
  record Detention(Ref party, long minDays, long maxDays, boolean optional, SourceSpan span)
      implements SanctionSpec {}

  /** 暂扣 or 吊销 a licence. */
  record Licence(boolean revoke, String licence, boolean optional, SourceSpan span)
      implements SanctionSpec {}

  /** 责令停产停业 and the like, as written. */
  record Suspension(String text, boolean optional, SourceSpan span) implements SanctionSpec {}

  /** A referral, as written. */
  record Referral(String text, SourceSpan span) implements SanctionSpec {
    @Override
    public boolean optional() {
      return false;
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
  }

  /** One of several sanctions (或者). */
  record Alternative(List<SanctionSpec> options, boolean optional, SourceSpan span)
      implements SanctionSpec {
    public Alternative {
      options = List.copyOf(options);
    }
  }

  /** The amount of a fine. */
  sealed interface Amount {}

  /**
   * A range in yuan; either bound may be open ({@code null}). A fixed amount has equal bounds.
   */
  record Yuan(BigDecimal min, BigDecimal max) implements Amount {}

  /**
   * A multiple or percentage of an amount fact: {@code 1..3 times income} (违法所得1至3倍),
   * {@code 30%..50% of income}. Factors are plain numbers (30% is 0.3); either may be open.
   */
  record Multiple(BigDecimal minFactor, BigDecimal maxFactor, Ref fact, boolean percent)
      implements Amount {}
}
