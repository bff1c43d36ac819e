package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cailiang.dsl.eval.CaseOutcome.LimitationCheck;
import org.cailiang.dsl.eval.CaseOutcome.Option;
import org.cailiang.dsl.eval.CaseOutcome.Step;
import org.cailiang.dsl.eval.CaseOutcome.Verdict;
import org.cailiang.dsl.model.Adjustment;
import org.cailiang.dsl.model.Combination;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;

/**
 * Applies a general part to a table decision, in this order: the limitation period; 应当不予
 * (no penalty, the tier's orders kept); 应当从重; 应当从轻/减轻 (the strongest of them, once, citing
 * every circumstance that calls for it); then each 可以 effect offered on the result, never
 * applied. When 应当 lighter and heavier effects meet, the declared combination rule decides.
 */
public final class GeneralEvaluation {
  /** 第三十三条第三款, as docs/law/行政处罚法-2021.md quotes it. */
  static final String EDUCATION = "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育"
      + "（《中华人民共和国行政处罚法》第三十三条第三款）";

  private GeneralEvaluation() {}

  /**
   * The outcome of a decision under the general part.
   *
   * @throws IllegalArgumentException when a circumstance is not declared in the general part
   */
  public static CaseOutcome decide(
      Standard standard, GeneralPart general, Decision decision, GeneralFacts facts) {
    List<GeneralCircumstance> set = new ArrayList<>();
    for (String id : facts.circumstances()) {
      set.add(general.circumstance(id).orElseThrow(() -> new IllegalArgumentException(
          "未知的总则情节 " + id + "：可用 " + general.circumstances().stream()
              .map(c -> c.id() + "（" + c.label() + "）").collect(Collectors.joining("、")))));
    }
    // Source order, not the order the officer typed them: the outcome must not depend on it.
    set.sort((a, b) -> Integer.compare(general.circumstances().indexOf(a), general.circumstances().indexOf(b)));
    Optional<LimitationCheck> limitation = limitation(general, facts);
    List<Sanction> orders = decision.sanctions().stream()
        .filter(s -> s instanceof Sanction.Order).toList();
    if (limitation.isPresent() && limitation.get().expired()) {
      return outcome(standard, general, decision, Verdict.TIME_BARRED, List.of(), List.of(),
          List.of(), limitation, facts);
    }
    List<GeneralCircumstance> waivers = with(set, Effect.Modality.SHALL, Effect.Kind.WAIVE);
    if (!waivers.isEmpty()) {
      Step step = new Step(labels(waivers), waivers.get(0).effect().get(), bases(waivers),
          "不予行政处罚，保留责令改正", orders);
      return outcome(standard, general, decision, Verdict.WAIVED, List.of(step), orders, List.of(),
          limitation, facts);
    }
    List<Step> steps = new ArrayList<>();
    List<Sanction> current = decision.sanctions();
    List<GeneralCircumstance> heavier = with(set, Effect.Modality.SHALL, Effect.Kind.HEAVIER);
    List<GeneralCircumstance> lighter = set.stream().filter(c -> shall(c) && c.effect().get().kind().lighter()).toList();
    Optional<Combination> combination = general.combination();
    if (!heavier.isEmpty() && !lighter.isEmpty() && combination.isPresent()
        && combination.get().rule() == Combination.Rule.OFFSET) {
      List<GeneralCircumstance> both = new ArrayList<>(heavier);
      both.addAll(lighter);
      steps.add(new Step(labels(both), heavier.get(0).effect().get(), bases(both) + joinBasis(combination.get().basis()),
          combination.get().rule().label(), current));
    } else {
      if (!heavier.isEmpty()) {
        Adjustment rule = general.adjustment(Effect.Kind.HEAVIER).orElseThrow();
        current = RangeMoves.fines(current, r -> RangeMoves.move(r, rule));
        steps.add(new Step(labels(heavier), heavier.get(0).effect().get(), bases(heavier),
            describe(rule), current));
      }
      if (!lighter.isEmpty()) {
        Effect strongest = strongest(lighter);
        current = lighten(general, current, strongest.kind());
        steps.add(new Step(labels(lighter), strongest, bases(lighter), describeLighter(general, strongest.kind()), current));
      }
    }
    List<Option> options = new ArrayList<>();
    for (GeneralCircumstance circumstance : set) {
      Effect effect = circumstance.effect().orElse(null);
      if (effect == null || effect.modality() != Effect.Modality.MAY) {
        continue;
      }
      List<Sanction> result = switch (effect.kind()) {
        case WAIVE -> orders;
        case HEAVIER -> RangeMoves.fines(current, r -> RangeMoves.move(r, general.adjustment(Effect.Kind.HEAVIER).orElseThrow()));
        default -> lighten(general, current, effect.kind());
      };
      options.add(new Option(circumstance.label(), effect, circumstance.basis(), result));
    }
    return outcome(standard, general, decision, Verdict.PUNISHED, steps, current, options, limitation, facts);
  }

  private static CaseOutcome outcome(Standard standard, GeneralPart general, Decision decision,
      Verdict verdict, List<Step> steps, List<Sanction> sanctions, List<Option> options,
      Optional<LimitationCheck> limitation, GeneralFacts facts) {
    if (verdict == Verdict.PUNISHED && facts.proposedFine().isPresent()) {
      requireWithin(facts.proposedFine().get(), sanctions);
    }
    List<CaseOutcome.ProcedureFlag> flags = verdict == Verdict.PUNISHED
        ? ProcedureFlags.of(standard, general, sanctions, facts) : List.of();
    CaseOutcome draft = new CaseOutcome(decision, verdict, steps, sanctions, options, flags, limitation, "");
    return new CaseOutcome(decision, verdict, steps, sanctions, options, flags, limitation,
        OutcomeText.explain(draft));
  }

