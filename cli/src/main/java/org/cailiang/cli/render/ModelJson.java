package org.cailiang.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.cli.Json;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.ConditionText;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/** The whole compiled model as JSON; the schema is documented in docs/json.md. */
public final class ModelJson {
  /** The value of the top-level {@code format} member; changes when the schema does. */
  public static final String FORMAT = "cailiang-model/1";

  private ModelJson() {}

  public static String render(List<Standard> standards) {
    return render(standards, List.of());
  }

  /** The model, each standard with the general part (总则) it uses, laid over ({@code general}). */
  public static String render(List<Standard> standards, List<GeneralPart> generals) {
    List<Object> list = new ArrayList<>();
    standards.forEach(s -> {
      // The general chapter before the tables, as the Markdown and HTML renders show it.
      Map<String, Object> standard = new java.util.LinkedHashMap<>();
      standard(s).forEach((key, value) -> {
        if (key.equals("regulations")) {
          standard.put("general", org.cailiang.dsl.general.Generals.of(s, generals)
              .map(g -> GeneralJson.of(GeneralLowering.rules(s, g))).orElse(null));
          // Which parts the violations of each regulation use (a regulation's own on top).
          List<Object> scopes = new ArrayList<>();
          org.cailiang.dsl.general.Generals.scopes(s, generals).forEach(scope -> scopes.add(
              Json.object("regulations", scope.regulations().stream().map(Regulation::id).toList(),
                  "uses", scope.ids(),
                  "general", GeneralJson.of(GeneralLowering.rules(s, scope.part())))));
          standard.put("generalScopes", scopes);
        }
        standard.put(key, value);
      });
      list.add(standard);
    });
    return Json.write(Json.object("format", FORMAT, "standards", list));
  }

  private static Map<String, Object> standard(Standard standard) {
    List<Object> parties = new ArrayList<>();
    for (Party party : standard.parties()) {
      parties.add(Json.object("id", party.id(), "label", party.label()));
    }
    List<Object> regulations = new ArrayList<>();
    for (Regulation regulation : standard.regulations()) {
      List<Object> articles = new ArrayList<>();
      for (Article article : regulation.articles()) {
        articles.add(Json.object("id", article.id(), "number", article.number(), "text", article.text()));
      }
      List<Object> violations = new ArrayList<>();
      regulation.violations().forEach(v -> violations.add(violation(standard, v)));
      regulations.add(Json.object("id", regulation.id(), "title", regulation.title(), "articles", articles,
          "violations", violations));
    }
    return Json.object("id", standard.id(), "title", standard.title(), "authority", standard.authority(),
        "region", standard.region(), "effective", standard.effective().map(Object::toString).orElse(null),
        "parties", parties, "regulations", regulations);
  }

