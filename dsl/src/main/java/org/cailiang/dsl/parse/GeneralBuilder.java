package org.cailiang.dsl.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Adjustment;
import org.cailiang.dsl.model.Combination;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralExclusion;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.parse.CailiangParser.AdjustMemberContext;
import org.cailiang.dsl.parse.CailiangParser.CircumstanceMemberContext;
import org.cailiang.dsl.parse.CailiangParser.CombineMemberContext;
import org.cailiang.dsl.parse.CailiangParser.GeneralDeclContext;
import org.cailiang.dsl.parse.CailiangParser.GeneralExclusiveMemberContext;
import org.cailiang.dsl.parse.CailiangParser.IdentContext;
import org.cailiang.dsl.parse.CailiangParser.LimitationMemberContext;
import org.cailiang.dsl.parse.CailiangParser.ProcedureMemberContext;
import org.cailiang.dsl.parse.CailiangParser.StringContext;

/** Builds a general part from its declaration; the words of effects are checked here. */
final class GeneralBuilder {
  private final Diagnostics diagnostics;
  private final Spans spans;
  private final Literals literals;

  GeneralBuilder(Diagnostics diagnostics, Spans spans, Literals literals) {
    this.diagnostics = diagnostics;
    this.spans = spans;
    this.literals = literals;
  }

  GeneralPart build(GeneralDeclContext context) {
    Members members = new Members();
    context.generalMember().forEach(member -> member.accept(members));
    return new GeneralPart(ModelBuilder.name(context.ident()), text(context.title),
        members.circumstances, members.adjustments, members.combination, members.limitations,
        members.procedures, members.exclusions, spans.of(context.ident()));
  }

  private final class Members extends CailiangBaseVisitor<Void> {
    final List<GeneralCircumstance> circumstances = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    Optional<Combination> combination = Optional.empty();
    final List<Limitation> limitations = new ArrayList<>();
    final List<ProcedureRule> procedures = new ArrayList<>();
    final List<GeneralExclusion> exclusions = new ArrayList<>();
    // Hostile check: a second circumstance of one id or label, adjust of one effect, combine, or
    // limitation of one condition replaced the first, or was never read, and nothing was said.
    private final OnceOnly once = new OnceOnly(diagnostics, spans);
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();

    @Override
    public Void visitCircumstanceMember(CircumstanceMemberContext c) {
      Optional<Effect> effect = Optional.empty();
      if (c.EFFECT() != null) {
        Optional<Effect.Modality> modality = modality(c.modality);
        Optional<Effect.Kind> kind = kind(c.effect);
        if (modality.isPresent() && kind.isPresent()) {
          effect = Optional.of(new Effect(modality.get(), kind.get()));
        }
      }
      Optional<PartyKind> onlyFor = c.partyKind() == null ? Optional.empty()
          : Optional.of(c.partyKind().PERSON() != null ? PartyKind.PERSON : PartyKind.ORGANIZATION);
      List<Ref> implies = c.implied.stream().map(ident -> ref(ident).orElseThrow()).toList();
      String id = ModelBuilder.name(c.ident(0));
      once.declare("circumstance " + id, "总则情节 " + id, c);
      String sameLabel = labels.putIfAbsent(text(c.label), id);
      if (sameLabel != null && !sameLabel.equals(id)) {
        diagnostics.error(spans.of(c.label), "duplicate-name", "总则情节 " + id + " 的标签「" + text(c.label)
            + "」与情节 " + sameLabel + " 相同：按标签给出情节时（--general、GeneralFacts）无法区分");
      }
      circumstances.add(new GeneralCircumstance(ModelBuilder.name(c.ident(0)), text(c.label),
          effect, basis(c.basis), onlyFor, implies, spans.of(c.ident(0))));
      return null;
    }

    @Override
    public Void visitGeneralExclusiveMember(GeneralExclusiveMemberContext c) {
      exclusions.add(new GeneralExclusion(
          c.ident().stream().map(ident -> ref(ident).orElseThrow()).toList(),
          c.message == null ? "" : text(c.message), spans.of(c.EXCLUSIVE().getSymbol())));
      return null;
    }

    @Override
    public Void visitAdjustMember(AdjustMemberContext c) {
      Optional<Effect.Kind> kind = kind(c.effect);
      if (kind.isEmpty()) {
        return null;
      }
      Adjustment.Mode mode = switch (c.shape.getType()) {
        case CailiangParser.LOWER -> Adjustment.Mode.LOWER;
        case CailiangParser.UPPER -> Adjustment.Mode.UPPER;
        default -> Adjustment.Mode.FLOOR;
      };
      BigDecimal percent = Literals.split(c.PERCENT().getText()).digits();
      once.declare("adjust " + kind.get().label(), kind.get().label() + "的幅度规则", c);
      adjustments.add(new Adjustment(kind.get(), mode, percent, basis(c.basis), spans.of(c.effect)));
      return null;
    }

    @Override
    public Void visitCombineMember(CombineMemberContext c) {
      String rule = ModelBuilder.name(c.choice);
      Optional<Combination.Rule> chosen = Combination.Rule.of(rule);
      if (chosen.isEmpty()) {
        diagnostics.error(spans.of(c.choice), "unknown-combination", "未知的合并规则 " + rule
            + "：可用 offset 或 抵销（从轻与从重相互抵销）、heavier_first 或 先从重（先从重再从轻）");
        return null;
      }
      once.declare("combine", "从轻与从重的合并规则", c);
      combination = Optional.of(new Combination(chosen.get(), basis(c.basis), spans.of(c.choice)));
      return null;
    }

