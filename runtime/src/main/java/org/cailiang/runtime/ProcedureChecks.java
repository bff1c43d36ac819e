package org.cailiang.runtime;

import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.Chinese;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.GeneralRules.PartyKind;
import org.cailiang.runtime.GeneralRules.Procedure;
import org.cailiang.runtime.GeneralRules.ProcedureRule;
import org.cailiang.runtime.GeneralRules.Threshold;

/**
 * The procedures an outcome triggers, one flag per procedure the rules declare: the strongest of
 * its rules. A fine threshold is weighed on the proposed fine when given, else on every amount of
 * the fines' ranges (all meet it, some do, none does).
 */
final class ProcedureChecks {
  /** 第五十一条 and 治安管理处罚法第一百一十九条: on the spot only 罚款或者警告 (责令改正 is no penalty). */
  private static final Set<SanctionKind> ON_THE_SPOT =
      EnumSet.of(SanctionKind.WARNING, SanctionKind.FINE, SanctionKind.ORDER);

  /** The article of a citation: everything up to its first 条. */
  private static final Pattern ARTICLE = Pattern.compile("^.*?第[零一二三四五六七八九十百千]+条");

  /** A closing parenthesised note that is not an item number. */
  private static final Pattern NOTE = Pattern.compile("（(?![零一二三四五六七八九十]+）)[^（）]*）$");

  private ProcedureChecks() {}

  static List<ProcedureFlag> of(GeneralRules rules, List<Sanction> sanctions, GeneralFacts facts) {
    List<Party> mixed = mixedParties(rules, sanctions);
    if (!mixed.isEmpty()) {
      // 对单位、个人处…罚款: the case's party is one of them, and the tier does not say which. Weigh
      // the fine as each kind's, and where they differ say so (a unit's fine of 5000 元 is no
      // citizen's 2000 元 threshold).
      return paired("罚款对" + Chinese.labels(mixed) + "中的哪一方，取决于本案的当事人",
          ofDeclared(rules, narrowed(rules, sanctions, PartyKind.PERSON), facts),
          ofDeclared(rules, narrowed(rules, sanctions, PartyKind.ORGANIZATION), facts));
    }
    return ofDeclared(rules, sanctions, facts);
  }

