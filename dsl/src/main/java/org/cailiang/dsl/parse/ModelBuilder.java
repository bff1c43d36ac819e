package org.cailiang.dsl.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.CodeRange;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Suppression;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.CailiangParser.*;

/**
 * Builds the immutable model from a parse tree that has no syntax errors. Literal problems (a
 * bad escape, an amount with the wrong unit) are reported as it goes; names are resolved later,
 * by the checker.
 */
final class ModelBuilder {
  private final Diagnostics diagnostics;
  private final Spans spans;
  private final Literals literals;
  private final ConditionBuilder conditions;
  private final SanctionBuilder sanctions;

  ModelBuilder(Diagnostics diagnostics, Spans spans, Literals literals) {
    this.diagnostics = diagnostics;
    this.spans = spans;
    this.literals = literals;
    this.conditions = new ConditionBuilder(spans, literals);
    this.sanctions = new SanctionBuilder(spans, literals, this::articleRef);
  }

  Standard build(FileContext file) {
    StandardDeclContext header = file.standardDecl();
    String authority = "";
    String region = "";
    Optional<LocalDate> effective = Optional.empty();
    for (StandardPropContext prop : header.standardProp()) {
      if (prop instanceof AuthorityPropContext c) {
        authority = text(c.string());
      } else if (prop instanceof RegionPropContext c) {
        region = text(c.string());
      } else if (prop instanceof EffectivePropContext c) {
        effective = date(c.string());
      }
    }
    List<Party> parties = new ArrayList<>();
    List<Regulation> regulations = new ArrayList<>();
    for (TopItemContext item : file.topItem()) {
      if (item instanceof PartyItemContext c) {
        PartyDeclContext party = c.partyDecl();
        parties.add(new Party(name(party.ident()), text(party.string()), spans.of(party.ident())));
      } else if (item instanceof RegulationItemContext c) {
        regulations.add(regulation(c.regulationDecl()));
      }
    }
    return new Standard(
        name(header.name), text(header.title), authority, region, effective, parties, regulations,
        spans.of(header.name));
  }