    @Override
    public Void visitLimitationMember(LimitationMemberContext c) {
      BigDecimal number = Literals.split(c.NUMBER().getText()).digits();
      // At most 1,200 months, in years or in months (hostile check: 1000 years passed, the bound
      // was weighed on the number, not on the months).
      BigDecimal perUnit = BigDecimal.valueOf(c.unit.getType() == CailiangParser.YEARS ? 12 : 1);
      if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0
          || !Literals.split(c.NUMBER().getText()).unit().isEmpty()
          || number.multiply(perUnit).compareTo(BigDecimal.valueOf(1200)) > 0) {
        diagnostics.error(spans.of(c.NUMBER().getSymbol()), "bad-limitation",
            "时效应为正整数的年或月（如 2 years、6 months），最长 100 年（1200 个月），不能是 " + c.NUMBER().getText());
        return null;
      }
      int months = number.intValue() * (c.unit.getType() == CailiangParser.YEARS ? 12 : 1);
      String condition = c.cond == null ? "" : " when " + ModelBuilder.name(c.cond);
      once.declare("limitation" + condition, c.cond == null ? "不附条件的追责时效" : "同一条件的追责时效", c);
      Optional<java.time.LocalDate> effective = Optional.empty();
      if (c.since != null && c.cond == null) {
        // The general period is every act's; a day on it would leave earlier acts with none.
        diagnostics.error(spans.of(c.since), "bad-limitation", "只有附条件的时效（limitation … when 情节）可以写施行日期"
            + "（effective）：一般期限适用于每一个违法行为，此前的行为不能没有时效");
        return null;
      }
      if (c.since != null) {
        String text = text(c.since);
        try {
          effective = Optional.of(IsoDates.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
          diagnostics.error(spans.of(c.since), "bad-date", IsoDates.problem("时效的施行日期", text));
          return null;
        }
      }
      limitations.add(new Limitation(months, ref(c.cond), effective, basis(c.basis), spans.of(c)));
      return null;
    }

    @Override
    public Void visitProcedureMember(ProcedureMemberContext c) {
      String keyword = ModelBuilder.name(c.kind);
      Optional<ProcedureRule.Procedure> procedure = ProcedureRule.Procedure.of(keyword);
      if (procedure.isEmpty()) {
        diagnostics.error(spans.of(c.kind), "unknown-procedure", "未知的程序 " + keyword
            + "：可用 " + ProcedureRule.Procedure.WORDS);
        return null;
      }
      Optional<ProcedureRule.Threshold> threshold = Optional.empty();
      if (c.FINE() != null) {
        ProcedureRule.Operator operator = switch (c.op.getType()) {
          case CailiangParser.GE -> ProcedureRule.Operator.GE;
          case CailiangParser.GT -> ProcedureRule.Operator.GT;
          case CailiangParser.LE -> ProcedureRule.Operator.LE;
          default -> ProcedureRule.Operator.LT;
        };
        threshold = Optional.of(new ProcedureRule.Threshold(operator,
            literals.money(c.NUMBER().getSymbol()), spans.of(c.NUMBER().getSymbol())));
      }
      Optional<PartyKind> party = c.partyKind() == null ? Optional.empty()
          : Optional.of(c.partyKind().PERSON() != null ? PartyKind.PERSON : PartyKind.ORGANIZATION);
      if (threshold.isPresent() && c.cond == null) {
        // Hostile re-check: 简易程序 <= 200 and <= 100 for persons in one part: the second was
        // silently unused. One fine limit per procedure and kind of party (uses b replaces a's).
        once.declare("procedure " + procedure.get().keyword() + (threshold.get().below() ? " fine <=" : " fine >=")
            + party.map(p -> " for " + p.keyword()).orElse(""),
            procedure.get().word() + "对" + party.map(PartyKind::label).orElse("各方当事人") + "的罚款数额标准", c);
      }
      procedures.add(new ProcedureRule(procedure.get(), threshold, party, ref(c.cond),
          basis(c.basis), spans.of(c.kind)));
      return null;
    }
  }

  private Optional<Ref> ref(IdentContext ident) {
    return ident == null ? Optional.empty()
        : Optional.of(new Ref(ModelBuilder.name(ident), spans.of(ident)));
  }

  private Optional<Effect.Modality> modality(IdentContext ident) {
    String word = ModelBuilder.name(ident);
    for (Effect.Modality modality : Effect.Modality.values()) {
      if (modality.label().equals(word)) {
        return Optional.of(modality);
      }
    }
    diagnostics.error(spans.of(ident), "unknown-effect", "未知的效力 " + word + "：应为 应当 或 可以");
    return Optional.empty();
  }

  private Optional<Effect.Kind> kind(IdentContext ident) {
    String word = ModelBuilder.name(ident);
    for (Effect.Kind kind : Effect.Kind.values()) {
      if (kind.label().equals(word)) {
        return Optional.of(kind);
      }
    }
    diagnostics.error(spans.of(ident), "unknown-effect",
        "未知的处罚效果 " + word + "：应为 不予、从轻、减轻、从轻或者减轻、从重 或 不执行行政拘留");
    return Optional.empty();
  }

  private String basis(StringContext context) {
    return context == null ? "" : text(context);
  }

  private String text(StringContext context) {
    return literals.string(context.getStart());
  }
}
