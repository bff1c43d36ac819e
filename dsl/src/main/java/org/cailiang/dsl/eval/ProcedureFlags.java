package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.eval.CaseOutcome.ProcedureFlag;
import org.cailiang.dsl.eval.CaseOutcome.Status;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.SanctionKind;

/**
 * The procedures an outcome triggers, one flag per procedure the general part declares: the
 * strongest of its rules. A fine threshold is weighed on the proposed fine when given, else on
 * every amount of the fines' ranges (all meet it, some do, none does).
 */
final class ProcedureFlags {
  /** 第五十一条 and 治安管理处罚法第一百一十九条: on the spot only 罚款或者警告 (责令改正 is no penalty). */
  private static final Set<SanctionKind> ON_THE_SPOT =
      EnumSet.of(SanctionKind.WARNING, SanctionKind.FINE, SanctionKind.ORDER);

  private ProcedureFlags() {}

  static List<ProcedureFlag> of(Standard standard, GeneralPart general, List<Sanction> sanctions,
      GeneralFacts facts) {
    Map<ProcedureRule.Procedure, ProcedureFlag> flags = new LinkedHashMap<>();
    for (ProcedureRule rule : general.procedures()) {
      ProcedureFlag flag = flag(standard, rule, sanctions, facts);
      flags.merge(rule.procedure(), flag,
          (a, b) -> b.status().ordinal() < a.status().ordinal() ? b : a);
    }
    return new ArrayList<>(flags.values());
  }

  private static ProcedureFlag flag(Standard standard, ProcedureRule rule, List<Sanction> sanctions,
      GeneralFacts facts) {
    if (rule.when().isPresent() && !facts.circumstances().contains(rule.when().get().name())) {
      return new ProcedureFlag(rule.procedure(), Status.DOES_NOT_APPLY, "", rule.basis());
    }
    List<Sanction> flat = flat(sanctions);
    if (rule.procedure() == ProcedureRule.Procedure.SIMPLIFIED && !onTheSpot(sanctions)) {
      return new ProcedureFlag(rule.procedure(), Status.DOES_NOT_APPLY, "处罚不限于罚款或者警告", rule.basis());
    }
    if (rule.procedure() == ProcedureRule.Procedure.HEARING) {
      Optional<Sanction> heavy = flat.stream()
          .filter(s -> s.kind() == SanctionKind.LICENCE || s.kind() == SanctionKind.SUSPENSION)
          .findFirst();
      if (heavy.isPresent()) {
        return new ProcedureFlag(rule.procedure(), Status.APPLIES, heavy.get().toChinese(), rule.basis());
      }
    }
    if (rule.threshold().isEmpty()) {
      String trigger = rule.when().map(r -> "情节 " + r.name()).orElse("");
      return new ProcedureFlag(rule.procedure(), Status.APPLIES, trigger, rule.basis());
    }
    ProcedureRule.Threshold threshold = rule.threshold().get();
    List<MoneyRange> ranges = new ArrayList<>();
    for (Sanction sanction : flat) {
      if (sanction instanceof Sanction.Fine fine && onParty(standard, fine, rule.party())) {
        ranges.add(fine.range());
      }
    }
    String party = rule.party().map(p -> "对" + p.label()).orElse("");
    String shown = party + threshold.label();
    boolean below = threshold.operator() == ProcedureRule.Operator.LE
        || threshold.operator() == ProcedureRule.Operator.LT;
    if (ranges.isEmpty()) {
      // No fine on such a party: an upper limit is met (a warning alone), a lower one is not.
      boolean fineless = below && (rule.party().isEmpty() || !hasFine(flat));
      return new ProcedureFlag(rule.procedure(), fineless ? Status.APPLIES : Status.DOES_NOT_APPLY,
          shown, rule.basis());
    }
    // The proposed fine is the one on the party whose range holds it; other parties' fines are
    // weighed on their ranges.
    if (facts.proposedFine().isPresent()
        && ranges.stream().anyMatch(range -> range.contains(facts.proposedFine().get()))) {
      BigDecimal fine = facts.proposedFine().get();
      return new ProcedureFlag(rule.procedure(),
          threshold.test(fine) ? Status.APPLIES : Status.DOES_NOT_APPLY,
          shown + "（拟罚款" + org.cailiang.runtime.internal.Amounts.format(fine) + "）", rule.basis());
    }
    boolean all = true;
    boolean some = false;
    for (MoneyRange range : ranges) {
      BigDecimal min = range.min() == null ? BigDecimal.ZERO : range.min();
      boolean lowMeets = threshold.test(min);
      boolean highMeets = range.max() == null ? !below : threshold.test(range.max());
      all &= lowMeets && highMeets;
      some |= lowMeets || highMeets;
    }
    Status status = all ? Status.APPLIES : some ? Status.DEPENDS_ON_AMOUNT : Status.DOES_NOT_APPLY;
    return new ProcedureFlag(rule.procedure(), status, shown, rule.basis());
  }

  /** Every sanction a fine, a warning or an order; of an alternative, at least one option. */
  private static boolean onTheSpot(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      boolean fits = sanction instanceof Sanction.Alternative alternative
          ? alternative.options().stream().anyMatch(o -> ON_THE_SPOT.contains(o.kind()))
          : ON_THE_SPOT.contains(sanction.kind());
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasFine(List<Sanction> sanctions) {
    return sanctions.stream().anyMatch(s -> s instanceof Sanction.Fine);
  }

  private static boolean onParty(Standard standard, Sanction.Fine fine, Optional<PartyKind> kind) {
    if (kind.isEmpty()) {
      return true;
    }
    return fine.parties().stream().anyMatch(p -> standard.party(p.id())
        .flatMap(org.cailiang.dsl.model.Party::kind).filter(kind.get()::equals).isPresent());
  }

  /** Alternatives opened up: any of their options may be the one imposed. */
  private static List<Sanction> flat(List<Sanction> sanctions) {
    List<Sanction> flat = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Alternative alternative) {
        flat.addAll(flat(alternative.options()));
      } else {
        flat.add(sanction);
      }
    }
    return flat;
  }
}