  /** A proposed fine must be one the outcome allows: flags for another amount would mislead. */
  private static void requireWithin(BigDecimal fine, List<Sanction> sanctions) {
    List<MoneyRange> ranges = new ArrayList<>();
    collectFines(sanctions, ranges);
    if (ranges.stream().noneMatch(range -> range.contains(fine))) {
      throw new IllegalArgumentException("拟罚款 " + Amounts.format(fine) + " 不在可处罚款的幅度内（"
          + (ranges.isEmpty() ? "本案不处罚款" : ranges.stream().map(MoneyRange::toChinese)
              .collect(Collectors.joining("、"))) + "）");
    }
  }

  private static void collectFines(List<Sanction> sanctions, List<MoneyRange> ranges) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine fine) {
        ranges.add(fine.range());
      } else if (sanction instanceof Sanction.Alternative alternative) {
        collectFines(alternative.options(), ranges);
      }
    }
  }

  /**
   * 第三十六条: a period from the act (its end) to the discovery; the first conditional period
   * whose circumstance holds, else the one without a condition. "在二年内未被发现": discovered on the
   * last day of the period is within it.
   */
  private static Optional<LimitationCheck> limitation(GeneralPart general, GeneralFacts facts) {
    if (facts.actDate().isEmpty() || facts.discoveryDate().isEmpty() || general.limitations().isEmpty()) {
      return Optional.empty();
    }
    if (facts.discoveryDate().get().isBefore(facts.actDate().get())) {
      // A limitation counted backwards would silently call any act "discovered in time".
      throw new IllegalArgumentException("发现日期 " + facts.discoveryDate().get() + " 早于违法行为发生日期 "
          + facts.actDate().get());
    }
    Limitation chosen = general.limitations().stream()
        .filter(l -> l.when().isPresent() && facts.circumstances().contains(l.when().get().name()))
        .findFirst()
        .or(() -> general.limitations().stream().filter(l -> l.when().isEmpty()).findFirst())
        .orElse(null);
    if (chosen == null) {
      return Optional.empty();
    }
    boolean expired = facts.discoveryDate().get().isAfter(facts.actDate().get().plusMonths(chosen.months()));
    return Optional.of(new LimitationCheck(chosen.label(), expired, chosen.basis()));
  }

  private static List<Sanction> lighten(GeneralPart general, List<Sanction> current, Effect.Kind kind) {
    Adjustment lower = general.adjustment(Effect.Kind.LIGHTER).orElse(null);
    Adjustment floor = general.adjustment(Effect.Kind.REDUCED).orElse(null);
    return switch (kind) {
      case LIGHTER -> RangeMoves.fines(current, r -> RangeMoves.move(r, lower));
      case REDUCED -> RangeMoves.fines(current, r -> RangeMoves.move(r, floor));
      default -> RangeMoves.fines(current,
          r -> RangeMoves.span(RangeMoves.move(r, floor), RangeMoves.move(r, lower)));
    };
  }

  /** 减轻 goes furthest, then 从轻或者减轻, then 从轻: one step for all of them. */
  private static Effect strongest(List<GeneralCircumstance> lighter) {
    Effect best = lighter.get(0).effect().get();
    for (GeneralCircumstance circumstance : lighter) {
      Effect effect = circumstance.effect().get();
      if (rank(effect.kind()) > rank(best.kind())) {
        best = effect;
      }
    }
    return best;
  }

  private static int rank(Effect.Kind kind) {
    return switch (kind) {
      case REDUCED -> 3;
      case LIGHTER_OR_REDUCED -> 2;
      default -> 1;
    };
  }

  private static String describeLighter(GeneralPart general, Effect.Kind kind) {
    return switch (kind) {
      case LIGHTER -> describe(general.adjustment(Effect.Kind.LIGHTER).orElseThrow());
      case REDUCED -> describe(general.adjustment(Effect.Kind.REDUCED).orElseThrow());
      default -> "从轻（" + describe(general.adjustment(Effect.Kind.LIGHTER).orElseThrow()) + "）或者减轻（"
          + describe(general.adjustment(Effect.Kind.REDUCED).orElseThrow()) + "），由执法人员择一";
    };
  }

  static String describe(Adjustment adjustment) {
    String percent = adjustment.percent().stripTrailingZeros().toPlainString() + "%";
    return switch (adjustment.mode()) {
      case LOWER -> "在阶次罚款幅度的下段 " + percent + " 内处罚";
      case UPPER -> "在阶次罚款幅度的上段 " + percent + " 内处罚";
      case FLOOR -> "在阶次最低罚款以下处罚，但不低于最低罚款的 " + percent;
    };
  }

  private static boolean shall(GeneralCircumstance c) {
    return c.effect().isPresent() && c.effect().get().modality() == Effect.Modality.SHALL;
  }

  private static List<GeneralCircumstance> with(
      List<GeneralCircumstance> set, Effect.Modality modality, Effect.Kind kind) {
    return set.stream().filter(c -> c.effect().isPresent() && c.effect().get().modality() == modality
        && c.effect().get().kind() == kind).toList();
  }

  private static List<String> labels(List<GeneralCircumstance> circumstances) {
    return circumstances.stream().map(GeneralCircumstance::label).toList();
  }

  private static String bases(List<GeneralCircumstance> circumstances) {
    return circumstances.stream().map(GeneralCircumstance::basis).filter(b -> !b.isBlank())
        .distinct().collect(Collectors.joining("、"));
  }

  private static String joinBasis(String basis) {
    return basis.isBlank() ? "" : "、" + basis;
  }
}
