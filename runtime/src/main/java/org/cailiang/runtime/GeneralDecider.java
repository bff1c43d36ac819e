package org.cailiang.runtime;

import org.cailiang.runtime.internal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.runtime.CaseDecision.LimitationCheck;
import org.cailiang.runtime.CaseDecision.Option;
import org.cailiang.runtime.CaseDecision.Step;
import org.cailiang.runtime.CaseDecision.Verdict;
import org.cailiang.runtime.GeneralEffect.Kind;
import org.cailiang.runtime.GeneralEffect.Modality;
import org.cailiang.runtime.GeneralRules.Adjustment;
import org.cailiang.runtime.GeneralRules.Circumstance;
import org.cailiang.runtime.GeneralRules.Combination;
import org.cailiang.runtime.GeneralRules.Limitation;

/**
 * Applies general rules to a table decision, in this order: the limitation period; 应当不予 (no
 * penalty, the tier's orders and referrals kept); 应当从重; 应当从轻/减轻 (the strongest of them, once, citing every
 * circumstance that calls for it); 应当不执行行政拘留 on the detention those left; then each 可以
 * effect offered on the result, never applied.
 * When 应当 lighter and heavier effects meet, the declared combination rule decides. The one
 * implementation: the interpreter and generated code both call it.
 */
final class GeneralDecider {
  private GeneralDecider() {}

  static CaseDecision decide(GeneralRules given, Decision decision, GeneralFacts facts,
      Statute statute) {
    java.util.Objects.requireNonNull(decision, "decision");
    java.util.Objects.requireNonNull(facts, GeneralFacts.NULL_MESSAGE);
    java.util.Objects.requireNonNull(statute, "statute");
    // Whoever the tier detains is a natural person, for circumstances and procedures alike.
    GeneralRules rules = PartyScopes.withDetainedAsPersons(given, decision.sanctions());
    List<Circumstance> set = new ArrayList<>();
    // Source order, not the order the officer typed them: the outcome must not depend on it.
    for (Circumstance circumstance : rules.circumstances()) {
      if (facts.circumstances().contains(circumstance.id())) {
        set.add(circumstance);
      }
    }
    List<Circumstance> held = List.copyOf(set);
    set.replaceAll(circumstance -> impliedLabelled(circumstance, held));
    if (set.size() < facts.circumstances().size()) {
      String unknown = facts.circumstances().stream()
          .filter(id -> rules.circumstances().stream().noneMatch(c -> c.id().equals(id)))
          .sorted().findFirst().orElse("");
      StringBuilder known = new StringBuilder();
      for (Circumstance c : rules.circumstances()) {
        known.append(known.length() == 0 ? "" : "、").append(c.id()).append('（').append(c.label()).append('）');
      }
      throw new InvalidGeneralFactsException("未知的总则情节 " + unknown + "：可用 " + known);
    }
    if (decision.handedOver()) {
      // 第二十七条: a suspected crime goes to the judicial organs whatever the circumstances and
      // whenever it was discovered — 第三十六条 bars administrative penalties, not a referral.
      return outcome(rules, decision, Verdict.HANDED_OVER, List.of(), decision.sanctions(), List.of(),
          Optional.empty(), facts, List.of());
    }
    Optional<LimitationCheck> limitation = limitation(rules, facts);
    if (limitation.isPresent() && limitation.get().expired()) {
      return outcome(rules, decision, Verdict.TIME_BARRED, List.of(), List.of(), List.of(),
          limitation, facts, org.cailiang.runtime.internal.CaseJson.measuresAfterLimitation(decision.sanctions())
              .stream().toList());
    }
    if (imposesNoPenalty(decision)) {
      // The tier itself is 不予处罚: there is no penalty to lighten and no procedure to flag.
      return outcome(rules, decision, Verdict.WAIVED, List.of(), decision.sanctions(), List.of(),
          limitation, facts, List.of());
    }
    if (ordersOnly(decision.sanctions())) {
      // Only orders (and referrals that do not end the case): nothing to lighten, no penalty
      // decision whose procedure could be flagged.
      // A circumstance given has nothing to act on; the officer is told, not left to wonder
      // (legal review: 不满十四周岁 vanished without a word).
      // 第三十条、第三十一条 attach the guardian's order to the act, not to a penalty waived: a
      // child under fourteen on an orders-only tier still gets 责令监护人加以管教 (legal review);
      // its circumstance is said once, with the order, not also as not applying (re-review).
      List<Circumstance> waivers = with(set, Modality.SHALL, Kind.WAIVE).stream()
          .filter(c -> !GuardianMeasures.of(List.of(c)).isEmpty()).toList();
      List<Circumstance> idle = set.stream().filter(c -> !waivers.contains(c)).toList();
      List<String> notes = new ArrayList<>();
      if (!idle.isEmpty()) {
        notes.add(OfficerNotes.NOT_APPLIED + String.join("、", idle.stream().map(Circumstance::label).toList())
            + "」：本阶次没有行政处罚，不适用");
      }
      if (!waivers.isEmpty()) {
        notes.add(OfficerNotes.guardianMeasures(labels(waivers), bases(waivers),
            GuardianMeasures.of(waivers)));
      }
      return outcome(rules, decision, Verdict.ORDERS_ONLY, List.of(),
          withMeasures(decision.sanctions(), waivers), List.of(), limitation, facts, notes);
    }
    // A fine of "单位、个人" (not 分别) punishes whichever the party is; a circumstance only a
    // person can have (未成年) says it is the person (legal review: it was refused as if both
    // were fined together, and the procedures stayed 视当事人…而定).
    java.util.Set<GeneralRules.PartyKind> kinds = new java.util.HashSet<>();
    set.forEach(c -> c.onlyFor().ifPresent(kinds::add));
    List<Sanction> ofTheParty = kinds.size() == 1
        ? ProcedureChecks.narrowed(rules, decision.sanctions(), kinds.iterator().next())
        : decision.sanctions();
    // Circumstances of one kind of party split the sanctions by party (PartyScopes).
    Adjusted adjusted = set.stream().allMatch(c -> c.onlyFor().isEmpty())
        ? adjust(rules, ofTheParty, set, statute)
        : PartyScopes.adjust(rules, ofTheParty, set, statute,
            (sanctions, circumstances) -> adjust(rules, sanctions, circumstances, statute));
    return outcome(rules, decision, adjusted.verdict(), adjusted.steps(), adjusted.sanctions(),
        adjusted.options(), limitation, facts, adjusted.unresolved());
  }