  private static Map<String, Object> violation(Standard standard, Violation violation) {
    List<Object> facts = new ArrayList<>();
    for (Fact fact : violation.facts()) {
      List<Object> values = new ArrayList<>();
      if (fact.type() instanceof FactType.Enum type) {
        type.values().forEach(v -> values.add(Json.object("id", v.id(), "label", v.label())));
      }
      facts.add(Json.object("id", fact.id(), "label", fact.label(), "type", fact.type().name(), "values", values));
    }
    List<Object> statute = new ArrayList<>();
    for (StatuteClause clause : violation.statute()) {
      String when = clause.condition() instanceof org.cailiang.dsl.model.Condition.Always
          ? null : ConditionText.of(clause.condition());
      statute.add(Json.object("when", when, "sanctions", sanctions(List.of(clause.sanction()))));
    }
    List<Object> tiers = new ArrayList<>();
    for (Tier tier : violation.tiers()) {
      tiers.add(Json.object(
          "code", tier.suffix(),
          "codes", violation.codes().codes().stream().map(c -> c + tier.suffix()).toList(),
          "circumstance", tier.circumstance(),
          "when", tier.isOtherwise() ? null : ConditionText.of(tier.condition()),
          "otherwise", tier.isOtherwise(),
          "priority", tier.priority(),
          "mitigation", tier.mitigation().isEmpty() ? null : tier.mitigation(),
          "sanctions", sanctions(tier.sanctions()),
          "text", tier.text()));
      if (tier.hasConditionalSanctions()) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> last = (java.util.Map<String, Object>) tiers.get(tiers.size() - 1);
        last.put("sanctionsWhen", sanctionConditions(tier));
      }
    }
    return Json.object(
        "codes", violation.codes().codes(),
        "title", violation.title(),
        "text", violation.text(),
        "basis", citations(standard, violation.basis().stream().toList()),
        "duties", citations(standard, violation.duties()),
        "facts", facts,
        "exclusive", violation.declaredExclusives().stream()
            // Each declaration once: the facts of a declaration with circumstances are also kept
            // as a declaration of their own, on its span (ModelBuilder), not written twice.
            .filter(e -> !e.circumstances().isEmpty() || violation.circumstanceExclusives().stream()
                .noneMatch(mixed -> mixed.span().equals(e.span())))
            .map(e -> (Object) Json.object("facts", e.factIds(), "circumstances",
                e.circumstances().stream().map(r -> r.name()).toList(), "reason", e.message())).toList(),
        "referrals", violation.handovers().stream()
            .map(h -> (Object) Json.object("kind", h.ends() ? "ends" : "beside", "text", h.text(),
                "when", h.trigger().map(ConditionText::of).orElse(null))).toList(),
        "statute", statute,
        "tiers", tiers);
  }

  /** For each sanction, the condition it depends on as written, or null for one imposed always. */
  private static List<Object> sanctionConditions(Tier tier) {
    List<Object> conditions = new ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      conditions.add(tier.sanctionCondition(i).map(ConditionText::of).orElse(null));
    }
    return conditions;
  }

  private static List<Object> citations(Standard standard, List<ArticleRef> refs) {
    List<Object> list = new ArrayList<>();
    for (ArticleRef ref : refs) {
      list.add(Json.object("regulation", ref.regulation(), "article", ref.article(),
          "number", standard.article(ref).map(Article::number).orElse(null)));
    }
    return list;
  }

  /** Sanctions, one object per party for fines: each with kind, party, min, max, optional, each. */
  static List<Object> sanctions(List<SanctionSpec> sanctions) {
    List<Object> list = new ArrayList<>();
    Items items = new Items(list);
    sanctions.forEach(sanction -> sanction.accept(items));
    return list;
  }

  /** Adds the objects for one sanction to {@code list}. */
  private record Items(List<Object> list) implements SanctionSpec.Visitor<Void> {
    @Override
    public Void visitFine(SanctionSpec.Fine fine) {
      List<String> parties = fine.parties().stream().map(Ref::name).toList();
      for (String party : parties) {
        Map<String, Object> item = base("fine", party, fine);
        item.put("parties", parties);
        item.put("each", fine.each());
        fine.amount().accept(new SanctionSpec.AmountVisitor<Void>() {
          @Override
          public Void visitYuan(SanctionSpec.Yuan yuan) {
            item.put("min", yuan.min());
            item.put("max", yuan.max());
            return null;
          }

          @Override
          public Void visitMultiple(SanctionSpec.Multiple m) {
            item.put("multiple", Json.object("fact", m.fact().name(), "min", m.minFactor(),
                "max", m.maxFactor(), "percent", m.percent()));
            return null;
          }
        });
        list.add(item);
      }
      return null;
    }

    @Override
    public Void visitDetention(SanctionSpec.Detention detention) {
      Map<String, Object> item = base("detention", detention.party().name(), detention);
      item.put("minDays", detention.minDays());
      item.put("maxDays", detention.maxDays());
      list.add(item);
      return null;
    }

    @Override
    public Void visitAlternative(SanctionSpec.Alternative alternative) {
      Map<String, Object> item = base("either", null, alternative);
      item.put("options", sanctions(alternative.options()));
      list.add(item);
      return null;
    }

    @Override
    public Void visitWarning(SanctionSpec.Warning warning) {
      return text("warning", warning, "警告");
    }

    @Override
    public Void visitCriticism(SanctionSpec.Criticism criticism) {
      return text("criticism", criticism, "通报批评");
    }

    @Override
    public Void visitOrder(SanctionSpec.Order order) {
      return text("order", order, order.text());
    }

    @Override
    public Void visitConfiscation(SanctionSpec.Confiscation confiscation) {
      return text("confiscation", confiscation, confiscation.what());
    }

    @Override
    public Void visitLicence(SanctionSpec.Licence licence) {
      String kind = licence.revoke() ? "licence-revoke" : "licence-suspend";
      return text(kind, licence, licence.licence());
    }

    @Override
    public Void visitSuspension(SanctionSpec.Suspension suspension) {
      return text("suspension", suspension, suspension.text());
    }

    @Override
    public Void visitReferral(SanctionSpec.Referral referral) {
      return text("referral", referral, referral.text());
    }

    @Override
    public Void visitExempt(SanctionSpec.Exempt exempt) {
      return text("exempt", exempt, exempt.text());
    }

    /** A sanction whose only content is its text. */
    private Void text(String kind, SanctionSpec sanction, String text) {
      Map<String, Object> item = base(kind, null, sanction);
      item.put("text", text);
      list.add(item);
      return null;
    }
  }

  private static Map<String, Object> base(String kind, String party, SanctionSpec sanction) {
    return Json.object("kind", kind, "party", party, "min", null, "max", null, "optional", sanction.optional(),
        "each", false);
  }
}