  private Optional<LocalDate> date(StringContext context) {
    String text = text(context);
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      diagnostics.error(spans.of(context), "bad-date", "日期应写作 YYYY-MM-DD（如 \"2024-01-01\"），不能是 \"" + text + "\"");
      return Optional.empty();
    }
  }

  private Regulation regulation(RegulationDeclContext context) {
    String id = name(context.ident());
    List<Article> articles = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (RegulationMemberContext member : context.regulationMember()) {
      if (member instanceof ArticleMemberContext c) {
        ArticleDeclContext article = c.articleDecl();
        articles.add(new Article(
            name(article.ident()), text(article.number), text(article.text), spans.of(article.ident())));
      } else if (member instanceof ViolationInRegulationContext c) {
        violations.add(violation(id, c.violationDecl()));
      }
    }
    return new Regulation(id, text(context.string()), articles, violations, spans.of(context.ident()));
  }

  private Violation violation(String regulation, ViolationDeclContext context) {
    CodeRangeContext range = context.codeRange();
    String first = range.from.getText();
    CodeRange codes = new CodeRange(first, range.to == null ? first : range.to.getText(), spans.of(range));
    String title = text(context.title);
    String text = null;
    Optional<ArticleRef> basis = Optional.empty();
    List<ArticleRef> duties = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<StatuteClause> statute = new ArrayList<>();
    List<Tier> tiers = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    List<TestCase> cases = new ArrayList<>();
    for (ViolationMemberContext member : context.violationMember()) {
      if (member instanceof ViolationTextContext c) {
        text = text(c.string());
      } else if (member instanceof BasisMemberContext c) {
        if (basis.isPresent()) {
          diagnostics.error(spans.of(c), "duplicate-basis", "罚则条款（basis）只能有一个；其他依据请写在 duty 中");
        }
        basis = Optional.of(articleRef(regulation, c.articleRef()));
      } else if (member instanceof DutyMemberContext c) {
        c.articleRef().forEach(ref -> duties.add(articleRef(regulation, ref)));
      } else if (member instanceof FactMemberContext c) {
        facts.add(fact(c));
      } else if (member instanceof StatuteMemberContext c) {
        for (StatuteClauseContext clause : c.statuteClause()) {
          Condition when = clause.condition() == null
              ? new Condition.Always(spans.of(clause))
              : conditions.visit(clause.condition());
          statute.add(new StatuteClause(sanctions.build(clause.sanction(), regulation), when, spans.of(clause)));
        }
      } else if (member instanceof TierInViolationContext c) {
        tiers.add(tier(regulation, c.tierDecl()));
      } else if (member instanceof ViolationSuppressionContext c) {
        suppressions.add(suppression(c.suppression()));
      } else if (member instanceof CaseMemberContext c) {
        cases.add(testCase(regulation, c.testCase()));
      }
    }
    return new Violation(
        regulation, codes, title, text == null ? title : text, basis, duties, facts, statute, tiers,
        suppressions, cases, spans.of(range));
  }

  ArticleRef articleRef(String enclosing, ArticleRefContext context) {
    String regulation = context.regulation == null ? enclosing : name(context.regulation);
    return new ArticleRef(regulation, name(context.article), spans.of(context));
  }

  private Fact fact(FactMemberContext context) {
    String id = name(context.ident());
    String label = context.label == null ? id : text(context.label);
    FactType type;
    FactTypeContext typeContext = context.factType();
    if (typeContext instanceof EnumTypeContext c) {
      List<EnumValue> values = new ArrayList<>();
      for (EnumValueContext value : c.enumValue()) {
        values.add(new EnumValue(name(value.ident()), text(value.string()), spans.of(value.ident())));
      }
      type = new FactType.Enum(values);
    } else if (typeContext instanceof BoolTypeContext) {
      type = new FactType.Bool();
    } else if (typeContext instanceof AmountTypeContext) {
      type = new FactType.Amount();
    } else {
      type = new FactType.Int();
    }
    return new Fact(id, label, type, spans.of(context.ident()));
  }

  private Tier tier(String regulation, TierDeclContext context) {
    Condition condition = context.OTHERWISE() != null
        ? new Condition.Otherwise(spans.of(context.OTHERWISE().getSymbol()))
        : conditions.visit(context.condition());
    List<SanctionSpec> tierSanctions = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    String text = "";
    SourceSpan textSpan = spans.of(context.code());
    int priority = 0;
    String mitigation = "";
    for (TierMemberContext member : context.tierMember()) {
      if (member instanceof SanctionMemberContext c) {
        tierSanctions.add(sanctions.build(c.sanction(), regulation));
      } else if (member instanceof TierTextContext c) {
        text = text(c.string());
        textSpan = spans.of(c.string());
      } else if (member instanceof TierPriorityContext c) {
        priority = priority(c);
      } else if (member instanceof TierMitigatedContext c) {
        mitigation = text(c.string());
        if (mitigation.isBlank()) {
          diagnostics.error(spans.of(c.string()), "mitigated", "减轻处罚（mitigated）须写明理由");
        }
      } else if (member instanceof TierSuppressionContext c) {
        suppressions.add(suppression(c.suppression()));
      }
    }
    return new Tier(
        context.code().getText(), text(context.circumstance), condition, tierSanctions, text, textSpan,
        priority, mitigation, suppressions, spans.of(context.code()));
  }

  private TestCase testCase(String regulation, TestCaseContext c) {
    List<TestCase.CaseFact> facts = new ArrayList<>();
    for (CaseFactContext fact : c.caseFact()) {
      facts.add(new TestCase.CaseFact(new Ref(fact.ident().getText(), spans.of(fact.ident())), conditions.literal(fact.value())));
    }
    Optional<Ref> code = c.at == null ? Optional.empty() : Optional.of(new Ref(c.at.getText(), spans.of(c.at)));
    Optional<List<SanctionSpec>> expected = Optional.empty();
    if (c.LBRACE().size() > 1) {
      List<SanctionSpec> list = new ArrayList<>();
      c.sanction().forEach(s -> list.add(sanctions.build(s, regulation)));
      expected = Optional.of(list);
    }
    return new TestCase(text(c.name), code, facts, new Ref(c.expected.getText(), spans.of(c.expected)), expected,
        spans.of(c.name));
  }

  private int priority(TierPriorityContext c) {
    String digits = c.NUMBER().getText();
    if (!digits.matches("[0-9]{1,6}")) {
      diagnostics.error(spans.of(c.NUMBER().getSymbol()), "bad-priority", "优先级应为不超过六位的整数：" + digits);
      return 0;
    }
    return Integer.parseInt(digits);
  }

  private Suppression suppression(SuppressionContext c) {
    String reason = text(c.reason);
    if (reason.isBlank()) {
      diagnostics.error(spans.of(c.reason), "suppress", "抑制（suppress）须写明理由");
    }
    return new Suppression(text(c.check), reason, spans.of(c.check));
  }

  private String text(StringContext context) {
    return literals.string(context.getStart());
  }

  static String name(IdentContext context) {
    return context.getText();
  }
}