  /**
   * A circumstance another one that holds implies, its label saying so: the officer gave
   * 已满十四周岁不满十六周岁, and the step cites 已满十四周岁不满十八周岁 for it.
   */
  private static Circumstance impliedLabelled(Circumstance circumstance, List<Circumstance> set) {
    for (Circumstance other : set) {
      if (other.implies().contains(circumstance.id())) {
        return new Circumstance(circumstance.id(), circumstance.label() + "（由「" + other.label()
            + "」推出）", circumstance.effect(), circumstance.basis(), circumstance.onlyFor(),
            circumstance.implies());
      }
    }
    return circumstance;
  }

  /**
   * What the circumstances that hold make of some sanctions: the verdict, the steps, the
   * sanctions after them, the options and what is left to the officer.
   */
  record Adjusted(Verdict verdict, List<Step> steps, List<Sanction> sanctions,
      List<Option> options, List<String> unresolved) {}

  /**
   * 应当不予 (the orders and referrals kept), else 应当从重 and 应当从轻/减轻 (the strongest, once, or offset),
   * then each 可以 effect offered on the result. A punished outcome's sanctions are the given ones,
   * one for one, moved.
   */
  private static Adjusted adjust(GeneralRules rules, List<Sanction> sanctions,
      List<Circumstance> set, Statute statute) {
    // What 不予 keeps: the orders, and the referrals — no penalties, and criminal liability is not
    // the administrative case's to waive (integrator: a waived C05846 lost 构成犯罪的，依法追究刑事责任).
    List<Sanction> measures = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Order || sanction instanceof Sanction.Referral) {
        measures.add(sanction);
      }
    }
    List<Circumstance> waivers = with(set, Modality.SHALL, Kind.WAIVE);
    if (!waivers.isEmpty()) {
      List<Sanction> kept = new ArrayList<>(measures);
      kept.addAll(GuardianMeasures.of(waivers));
      boolean referring = measures.stream().anyMatch(Sanction.Referral.class::isInstance);
      Step step = new Step(labels(waivers), waivers.get(0).effect().get(), bases(waivers),
          referring ? "不予行政处罚，保留责令改正等措施与移送提示" : "不予行政处罚，保留责令改正等措施", sanctions, kept);
      // Whether 不予处罚 also spares the confiscation is disputed (第二十八条第二款 says 违法所得
      // 应当予以没收): not decided here, not dropped silently.
      List<String> confiscations = new ArrayList<>();
      noteConfiscations(sanctions, OfficerNotes::confiscationWaived, confiscations);
      return new Adjusted(Verdict.WAIVED, List.of(step), kept, List.of(), confiscations);
    }
    List<Step> steps = new ArrayList<>();
    List<Sanction> current = sanctions;
    List<Circumstance> heavier = with(set, Modality.SHALL, Kind.HEAVIER);
    List<Circumstance> lighter = new ArrayList<>();
    for (Circumstance c : set) {
      if (c.effect().isPresent() && c.effect().get().modality() == Modality.SHALL
          && c.effect().get().kind().lighter()) {
        lighter.add(c);
      }
    }
    Optional<Combination> combination = rules.combination();
    List<String> unresolved = new ArrayList<>();
    if (!heavier.isEmpty() && !lighter.isEmpty() && combination.isPresent()
        && combination.get().rule() == Combination.Rule.OFFSET) {
      List<Circumstance> both = new ArrayList<>(heavier);
      both.addAll(lighter);
      String basis = combination.get().basis();
      GeneralEffect strongest = strongest(lighter);
      List<Sanction> before = current;
      // The step carries one effect; the rule names the other, so that neither reads as applied
      // alone ("应当从重处罚：相互抵销" said 从重 was done).
      GeneralEffect heavierEffect = heavier.get(0).effect().get();
      String rule = "同时" + (strongest.kind() == Kind.REDUCED ? heavierEffect : strongest).label()
          + "，" + combination.get().rule().label();
      if (strongest.kind() == Kind.REDUCED) {
        // Offsetting would leave the tier's range, at or above the statutory minimum: 应当减轻
        // would not be done at all. 从重 cannot lift a reduction the law requires.
        current = lighten(rules, current, Kind.REDUCED, statute, unresolved);
        rule += "；但应当减轻处罚，从重情节不能抵销："
            + describeLighter(rules, Kind.REDUCED, unresolved);
      }
      steps.add(new Step(labels(both), strongest.kind() == Kind.REDUCED ? strongest : heavierEffect,
          bases(both, basis), rule, before, current));
    } else {
      if (!heavier.isEmpty()) {
        Adjustment rule = rules.adjustment(Kind.HEAVIER).orElseThrow();
        List<Sanction> before = current;
        current = FineMoves.apply(current, rule, rule, statute, unresolved);
        steps.add(new Step(labels(heavier), heavier.get(0).effect().get(), bases(heavier),
            rule.describe(), before, current));
      }
      if (!lighter.isEmpty()) {
        GeneralEffect strongest = strongest(lighter);
        List<Sanction> before = current;
        current = lighten(rules, current, strongest.kind(), statute, unresolved);
        steps.add(new Step(labels(lighter), strongest, bases(lighter),
            describeLighter(rules, strongest.kind(), unresolved), before, current));
      }
    }
    List<Circumstance> notExecuted = with(set, Modality.SHALL, Kind.NOT_EXECUTED);
    if (!notExecuted.isEmpty() && hasExecutedDetention(current)) {
      // Last: the detention not executed is the one the other effects decided.
      List<Sanction> before = current;
      current = withMeasures(notExecuted(current), notExecuted);
      steps.add(new Step(labels(notExecuted), notExecuted.get(0).effect().get(),
          bases(notExecuted), NOT_EXECUTED_RULE, before, current));
    }
    if (!heavier.isEmpty() && !lighter.isEmpty()) {
      Kind strongest = strongest(lighter).kind();
      boolean offset = combination.isPresent()
          && combination.get().rule() == Combination.Rule.OFFSET;
      // Offset, 从轻或者减轻 and 从重 cancel out; 应当减轻 is never offset (see above). A reduction
      // that could not be computed (no statutory minimum) already leaves the whole to the officer.
      boolean reduced = unresolved.isEmpty();
      if (reduced && (strongest == Kind.REDUCED || strongest == Kind.LIGHTER_OR_REDUCED && !offset)) {
        unresolved.add(OfficerNotes.heavierUnshown(String.join("、", labels(heavier)),
            strongest == Kind.LIGHTER_OR_REDUCED));
      }
    }
    List<Option> options = new ArrayList<>();
    for (Circumstance circumstance : set) {
      GeneralEffect effect = circumstance.effect().orElse(null);
      if (effect == null || effect.modality() != Modality.MAY
          // Nothing to offer when no detention is left to execute (none, or 应当不执行 already).
          || effect.kind() == Kind.NOT_EXECUTED && !hasExecutedDetention(current)) {
        continue;
      }
      List<Sanction> base = current;
      if (effect.kind() == Kind.WAIVE) {
        // As for 应当不予: whether the confiscation goes too is the officer's to decide.
        noteConfiscations(sanctions, OfficerNotes::confiscationIfWaived, unresolved);
      }
      List<Sanction> result = switch (effect.kind()) {
        case WAIVE -> measures;
        case NOT_EXECUTED -> withMeasures(notExecuted(base), List.of(circumstance));
        case HEAVIER -> FineMoves.apply(base, rules.adjustment(Kind.HEAVIER).orElseThrow(),
            rules.adjustment(Kind.HEAVIER).orElseThrow(), statute, unresolved);
        default -> lighten(rules, base, effect.kind(), statute, unresolved);
      };
      options.add(new Option(circumstance.label(), effect, circumstance.basis(), result));
    }
    return new Adjusted(Verdict.PUNISHED, steps, current, options, unresolved);
  }

  /** What a 不执行行政拘留 step says it did. */
  static final String NOT_EXECUTED_RULE = "决定给予的行政拘留处罚不执行";

  private static boolean hasExecutedDetention(List<Sanction> sanctions) {
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Detention detention && detention.executed()) {
        return true;
      }
    }
    return false;
  }

  /** The sanctions with every detention, also one an alternative offers, marked not executed. */
  private static List<Sanction> notExecuted(List<Sanction> sanctions) {
    List<Sanction> marked = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Detention detention) {
        marked.add(detention.notExecuted());
      } else if (sanction instanceof Sanction.Alternative alternative) {
        marked.add(new Sanction.Alternative(notExecuted(alternative.options()),
            alternative.optional()));
      } else {
        marked.add(sanction);
      }
    }
    return List.copyOf(marked);
  }

  /** The sanctions, then the measures the circumstances' bases call for (第二十四条), each once. */
  private static List<Sanction> withMeasures(List<Sanction> sanctions,
      List<Circumstance> circumstances) {
    List<Sanction> all = new ArrayList<>(sanctions);
    for (Sanction measure : GuardianMeasures.of(circumstances)) {
      if (!all.contains(measure)) {
        all.add(measure);
      }
    }
    return List.copyOf(all);
  }

  /** A note for each confiscation among the sanctions, once each. */
  private static void noteConfiscations(List<Sanction> sanctions,
      java.util.function.Function<String, String> note, List<String> notes) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Confiscation confiscation
          && !notes.contains(note.apply(confiscation.what()))) {
        notes.add(note.apply(confiscation.what()));
      }
    }
  }

  private static CaseDecision outcome(GeneralRules rules, Decision decision, Verdict verdict,
      List<Step> steps, List<Sanction> sanctions, List<Option> options,
      Optional<LimitationCheck> limitation, GeneralFacts facts, List<String> unresolved) {
    if ((verdict == Verdict.PUNISHED || verdict == Verdict.ORDERS_ONLY)
        && facts.proposedFine().isPresent()) {
      // Orders only: no fine to propose (legal review: --fine was accepted silently).
      requireWithin(facts.proposedFine().get(), sanctions);
    }
    List<CaseDecision.ProcedureFlag> flags = verdict == Verdict.PUNISHED
        ? ProcedureChecks.of(rules, sanctions, facts) : List.of();
    CaseDecision draft = new CaseDecision(decision, verdict, steps, sanctions, options, flags,
        limitation, "", unresolved);
    return new CaseDecision(decision, verdict, steps, sanctions, options, flags, limitation,
        CaseText.explain(draft, rules), unresolved);
  }

  /** Said after flags another version's general part set. */
  static final String PROCEDURES_IN_FORCE =
      "以上程序依作出处罚决定时施行的%s的规定（实体问题适用旧法规定，程序问题适用新法规定）。";

  /**
   * An outcome {@code own} decided, revised for the law in time: its procedure flags set by
   * {@code procedural} (程序从新; null or the same procedures: unchanged) and {@code notes} for
   * the officer added; the explanation said again from the outcome's parts, so notes are added
   * before the flags are moved. Unchanged when there is nothing to revise.
   */
  static CaseDecision revise(GeneralRules own, GeneralRules procedural, CaseDecision outcome,
      GeneralFacts facts, List<String> notes) {
    boolean reflag = procedural != null && outcome.verdict() == Verdict.PUNISHED
        && !procedural.procedures().equals(own.procedures());
    List<String> unresolved = new ArrayList<>(outcome.unresolved());
    notes.stream().filter(note -> !unresolved.contains(note)).forEach(unresolved::add);
    if (!reflag && unresolved.size() == outcome.unresolved().size()) {
      return outcome;
    }
    List<CaseDecision.ProcedureFlag> flags = outcome.procedures();
    if (reflag) {
      // The parties are this decision's: their kinds only as its own standard declares them.
      GeneralRules rules = PartyScopes.withDetainedAsPersons(new GeneralRules(procedural.title(),
          procedural.circumstances(), procedural.adjustments(), procedural.combination(),
          procedural.limitations(), procedural.procedures(), own.partyKinds(),
          procedural.exclusions()),
          outcome.decision().sanctions());
      flags = ProcedureChecks.of(rules, outcome.sanctions(), facts);
    }
    CaseDecision draft = new CaseDecision(outcome.decision(), outcome.verdict(), outcome.steps(),
        outcome.sanctions(), outcome.options(), flags, outcome.limitation(), "", unresolved);
    String text = CaseText.explain(draft,
        PartyScopes.withDetainedAsPersons(own, outcome.decision().sanctions()));
    if (reflag) {
      text += PROCEDURES_IN_FORCE.formatted(procedural.title());
    }
    return new CaseDecision(outcome.decision(), outcome.verdict(), outcome.steps(),
        outcome.sanctions(), outcome.options(), flags, outcome.limitation(), text, unresolved);
  }

  /** A proposed fine must be one the outcome allows: flags for another amount would mislead. */
  private static void requireWithin(BigDecimal fine, List<Sanction> sanctions) {
    List<MoneyRange> ranges = new ArrayList<>();
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine f) {
        ranges.add(f.range());
      }
    }
    for (MoneyRange range : ranges) {
      if (range.contains(fine)) {
        return;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (MoneyRange range : ranges) {
      shown.append(shown.length() == 0 ? "" : "、").append(range.toChinese());
    }
    throw new InvalidGeneralFactsException("拟罚款 " + Amounts.format(fine) + " 不在可处罚款的幅度内（"
        + (ranges.isEmpty() ? "本案不处罚款" : shown) + "）", true);
  }

  /**
   * 第三十六条: a period from the act (its end) to the discovery; the first conditional period
   * whose circumstance holds, else the one without a condition. "在二年内未被发现": discovered on
   * the last day of the period is within it.
   */
  static Optional<LimitationCheck> limitation(GeneralRules rules, GeneralFacts facts) {
    // Hostile re-check: an act of 2099 without a discovery date was decided; the command line and
    // the dated call refuse it.
    facts.actDate().filter(org.cailiang.runtime.internal.ChinaDay::isFuture).ifPresent(act -> {
      throw new InvalidDatesException("违法行为发生日期 " + act + " 晚于今天（"
          + org.cailiang.runtime.internal.ChinaDay.today() + "，北京时间）：违法行为不能在将来发生");
    });
    if (facts.actDate().isEmpty() || facts.discoveryDate().isEmpty()
        || rules.limitations().isEmpty()) {
      return Optional.empty();
    }
    var act = facts.actDate().get();
    var discovery = facts.discoveryDate().get();
    if (discovery.isBefore(act)) {
      // A limitation counted backwards would silently call any act "discovered in time".
      throw new InvalidDatesException("发现日期 " + discovery + " 早于违法行为发生日期 " + act);
    }
    // Integrator's review: a mistyped year (2099) made any case time-barred, 不再给予行政处罚. A
    // case with a decision date is refused beside it (CodeInTime); without one, the decision is
    // made today, in China's time, whatever the server's zone.
    if (org.cailiang.runtime.internal.ChinaDay.isFuture(discovery)) {
      throw new InvalidDatesException("发现日期 " + discovery + " 晚于今天（"
          + org.cailiang.runtime.internal.ChinaDay.today() + "，北京时间）：违法行为不能在将来被发现");
    }
    Limitation chosen = null;
    // A period that took effect after the act is not the act's (supervisor: 2021's five years
    // revived the expired two years of a 2019 act): said in the basis, the earlier period applies.
    Limitation later = null;
    for (Limitation l : rules.limitations()) {
      if (l.when().isPresent() && facts.circumstances().contains(l.when().get())) {
        if (l.coversActOf(act)) {
          chosen = l;
          break;
        }
        later = later == null ? l : later;
      }
    }
    for (Limitation l : rules.limitations()) {
      if (chosen == null && l.when().isEmpty() && l.coversActOf(act)) {
        chosen = l;
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    var lastDay = act.plusMonths(chosen.months());
    String basis = later == null ? chosen.basis() : chosen.basis() + "；" + later.label() + "的期限自"
        + later.effective().orElseThrow() + "起施行，违法行为发生在此前，适用违法行为发生时的规定（《中华人民共和国行政处罚法》第三十七条）";
    return Optional.of(new LimitationCheck(chosen.label(), chosen.months(), act, discovery,
        lastDay, discovery.isAfter(lastDay), basis));
  }

  /** An {@code exempt} tier: the checks allow nothing beside it but orders and referrals. */
  static boolean imposesNoPenalty(Decision decision) {
    for (Sanction sanction : decision.sanctions()) {
      if (sanction instanceof Sanction.NoPenalty) {
        return true;
      }
    }
    return false;
  }

  /** Orders (责令改正 …) and no penalty: {@link #imposesAnyPenalty} false, an order there. */
  static boolean ordersOnly(List<Sanction> sanctions) {
    return !imposesAnyPenalty(sanctions) && sanctions.stream().anyMatch(s -> s instanceof Sanction.Order
        || s instanceof Sanction.Alternative alternative && ordersOnly(alternative.options()));
  }

  /**
   * Whether any of the sanctions is an administrative penalty (第九条), one the officer may
   * choose included: orders, referrals and 不予处罚 are not.
   */
  static boolean imposesAnyPenalty(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      boolean penalty = sanction instanceof Sanction.Alternative alternative
          ? imposesAnyPenalty(alternative.options())
          : !(sanction instanceof Sanction.Order || sanction instanceof Sanction.Referral
              || sanction instanceof Sanction.NoPenalty);
      if (penalty) {
        return true;
      }
    }
    return false;
  }

  private static List<Sanction> lighten(GeneralRules rules, List<Sanction> current, Kind kind,
      Statute statute, List<String> unresolved) {
    Adjustment lower = rules.adjustment(Kind.LIGHTER).orElse(null);
    Adjustment floor = rules.adjustment(Kind.REDUCED).orElse(null);
    return switch (kind) {
      case LIGHTER -> FineMoves.apply(current, lower, lower, statute, unresolved);
      case REDUCED -> FineMoves.apply(current, floor, floor, statute, unresolved);
      default -> FineMoves.apply(current, floor, lower, statute, unresolved);
    };
  }

  /** 减轻 goes furthest, then 从轻或者减轻, then 从轻: one step for all of them. */
  private static GeneralEffect strongest(List<Circumstance> lighter) {
    GeneralEffect best = lighter.get(0).effect().get();
    for (Circumstance circumstance : lighter) {
      GeneralEffect effect = circumstance.effect().get();
      if (rank(effect.kind()) > rank(best.kind())) {
        best = effect;
      }
    }
    return best;
  }

  private static int rank(Kind kind) {
    return switch (kind) {
      case REDUCED -> 3;
      case LIGHTER_OR_REDUCED -> 2;
      default -> 1;
    };
  }

  /**
   * The rule in words; when 减轻 had no statutory minimum to go below ({@code unresolved}), what
   * it means instead: a lighter kind of penalty or the officer's decision, never the tier's.
   */
  private static String describeLighter(GeneralRules rules, Kind kind, List<String> unresolved) {
    String rule = switch (kind) {
      case LIGHTER -> rules.adjustment(Kind.LIGHTER).orElseThrow().describe();
      case REDUCED -> rules.adjustment(Kind.REDUCED).orElseThrow().describe();
      default -> "从轻（" + rules.adjustment(Kind.LIGHTER).orElseThrow().describe() + "）或者减轻（"
          + rules.adjustment(Kind.REDUCED).orElseThrow().describe() + "），由执法人员择一";
    };
    if (kind == Kind.LIGHTER || unresolved.isEmpty()) {
      return rule;
    }
    // No article says which lighter kind: only one the violation's own 罚则 provides is lawful
    // (治安管理处罚法 has its own list of kinds), so the officer decides, and nothing is computed.
    return rule + "；" + String.join("；", unresolved) + "，减轻处罚的数额无从在法定最低限以下计算，由执法人员"
        + "依法决定（如改处本违法行为罚则规定的较轻种类的处罚），未自动计算"
        + (kind == Kind.REDUCED ? "，相应幅度未作减轻" : "，相应幅度为从轻的幅度");
  }

  private static List<Circumstance> with(List<Circumstance> set, Modality modality, Kind kind) {
    List<Circumstance> found = new ArrayList<>();
    for (Circumstance c : set) {
      if (c.effect().isPresent() && c.effect().get().modality() == modality
          && c.effect().get().kind() == kind) {
        found.add(c);
      }
    }
    return found;
  }

  private static List<String> labels(List<Circumstance> circumstances) {
    List<String> labels = new ArrayList<>();
    circumstances.forEach(c -> labels.add(c.label()));
    return labels;
  }

  private static String bases(List<Circumstance> circumstances) {
    return bases(circumstances, "");
  }

  /** The circumstances' bases, then {@code more} (a combination's), each once. */
  private static String bases(List<Circumstance> circumstances, String more) {
    List<String> bases = new ArrayList<>();
    for (Circumstance c : circumstances) {
      if (!c.basis().isBlank() && !bases.contains(c.basis())) {
        bases.add(c.basis());
      }
    }
    if (!more.isBlank() && !bases.contains(more)) {
      bases.add(more);
    }
    return String.join("、", bases);
  }
}
