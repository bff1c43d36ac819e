package org.cailiang.dsl.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.Token;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.parse.CailiangParser.*;

/** Builds sanctions, one labelled alternative of the grammar per branch. */
final class SanctionBuilder {
  private final Diagnostics diagnostics;
  private final Spans spans;
  private final Literals literals;
  private final BiFunction<String, ArticleRefContext, ArticleRef> articleRefs;

  SanctionBuilder(Diagnostics diagnostics, Spans spans, Literals literals,
      BiFunction<String, ArticleRefContext, ArticleRef> articleRefs) {
    this.diagnostics = diagnostics;
    this.spans = spans;
    this.literals = literals;
    this.articleRefs = articleRefs;
  }

  /** A sanction; {@code regulation} resolves unqualified article references. */
  SanctionSpec build(SanctionContext context, String regulation) {
    return body(context.sanctionBody(), context.OPTIONAL() != null, regulation, false);
  }

  /** A sanction a case expects: only there may a detention be {@code unexecuted}. */
  SanctionSpec buildExpected(SanctionContext context, String regulation) {
    return body(context.sanctionBody(), context.OPTIONAL() != null, regulation, true);
  }

  private SanctionSpec body(SanctionBodyContext body, boolean optional, String regulation,
      boolean expected) {
    return body.accept(new Body(optional, regulation, expected));
  }

  /** One sanction body, through the grammar's labelled alternatives. */
  private final class Body extends CailiangBaseVisitor<SanctionSpec> {
    private final boolean optional;
    private final String regulation;
    private final boolean expected;

    Body(boolean optional, String regulation, boolean expected) {
      this.optional = optional;
      this.regulation = regulation;
      this.expected = expected;
    }

    @Override
    public SanctionSpec visitWarning(WarningContext c) {
      return new SanctionSpec.Warning(optional, span(c));
    }

    @Override
    public SanctionSpec visitCriticism(CriticismContext c) {
      return new SanctionSpec.Criticism(optional, span(c));
    }

    @Override
    public SanctionSpec visitOrder(OrderContext c) {
      return new SanctionSpec.Order(text(c.string()), span(c));
    }

    @Override
    public SanctionSpec visitFine(FineContext c) {
      List<Ref> parties = new ArrayList<>();
      c.ident().subList(0, c.ident().size() - (c.fact == null ? 0 : 1))
          .forEach(p -> parties.add(new Ref(p.getText(), spans.of(p))));
      return new SanctionSpec.Fine(parties, c.EACH() != null, amount(c), optional, span(c));
    }

    @Override
    public SanctionSpec visitConfiscate(ConfiscateContext c) {
      return new SanctionSpec.Confiscation(text(c.string()), optional, span(c));
    }

    @Override
    public SanctionSpec visitDetain(DetainContext c) {
      Token[] bounds = bounds(c.amountRange());
      Long min = bounds[0] == null ? Long.valueOf(0) : literals.days(bounds[0]);
      Long max = bounds[1] == null ? Long.valueOf(Long.MAX_VALUE) : literals.days(bounds[1]);
      if (min == null || max == null) {
        // Reported at the literal; a made-up bound would only draw a second, wrong error.
        min = 0L;
        max = Literals.MAX_DAYS;
      }
      Ref party = new Ref(c.ident().getText(), spans.of(c.ident()));
      if (c.UNEXECUTED() != null && !expected) {
        diagnostics.error(spans.of(c.UNEXECUTED().getSymbol()), "unexecuted-outside-case",
            "unexecuted（不执行）只能写在用例的预期处罚中：阶次和法定幅度的拘留都是应当执行的，"
                + "不执行行政拘留由总则情节决定（effect 应当 不执行行政拘留）");
      }
      return new SanctionSpec.Detention(party, min, max, optional, c.UNEXECUTED() == null, span(c));
    }

    @Override
    public SanctionSpec visitLicence(LicenceContext c) {
      return new SanctionSpec.Licence(
          c.action.getType() == CailiangParser.REVOKE, text(c.string()), optional, span(c));
    }

    @Override
    public SanctionSpec visitSuspension(SuspensionContext c) {
      return new SanctionSpec.Suspension(text(c.string()), optional, span(c));
    }

    @Override
    public SanctionSpec visitRefer(ReferContext c) {
      return new SanctionSpec.Referral(text(c.string()), span(c));
    }

    @Override
    public SanctionSpec visitExempt(ExemptContext c) {
      List<ArticleRef> grounds = new ArrayList<>();
      c.articleRef().forEach(ref -> grounds.add(articleRefs.apply(regulation, ref)));
      return new SanctionSpec.Exempt(text(c.string()), grounds, span(c));
    }

    @Override
    public SanctionSpec visitEither(EitherContext c) {
      List<SanctionSpec> options = new ArrayList<>();
      c.sanctionBody().forEach(option -> options.add(body(option, false, regulation, expected)));
      return new SanctionSpec.Alternative(options, optional, span(c));
    }

    private SourceSpan span(SanctionBodyContext body) {
      return spans.of(body.getStart());
    }
  }

  private SanctionSpec.Amount amount(FineContext c) {
    Token[] bounds = bounds(c.amountRange());
    if (c.fact == null) {
      return new SanctionSpec.Yuan(money(bounds[0]), money(bounds[1]));
    }
    boolean percent = bounds[0] != null && bounds[0].getType() == CailiangParser.PERCENT
        || bounds[1] != null && bounds[1].getType() == CailiangParser.PERCENT;
    return new SanctionSpec.Multiple(
        factor(bounds[0]), factor(bounds[1]), new Ref(c.fact.getText(), spans.of(c.fact)), percent);
  }

  private BigDecimal money(Token token) {
    return token == null ? null : literals.money(token);
  }

  private BigDecimal factor(Token token) {
    return token == null ? null : literals.factor(token);
  }

  /** The lower and upper bound tokens of a range; {@code null} where open. */
  private static Token[] bounds(AmountRangeContext range) {
    return range.accept(BOUNDS);
  }

  private static final CailiangBaseVisitor<Token[]> BOUNDS = new CailiangBaseVisitor<>() {
    @Override
    public Token[] visitClosedOrLowerRange(ClosedOrLowerRangeContext c) {
      return new Token[] {c.low.getStart(), c.high == null ? null : c.high.getStart()};
    }

    @Override
    public Token[] visitUpperRange(UpperRangeContext c) {
      return new Token[] {null, c.high.getStart()};
    }

    @Override
    public Token[] visitExactAmount(ExactAmountContext c) {
      Token exact = c.exact.getStart();
      return new Token[] {exact, exact};
    }
  };

  private String text(StringContext context) {
    return literals.string(context.getStart());
  }
}
