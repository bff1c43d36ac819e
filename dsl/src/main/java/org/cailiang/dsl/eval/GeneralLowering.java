package org.cailiang.dsl.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Adjustment;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralExclusion;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.GeneralRules;

/**
 * The runtime's {@link GeneralRules} of a standard and the (laid over) general part it uses: the
 * interpreter decides through them, and the generator writes the same values as constants.
 */
public final class GeneralLowering {
  private GeneralLowering() {}

  /** The rules of the general part, no party's kind declared. */
  public static GeneralRules rules(GeneralPart general) {
    return rules(List.of(), general);
  }

  /** The rules of the general part, with the kinds of the standard's parties. */
  public static GeneralRules rules(Standard standard, GeneralPart general) {
    return rules(standard.parties(), general);
  }

  private static GeneralRules rules(List<Party> parties, GeneralPart general) {
    // A reference to an undeclared circumstance is an error the checks report; lowered anyway
    // (analysis runs beside the errors), it is left out rather than refused.
    java.util.Set<String> declared = new java.util.HashSet<>();
    general.circumstances().forEach(c -> declared.add(c.id()));
    List<GeneralRules.Circumstance> circumstances = new ArrayList<>();
    for (GeneralCircumstance c : general.circumstances()) {
      circumstances.add(new GeneralRules.Circumstance(c.id(), c.label(),
          c.effect().map(GeneralLowering::effect), c.basis(),
          c.onlyFor().map(kind -> GeneralRules.PartyKind.valueOf(kind.name())),
          known(c.implies(), declared).stream().filter(id -> !id.equals(c.id())).toList()));
    }
    List<GeneralRules.Exclusion> exclusions = new ArrayList<>();
    for (GeneralExclusion e : general.exclusions()) {
      exclusions.add(new GeneralRules.Exclusion(known(e.circumstances(), declared), e.reason()));
    }
    List<GeneralRules.Adjustment> adjustments = new ArrayList<>();
    for (Adjustment a : general.adjustments()) {
      adjustments.add(new GeneralRules.Adjustment(kind(a.effect()),
          GeneralRules.Adjustment.Mode.valueOf(a.mode().name()), a.percent(), a.basis()));
    }
    List<GeneralRules.Limitation> limitations = new ArrayList<>();
    for (Limitation l : general.limitations()) {
      limitations.add(new GeneralRules.Limitation(l.months(), l.when().map(Ref::name), l.effective(), l.basis()));
    }
    List<GeneralRules.ProcedureRule> procedures = new ArrayList<>();
    for (ProcedureRule r : general.procedures()) {
      procedures.add(new GeneralRules.ProcedureRule(procedure(r.procedure()),
          r.threshold().map(t -> new GeneralRules.Threshold(
              GeneralRules.Operator.valueOf(t.operator().name()), t.amount())),
          r.party().map(p -> GeneralRules.PartyKind.valueOf(p.name())),
          r.when().map(Ref::name), r.basis()));
    }
    Map<String, GeneralRules.PartyKind> kinds = new LinkedHashMap<>();
    for (Party party : parties) {
      party.kind().ifPresent(k -> kinds.put(party.id(), GeneralRules.PartyKind.valueOf(k.name())));
    }
    return new GeneralRules(general.title(), circumstances, adjustments,
        general.combination().map(c -> new GeneralRules.Combination(
            GeneralRules.Combination.Rule.valueOf(c.rule().name()), c.basis())),
        limitations, procedures, kinds, exclusions);
  }

  private static List<String> known(List<Ref> refs, java.util.Set<String> declared) {
    return refs.stream().map(Ref::name).filter(declared::contains).distinct().toList();
  }

  /** The runtime's effect of a model effect. */
  public static GeneralEffect effect(Effect effect) {
    return new GeneralEffect(GeneralEffect.Modality.valueOf(effect.modality().name()), kind(effect.kind()));
  }

  /** The model's effect of a runtime effect. */
  static Effect effect(GeneralEffect effect) {
    return new Effect(Effect.Modality.valueOf(effect.modality().name()), Effect.Kind.valueOf(effect.kind().name()));
  }

  static GeneralEffect.Kind kind(Effect.Kind kind) {
    return GeneralEffect.Kind.valueOf(kind.name());
  }

  static GeneralRules.Procedure procedure(ProcedureRule.Procedure procedure) {
    return GeneralRules.Procedure.valueOf(procedure.name());
  }
}