  /**
   * The parties of fines (not {@code each}) that name parties of both declared kinds, in order:
   * whichever of them is the case's party is fined.
   */
  private static List<Party> mixedParties(GeneralRules rules, List<Sanction> sanctions) {
    List<Party> found = new ArrayList<>();
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine fine && mixed(rules, fine)) {
        fine.parties().stream().filter(p -> !found.contains(p)).forEach(found::add);
      }
    }
    return found;
  }

  private static boolean mixed(GeneralRules rules, Sanction.Fine fine) {
    return !fine.each() && fine.parties().stream().map(p -> rules.partyKinds().get(p.id()))
        .filter(java.util.Objects::nonNull).distinct().count() > 1;
  }

  /** The sanctions with each mixed fine narrowed to its parties of one kind. */
  static List<Sanction> narrowed(GeneralRules rules, List<Sanction> sanctions,
      PartyKind kind) {
    List<Sanction> narrowed = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Alternative alternative) {
        narrowed.add(new Sanction.Alternative(narrowed(rules, alternative.options(), kind),
            alternative.optional()));
      } else if (sanction instanceof Sanction.Fine fine && mixed(rules, fine)) {
        narrowed.add(new Sanction.Fine(fine.parties().stream()
            .filter(p -> rules.partyKinds().get(p.id()) == kind).toList(), false, fine.range(),
            fine.basis(), fine.optional()));
      } else {
        narrowed.add(sanction);
      }
    }
    return narrowed;
  }

  private static List<ProcedureFlag> ofDeclared(GeneralRules rules, List<Sanction> sanctions,
      GeneralFacts facts) {
    List<Party> kindless = kindless(rules, sanctions);
    if (kindless.isEmpty()) {
      return flags(rules, sanctions, facts, null);
    }
    // A rule for 公民 or for 法人或者其他组织 cannot be weighed on a party of undeclared kind:
    // weigh both kinds, and where they differ say so instead of dropping the rule.
    return paired(Chinese.labels(kindless) + "未声明是公民还是法人或者其他组织",
        flags(assuming(rules, kindless, PartyKind.PERSON), sanctions, facts, PartyKind.PERSON),
        flags(assuming(rules, kindless, PartyKind.ORGANIZATION), sanctions, facts,
            PartyKind.ORGANIZATION));
  }

  /** The flags weighed as a person's and as an organisation's, one for each procedure. */
  private static List<ProcedureFlag> paired(String undecided, List<ProcedureFlag> asPersons,
      List<ProcedureFlag> asOrganizations) {
    List<ProcedureFlag> result = new ArrayList<>();
    for (int i = 0; i < asPersons.size(); i++) {
      result.add(either(undecided, asPersons.get(i), asOrganizations.get(i)));
    }
    return result;
  }


  /** The fined parties of no declared kind, when some rule is for one kind only. */
  private static List<Party> kindless(GeneralRules rules, List<Sanction> sanctions) {
    List<Party> found = new ArrayList<>();
    if (rules.procedures().stream().noneMatch(r -> r.party().isPresent())) {
      return found;
    }
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine fine) {
        for (Party party : fine.parties()) {
          if (!rules.partyKinds().containsKey(party.id()) && !found.contains(party)) {
            found.add(party);
          }
        }
      }
    }
    return found;
  }

  private static GeneralRules assuming(GeneralRules rules, List<Party> kindless, PartyKind kind) {
    return rules.assuming(kindless.stream().map(Party::id).toList(), kind);
  }

  /** The flag weighed as a person's and as an organisation's; {@code undecided} says why both. */
  private static ProcedureFlag either(String undecided, ProcedureFlag asPerson, ProcedureFlag asOrg) {
    if (asPerson.equals(asOrg)) {
      return asPerson;
    }
    if (asPerson.status() == asOrg.status()) {
      // Each threshold once (supervisor: 对公民罚款200元以下 twice, the staff's and the operator's).
      return union(asPerson, asOrg);
    }
    // Each kind's basis where it may apply: a citizen's fine and a unit's confiscation are
    // different items of 第六十三条 (legal review: the confiscation was cited as item (一)).
    String basis = asPerson.status() == Status.DOES_NOT_APPLY ? asOrg.basis()
        : asOrg.status() == Status.DOES_NOT_APPLY ? asPerson.basis()
        : joined(asPerson.basis(), asOrg.basis());
    return new ProcedureFlag(asPerson.procedure(), Status.DEPENDS_ON_PARTY,
        undecided + "：为公民时" + shown(asPerson)
            + "；为法人或者其他组织时" + shown(asOrg), basis);
  }

  private static String shown(ProcedureFlag flag) {
    return flag.status().label() + (flag.trigger().isEmpty() ? "" : "（" + flag.trigger() + "）");
  }

  /** One flag with the triggers and bases of both, each once, in order. */
  static ProcedureFlag union(ProcedureFlag a, ProcedureFlag b) {
    return new ProcedureFlag(a.procedure(), a.status(), unionOf(a.trigger(), b.trigger()),
        unionOf(a.basis(), b.basis()));
  }

  private static String unionOf(String a, String b) {
    java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
    for (String text : new String[] {a, b}) {
      for (String part : text.split("；")) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
    }
    return String.join("；", parts);
  }

  private static String joined(String a, String b) {
    return a.equals(b) || b.isEmpty() ? a : a.isEmpty() ? b : a + "；" + b;
  }

  /**
   * One flag per procedure: the strongest of its rules. Of equal ones, the rule weighed on the
   * proposed fine, else on fines of the case, else the first — or the first for the kind
   * assumed (so that the threshold shown is the one weighed on that kind); where none applies and
   * two were weighed alike (a unit's fine and its staff's), both thresholds say why.
   */
  private static List<ProcedureFlag> flags(
      GeneralRules rules, List<Sanction> sanctions, GeneralFacts facts, PartyKind assumed) {
    // Declaration order of the first rule of each procedure, as the interpreter always listed them.
    Map<Procedure, ProcedureFlag> flags = new EnumMap<>(Procedure.class);
    Map<Procedure, ProcedureRule> chosen = new EnumMap<>(Procedure.class);
    Map<Procedure, Integer> weighedOn = new EnumMap<>(Procedure.class);
    List<Procedure> order = new ArrayList<>();
    List<ProcedureFlag> byRule = new ArrayList<>(); // each rule's own flag, for ceilings
    for (ProcedureRule rule : rules.procedures()) {
      ProcedureFlag flag = flag(rules, rule, sanctions, facts);
      byRule.add(flag);
      int weight = weighedOn(rules, rule, sanctions, facts);
      ProcedureFlag known = flags.get(rule.procedure());
      if (known == null) {
        order.add(rule.procedure());
      }
      boolean equal = known != null && flag.status() == known.status();
      if (equal && assumed == null && (flag.status() == Status.APPLIES
          || flag.status() == Status.DEPENDS_ON_AMOUNT) && rule.party().isPresent()
          && !rule.party().equals(chosen.get(rule.procedure()).party())) {
        // The rules of two kinds of party that both apply (a citizen's fine and a unit's, each
        // over its threshold, one perhaps on the proposed fine): both grounds, not one alone.
        flags.put(rule.procedure(), weight > weighedOn.get(rule.procedure())
            ? union(flag, known) : union(known, flag));
        weighedOn.put(rule.procedure(), Math.max(weight, weighedOn.get(rule.procedure())));
        continue;
      }
      if (known == null || flag.status().ordinal() < known.status().ordinal()
          || equal && assumed != null && rule.party().orElse(null) == assumed
          && chosen.get(rule.procedure()).party().orElse(null) != assumed
          || equal && assumed == null && weight > weighedOn.get(rule.procedure())) {
        flags.put(rule.procedure(), flag);
        chosen.put(rule.procedure(), rule);
        weighedOn.put(rule.procedure(), weight);
      } else if (equal && assumed == null && flag.status() == Status.DOES_NOT_APPLY
          && weight == FINES_OF_THE_CASE
          && weighedOn.get(rule.procedure()) == FINES_OF_THE_CASE && !flag.trigger().isEmpty()) {
        flags.put(rule.procedure(), new ProcedureFlag(known.procedure(), known.status(),
            joined(known.trigger(), flag.trigger()), known.basis()));
      }
    }
    List<Sanction> flat = FineMoves.flat(sanctions);
    List<ProcedureFlag> result = new ArrayList<>();
    order.forEach(p -> result.add(ceilings(rules, byRule, flat, p).orElse(flags.get(p))));
    return result;
  }

  /**
   * The flag of a procedure whose rules are limits (罚款…以下) on the fines of two or more kinds of
   * party the case fines: a permission every fined party must meet, so the weakest of their flags,
   * citing each limit (integrator's review: 简易程序 适用 on a citizen's proposed 150 元 beside a
   * unit's 1000–5000 元, over the unit's 3000 元). Empty when fewer kinds are concerned: then the
   * strongest rule stands, as for every other procedure. {@code byRule} is each rule's flag, as
   * {@link #flags} weighed it.
   */
  private static Optional<ProcedureFlag> ceilings(GeneralRules rules, List<ProcedureFlag> byRule,
      List<Sanction> flat, Procedure procedure) {
    List<ProcedureFlag> concerned = new ArrayList<>();
    Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
    for (int i = 0; i < rules.procedures().size(); i++) {
      ProcedureRule rule = rules.procedures().get(i);
      boolean ceiling = rule.procedure() == procedure && rule.party().isPresent()
          && rule.threshold().isPresent() && rule.threshold().get().below()
          && rule.when().isEmpty();
      if (ceiling && flat.stream().anyMatch(s -> s instanceof Sanction.Fine fine
          && onParty(rules, fine, rule.party()))) {
        concerned.add(byRule.get(i));
        kinds.add(rule.party().get());
      }
    }
    if (kinds.size() < 2) {
      return Optional.empty();
    }
    ProcedureFlag weakest = concerned.get(0);
    for (ProcedureFlag flag : concerned) {
      if (flag.status().ordinal() > weakest.status().ordinal()) {
        weakest = flag;
      }
    }
    ProcedureFlag combined = new ProcedureFlag(procedure, weakest.status(), "", "");
    for (ProcedureFlag flag : concerned) {
      combined = union(combined, flag);
    }
    return Optional.of(combined);
  }

  /** What a rule's flag was weighed on, from the least telling: nothing, fines, the proposed fine. */
  private static final int NOTHING = 0;
  private static final int FINES_OF_THE_CASE = 1;
  private static final int PROPOSED_FINE = 2;

  private static int weighedOn(GeneralRules rules, ProcedureRule rule, List<Sanction> sanctions,
      GeneralFacts facts) {
    if (rule.threshold().isEmpty()
        || rule.when().isPresent() && !facts.circumstances().contains(rule.when().get())) {
      return NOTHING;
    }
    int weight = NOTHING;
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine fine && onParty(rules, fine, rule.party())) {
        if (facts.proposedFine().isPresent() && fine.range().contains(facts.proposedFine().get())) {
          return PROPOSED_FINE;
        }
        weight = FINES_OF_THE_CASE;
      }
    }
    return weight;
  }

  private static ProcedureFlag flag(GeneralRules rules, ProcedureRule rule,
      List<Sanction> sanctions, GeneralFacts facts) {
    ProcedureFlag flag = weighed(rules, rule, sanctions, facts);
    // A procedure that does not apply is measured against the article, not one item of it.
    return flag.status() == Status.DOES_NOT_APPLY
        ? new ProcedureFlag(flag.procedure(), flag.status(), flag.trigger(), article(flag.basis()))
        : flag;
  }

  /**
   * {@code 《…》第六十三条第一款第（一）项（示例值）} → {@code 《…》第六十三条（示例值）}: the item goes, a
   * closing note stays (it still qualifies the threshold that was not met).
   */
  static String article(String basis) {
    Matcher m = ARTICLE.matcher(basis);
    if (!m.find()) {
      return basis;
    }
    Matcher note = NOTE.matcher(basis.substring(m.end()));
    return note.find() ? m.group() + note.group() : m.group();
  }

  private static ProcedureFlag weighed(GeneralRules rules, ProcedureRule rule,
      List<Sanction> sanctions, GeneralFacts facts) {
    if (rule.when().isPresent() && !facts.circumstances().contains(rule.when().get())) {
      return new ProcedureFlag(rule.procedure(), Status.DOES_NOT_APPLY, "", rule.basis());
    }
    Optional<ProcedureFlag> detention = detentionAtStake(rules, rule, sanctions);
    if (detention.isPresent()) {
      return detention.get();
    }
    List<Sanction> flat = FineMoves.flat(sanctions);
    if (rule.procedure() == Procedure.SIMPLIFIED && !onTheSpot(sanctions)) {
      return new ProcedureFlag(rule.procedure(), Status.DOES_NOT_APPLY, "处罚不限于罚款或者警告",
          rule.basis());
    }
    ProcedureFlag byRule = byRule(rules, rule, sanctions, facts);
    if (byRule.status() == Status.APPLIES && rule.threshold().isPresent()
        && !rule.threshold().get().below() && !proposedIsTheirs(rules, rule, flat, facts)
        && finesOnlyAsAChoice(rules, rule, sanctions)) {
      // 警告或者罚款20万元以上: the fine that meets the threshold is one the officer may not
      // choose (re-review: 适用 beside a warning that could be chosen instead).
      byRule = new ProcedureFlag(byRule.procedure(), Status.DEPENDS_ON_SANCTION,
          byRule.trigger() + "，视是否选择罚款而定", byRule.basis());
    }
    if (rule.procedure() == Procedure.SIMPLIFIED) {
      return simplified(byRule, sanctions, flat, facts);
    }
    if (rule.procedure() == Procedure.HEARING) {
      Optional<ProcedureFlag> bySanction = HearingSanctions.flag(rule, sanctions);
      if (bySanction.isPresent()
          && bySanction.get().status().ordinal() < byRule.status().ordinal()) {
        return bySanction.get();
      }
      if (bySanction.isPresent() && byRule.status() == Status.APPLIES
          && bySanction.get().status() == Status.APPLIES) {
        // Each trigger with its item: a hearing notice names every ground (legal author: the
        // citizen's fine alone was given beside a 责令停产停业).
        return union(byRule, bySanction.get());
      }
    }
    return byRule;
  }

  /**
   * 简易程序 as its rule weighs it, said for what 第五十一条 asks beyond the amount: a warning
   * alone qualifies whatever the threshold (legal review: the citizen's fine threshold was given as
   * the reason); a penalty the officer may add or choose that cannot be decided on the spot makes
   * it depend on that choice (integrator's review: 适用 beside a detention the officer may
   * choose), a proposed fine being the choice of the fine, not the refusal of an added penalty.
   */
  private static ProcedureFlag simplified(ProcedureFlag byRule, List<Sanction> sanctions,
      List<Sanction> flat, GeneralFacts facts) {
    if (byRule.status() == Status.APPLIES && flat.stream().noneMatch(Sanction.Fine.class::isInstance)
        && sanctions.stream().anyMatch(Sanction.Warning.class::isInstance)) {
      byRule = new ProcedureFlag(byRule.procedure(), Status.APPLIES, "处罚为警告", byRule.basis());
    }
    if (byRule.status() == Status.DOES_NOT_APPLY) {
      return byRule;
    }
    List<String> extras = sanctions.stream().filter(ProcedureChecks::optionalOther)
        .map(Sanction::toChinese).toList();
    if (!extras.isEmpty()) {
      return dependingOn(byRule, "不并处" + String.join("、", extras) + "时");
    }
    if (offersOthers(sanctions) && facts.proposedFine().isEmpty()) {
      return dependingOn(byRule, "可以选择的处罚中选择罚款或者警告时");
    }
    return byRule;
  }

  /** The flag made to depend on the sanction imposed, its trigger saying on what. */
  private static ProcedureFlag dependingOn(ProcedureFlag flag, String choice) {
    return new ProcedureFlag(flag.procedure(), Status.DEPENDS_ON_SANCTION,
        (flag.trigger().isEmpty() ? "" : flag.trigger() + "，且") + choice, flag.basis());
  }

  /**
   * A rule triggered by a circumstance whose effect is 不执行行政拘留 concerns a detention that may
   * still be executed (治安管理处罚法第一百一十七条第二款: "可能执行行政拘留的未成年人"): it applies
   * when the outcome executes one, depends on the sanction when only an alternative or an optional
   * detention is executed, and does not apply when there is none or none is executed. Empty for
   * every other rule.
   */
  private static Optional<ProcedureFlag> detentionAtStake(GeneralRules rules, ProcedureRule rule,
      List<Sanction> sanctions) {
    Optional<GeneralRules.Circumstance> circumstance = rule.when().flatMap(rules::circumstance);
    if (rule.threshold().isPresent() || circumstance.isEmpty()
        || circumstance.get().effect().map(GeneralEffect::kind).orElse(null)
            != GeneralEffect.Kind.NOT_EXECUTED) {
      return Optional.empty();
    }
    String trigger = "情节：" + circumstance.get().label();
    boolean certain = false;
    boolean possible = false;
    for (Sanction sanction : sanctions) {
      certain |= sanction instanceof Sanction.Detention d && d.executed() && !d.optional();
    }
    // Also one an alternative offers (flat lists the top level's too).
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      possible |= sanction instanceof Sanction.Detention d && d.executed();
    }
    Status status = certain ? Status.APPLIES
        : possible ? Status.DEPENDS_ON_SANCTION : Status.DOES_NOT_APPLY;
    return Optional.of(new ProcedureFlag(rule.procedure(), status,
        status == Status.DOES_NOT_APPLY ? "本案没有须执行的行政拘留" : trigger + "，可能执行行政拘留",
        rule.basis()));
  }

  /**
   * A fine on a rule's parties: its range, the top-level sanction it belongs to (the options of
   * one choice share it), whether it is an option of a choice, and whether the officer may add it.
   */
  private record Weighed(MoneyRange range, int group, boolean choice, boolean optional) {}

  private static ProcedureFlag byRule(GeneralRules rules, ProcedureRule rule,
      List<Sanction> sanctions, GeneralFacts facts) {
    if (rule.threshold().isEmpty()) {
      String trigger = rule.when()
          .map(id -> "情节：" + rules.circumstance(id).map(c -> c.label()).orElse(id)).orElse("");
      return new ProcedureFlag(rule.procedure(), Status.APPLIES, trigger, rule.basis());
    }
    Threshold threshold = rule.threshold().get();
    List<Weighed> weighed = new ArrayList<>();
    boolean anyFine = false;
    for (int group = 0; group < sanctions.size(); group++) {
      Sanction top = sanctions.get(group);
      for (Sanction sanction : FineMoves.flat(List.of(top))) {
        if (sanction instanceof Sanction.Fine fine) {
          anyFine = true;
          if (onParty(rules, fine, rule.party())) {
            weighed.add(new Weighed(fine.range(), group, top instanceof Sanction.Alternative,
                fine.optional()));
          }
        }
      }
    }
    String shown = rule.party().map(p -> "对" + p.label()).orElse("") + threshold.label();
    boolean below = threshold.below();
    if (weighed.isEmpty()) {
      // No fine on such a party: an upper limit is met (a warning alone), a lower one is not.
      boolean fineless = below && (rule.party().isEmpty() || !anyFine);
      return new ProcedureFlag(rule.procedure(),
          fineless ? Status.APPLIES : Status.DOES_NOT_APPLY, shown, rule.basis());
    }
    // The proposed fine is the one on the party whose range holds it (that choice made); the
    // other parties' fines are weighed on their ranges (integrator's re-check: a person's proposed
    // 150 元 gave 听证 不适用 beside staff fined 1万–3万 each, and 简易程序 适用).
    if (facts.proposedFine().isPresent()) {
      BigDecimal fine = facts.proposedFine().get();
      for (Weighed proposed : weighed) {
        if (proposed.range().contains(fine)) {
          boolean meets = threshold.test(fine);
          String trigger = shown + "（拟罚款" + Amounts.format(fine) + "）";
          List<Weighed> others = weighed.stream().filter(w -> w.group() != proposed.group()).toList();
          if (others.isEmpty() || below != meets) {
            return new ProcedureFlag(rule.procedure(), meets ? Status.APPLIES : Status.DOES_NOT_APPLY,
                trigger, rule.basis());
          }
          Status status = weigh(others, threshold);
          String said = "另有当事人的罚款" + (status == Status.DEPENDS_ON_AMOUNT ? "可能" : "")
              + (below ? "超出此标准" : "达到此标准");
          return new ProcedureFlag(rule.procedure(), status, status == (below ? Status.APPLIES
              : Status.DOES_NOT_APPLY) ? trigger : shown + "（拟罚款" + Amounts.format(fine) + "；" + said + "）",
              rule.basis());
        }
      }
    }
    Status status = weigh(weighed, threshold);
    if (status == Status.APPLIES && !below && weighed.stream().allMatch(Weighed::optional)) {
      // 可以并处罚款: the fine, and so the hearing it triggers, is the officer's choice.
      status = Status.DEPENDS_ON_SANCTION;
    }
    return new ProcedureFlag(rule.procedure(), status, shown, rule.basis());
  }

  /**
   * Fines weighed on their ranges. An upper limit (简易程序) is a permission every fine must meet:
   * it applies when all do. A lower one (听证) is a right any fine gives: it applies when all do,
   * or when one fine that must be imposed (not an option, not 可以) meets it over its whole range
   * (integrator's re-check: staff fined 1万–3万 each beside an operator's 30万以下 gave 视罚款数额而定).
   * Likewise an upper limit no fine that must be imposed can meet over its whole range is met by
   * no choice of the others (supervisor: 简易程序 视罚款数额而定 beside staff fined 1万–3万 each).
   */
  private static Status weigh(List<Weighed> weighed, Threshold threshold) {
    boolean below = threshold.below();
    boolean all = true;
    boolean some = false;
    boolean certain = false;
    boolean impossible = false;
    for (Weighed fine : weighed) {
      MoneyRange range = fine.range();
      BigDecimal min = range.min() == null ? BigDecimal.ZERO : range.min();
      boolean lowMeets = threshold.test(min);
      boolean highMeets = range.max() == null ? !below : threshold.test(range.max());
      all &= lowMeets && highMeets;
      some |= lowMeets || highMeets;
      certain |= !below && !fine.choice() && !fine.optional() && lowMeets;
      impossible |= below && !fine.choice() && !fine.optional() && !lowMeets;
    }
    return all || certain ? Status.APPLIES
        : some && !impossible ? Status.DEPENDS_ON_AMOUNT : Status.DOES_NOT_APPLY;
  }

  /** Whether the proposed fine is one of the fines on the rule's parties: the choice made. */
  private static boolean proposedIsTheirs(GeneralRules rules, ProcedureRule rule,
      List<Sanction> flat, GeneralFacts facts) {
    if (facts.proposedFine().isEmpty()) {
      return false;
    }
    for (Sanction sanction : flat) {
      if (sanction instanceof Sanction.Fine fine && onParty(rules, fine, rule.party())
          && fine.range().contains(facts.proposedFine().get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every fine on the rule's parties is an option of a choice that also offers
   * something else: none is imposed unless the officer chooses it.
   */
  private static boolean finesOnlyAsAChoice(GeneralRules rules, ProcedureRule rule,
      List<Sanction> sanctions) {
    boolean found = false;
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine fine && onParty(rules, fine, rule.party())) {
        return false;
      }
      if (sanction instanceof Sanction.Alternative alternative) {
        boolean fined = false;
        boolean other = false;
        for (Sanction option : FineMoves.flat(List.of(alternative))) {
          boolean ours = option instanceof Sanction.Fine fine && onParty(rules, fine, rule.party());
          fined |= ours;
          other |= !ours;
        }
        if (fined && !other) {
          return false;
        }
        found |= fined;
      }
    }
    return found;
  }

  /** Every sanction a fine, a warning or an order; of an alternative, at least one option. */
  private static boolean onTheSpot(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      // A referral beside is not this authority's penalty, and a penalty it may add (可以并处)
      // makes the procedure depend on it (optionalOthers), not fail (legal review).
      boolean fits = sanction instanceof Sanction.Referral || optionalOther(sanction)
          || (sanction instanceof Sanction.Alternative alternative
              ? alternative.options().stream().anyMatch(o -> ON_THE_SPOT.contains(o.kind()))
              : ON_THE_SPOT.contains(sanction.kind()));
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** A penalty the tier only allows (可以并处) that cannot be decided on the spot. */
  private static boolean optionalOther(Sanction sanction) {
    return sanction.optional() && !(sanction instanceof Sanction.Alternative)
        && !ON_THE_SPOT.contains(sanction.kind());
  }

  /** Whether a choice of sanctions offers one that cannot be decided on the spot. */
  private static boolean offersOthers(List<Sanction> sanctions) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Alternative alternative && (offersOthers(alternative.options())
          || alternative.options().stream().anyMatch(o -> !(o instanceof Sanction.Alternative)
              && !ON_THE_SPOT.contains(o.kind())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onParty(GeneralRules rules, Sanction.Fine fine, Optional<PartyKind> kind) {
    if (kind.isEmpty()) {
      return true;
    }
    for (Party party : fine.parties()) {
      if (rules.partyKinds().get(party.id()) == kind.get()) {
        return true;
      }
    }
    return false;
  }
}
