package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One code through the versions of its standard: which version has it, and the choice of the
 * law for a case (从旧兼从轻, 《行政处罚法》第三十七条) — the same as the compiler's interpreter,
 * which delegates here, so interpreted and generated standards cannot decide differently. Get it
 * once from {@link Standards#inTime(String)} and keep it: it is immutable and safe to share.
 */
public final class CodeInTime {
  private final String code;
  private final VersionChain chain;
  private final Violation[] violations;

  /**
   * @param code the code asked for: a violation code or a tier code
   * @param chain the versions of the standard that has it
   * @param violations per version of the chain, its violation with the code; null where that
   *     version does not have it
   */
  CodeInTime(String code, VersionChain chain, Violation[] violations) {
    this.code = code;
    this.chain = chain;
    this.violations = violations;
  }

  /** {@return the code: a violation code or a tier code} */
  public String code() {
    return code;
  }

  /** {@return the versions of the standard that have the code, oldest first} */
  List<Standard> versionsWithCode() {
    List<Standard> having = new ArrayList<>();
    for (int i = 0; i < violations.length; i++) {
      if (violations[i] != null) {
        having.add(chain.versions().get(i));
      }
    }
    return having;
  }

  /** {@return every version of the standard, oldest first, whether or not it has the code} */
  public List<Standard> versions() {
    return chain.versions();
  }

  /**
   * The violation of the version in force on this day, for a typed evaluation; null when no
   * version in force that day has the code. Allocates nothing.
   *
   * @param day the day
   * @return the violation, or null
   * @throws InvalidDatesException when the day is null
   */
  public Violation inForce(LocalDate day) {
    if (day == null) {
      throw new InvalidDatesException("日期不能为空");
    }
    int index = chain.inForce(day);
    return index < 0 ? null : violations[index];
  }

  /**
   * See {@link Standards#evaluate(String, Map, LocalDate, LocalDate)}.
   *
   * @param facts the facts by id
   * @param act the day of the act (违法行为发生之日)
   * @param decision the day of the decision (作出处罚决定之日)
   * @return the outcome and the version it comes from
   */
  public TimedDecision evaluate(Map<String, ?> facts, LocalDate act, LocalDate decision) {
    if (act == null || decision == null) {
      throw new InvalidDatesException("违法行为发生之日和作出处罚决定之日不能为空");
    }
    if (facts == null) {
      // As the undated path says it (FactReader), not a NullPointerException from inside.
      throw InvalidFactsException.of(code, List.of(FactProblem.other("事实表为 null")));
    }
    return decide(facts, act, decision);
  }

  /**
   * See {@link Standards#evaluate(String, Map, LocalDate, LocalDate, GeneralFacts)}.
   *
   * @param facts the facts by id
   * @param act the day of the act (违法行为发生之日)
   * @param decision the day of the decision (作出处罚决定之日)
   * @param general the general circumstances, the discovery date and the proposed fine; its act
   *     date, when it has one, must be {@code act}
   * @return the version or versions applied, each with its outcome under its general part
   */
  public TimedCaseDecision evaluate(
      Map<String, ?> facts, LocalDate act, LocalDate decision, GeneralFacts general) {
    Objects.requireNonNull(general, GeneralFacts.NULL_MESSAGE);
    if (general.actDate().isPresent() && act != null && !general.actDate().get().equals(act)) {
      throw new InvalidDatesException("总则事实的违法行为发生之日 " + general.actDate().get()
          + " 与所给的违法行为发生之日 " + act + " 不同");
    }
    general.discoveryDate().filter(discovered -> decision != null && discovered.isAfter(decision))
        .ifPresent(discovered -> {
          throw new InvalidDatesException("发现日期 " + discovered + " 晚于作出处罚决定日期 " + decision
              + "：违法行为须在作出处罚决定之前发现");
        });
    TimedDecision timed = evaluate(facts, act, decision);
    GeneralFacts dated = general.discoveryDate().isPresent()
        ? general.dated(act, general.discoveryDate().get())
        : general;
    // Each version's outcome once: the version weighed for the limitation is usually one applied.
    Map<Integer, Optional<CaseDecision>> byVersion = new java.util.HashMap<>();
    java.util.function.IntFunction<Optional<CaseDecision>> outcomeOf = index ->
        byVersion.computeIfAbsent(index,
            i -> generalOutcome(violations[i], factsFor(i, facts), dated));
    // 第三十六条 before the choice of the version: an act barred under the law of the act's day or
    // of the decision's is barred, whichever version would decide it (the lighter outcome, 第三十七条).
    Optional<CaseDecision> barred = Optional.empty();
    if (general.discoveryDate().isPresent()) {
      // No version in force on the act's day: the earliest speaks for 第三十六条, as eval does.
      int then = chain.inForce(act);
      int atAct = then >= 0 ? then : earliest();
      for (int index : new int[] {atAct, chain.inForce(decision)}) {
        if (barred.isEmpty() && index >= 0 && violations[index] != null) {
          try {
            barred = outcomeOf.apply(index)
                .filter(outcome -> outcome.verdict() == CaseDecision.Verdict.TIME_BARRED);
          } catch (InvalidGeneralFactsException e) {
            if (!e.aboutProposedFine()) {
              throw e;
            }
            // The limitation does not depend on the fine; a barred case has none.
            barred = generalOutcome(violations[index], factsFor(index, facts), withoutFine(dated))
                .filter(outcome -> outcome.verdict() == CaseDecision.Verdict.TIME_BARRED);
          } catch (CailiangException e) {
            if (index != atAct || then >= 0 || index == chain.inForce(decision)) {
              // The decision day's version must decide: whether it refers (第二十七条, not barred)
              // depends on the facts (legal author: a possible referral hidden behind the bar).
              throw e;
            }
            // Facts the earliest version cannot decide: no version decides the act, as before.
          }
        }
      }
    }
    int now = chain.inForce(decision);
    if (barred.isPresent() && timed.applied().stream().anyMatch(a -> a.decision().handedOver())) {
      // 第三十六条 bars penalties, not a referral (第二十七条): a version applied that refers
      // keeps its outcome, beside the others', as eval shows them (integrator's re-check: the
      // runtime said TIME_BARRED, eval listed the referral for the officer).
      barred = Optional.empty();
    } else if (barred.isPresent() && now >= 0 && violations[now] != null) {
      barred = Optional.of(withReferralNote(barred.get(), now, facts));
    }
    // 程序从新: the procedures are those in force when the case is decided, whichever version's
    // substance applies (GeneralRules#withProceduresOf).
    Optional<GeneralRules> procedural = now >= 0 && violations[now] != null
        ? violations[now].generalRules() : Optional.empty();
    List<TimedCaseDecision.Outcome> outcomes = new ArrayList<>();
    List<String> misfits = new ArrayList<>();
    for (TimedDecision.Applied applied : timed.applied()) {
      int index = indexOf(applied.version());
      GeneralFacts used = dated;
      Optional<CaseDecision> outcome;
      try {
        outcome = barred.isPresent() ? barred : outcomeOf.apply(index);
      } catch (InvalidGeneralFactsException e) {
        if (!e.aboutProposedFine() || timed.applied().size() < 2) {
          throw e;
        }
        // Two outcomes for the officer: the fine proposed under one need not fit the other.
        misfits.add("版本 " + applied.version() + "：" + e.getMessage());
        used = withoutFine(dated);
        String note = org.cailiang.runtime.internal.CaseJson.proposedFineNote(applied.version(), e.getMessage());
        outcome = generalOutcome(violations[index], factsFor(index, facts), used).map(o -> o.withUnresolved(List.of(note)));
      }
      GeneralFacts given = used;
      Optional<GeneralRules> own = violations[index].generalRules();
      // One version chosen on its tiers: the other's general part may treat the case otherwise.
      int other = index == now ? chain.inForce(act) : now;
      Optional<GeneralRules> theirs = other >= 0 && other != index && violations[other] != null
          ? violations[other].generalRules() : Optional.empty();
      if (timed.applied().size() == 1 && own.isPresent() && theirs.isPresent()) {
        String name = "《" + chain.versions().get(other).title() + "》（"
            + chain.versions().get(other).id() + "）";
        outcome = outcome.map(o -> own.get().weighedAgainst(theirs.get(), name, o, given));
      }
      // Then the flags: the explanation is said again from the outcome's parts each time.
      if (index != now && procedural.isPresent() && own.isPresent()) {
        outcome = outcome.map(o -> own.get().withProceduresOf(procedural.get(), o, given));
      }
      outcomes.add(new TimedCaseDecision.Outcome(applied, outcome));
    }
    if (!misfits.isEmpty() && misfits.size() == timed.applied().size()) {
      // A fine no version allows, each version's ranges said (hostile re-check: only the first's).
      throw new InvalidGeneralFactsException(org.cailiang.runtime.internal.CaseJson.noVersionAllows(misfits), true);
    }
    return new TimedCaseDecision(timed, outcomes, barred);
  }

  private static GeneralFacts withoutFine(GeneralFacts facts) {
    return new GeneralFacts(facts.circumstances(), facts.actDate(), facts.discoveryDate(), Optional.empty());
  }

  /**
   * A barred case the version in force at the decision would refer (a referral it was not
   * applied for): the officer weighs the referral, which no limitation bars — the note eval
   * gives (docs/json.md).
   */
  private CaseDecision withReferralNote(CaseDecision barred, int now, Map<String, ?> facts) {
    Decision today;
    try {
      today = violations[now].evaluate(factsFor(now, facts));
    } catch (CailiangException e) {
      return barred; // facts that version cannot decide: no referral known
    }
    if (!today.handedOver()) {
      return barred;
    }
    for (Sanction sanction : today.sanctions()) {
      if (sanction instanceof Sanction.Referral referral) {
        TimedDecision.Applied version = new TimedDecision.Applied(chain.versions().get(now).id(),
            chain.firstDay(now), chain.lastDay(now), today);
        return barred.withUnresolved(List.of(org.cailiang.runtime.internal.CaseJson.referralNote(
            version.version(), version.period(), referral.text())));
      }
    }
    return barred;
  }

  /** The earliest version that has the code; -1 when none does. */
  private int earliest() {
    for (int i = 0; i < violations.length; i++) {
      if (violations[i] != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The outcome under the general part the violation's standard uses; empty when it uses none
   * (a violation without one refuses the call, {@link Violation#evaluate(Map, GeneralFacts)}).
   */
  private static Optional<CaseDecision> generalOutcome(
      Violation violation, Map<String, ?> facts, GeneralFacts general) {
    try {
      CaseDecision outcome = violation.evaluate(facts, general);
      // The higher-law notes of the act's day are said on the version applied (Applied#notes).
      return Optional.of(general.actDate().isEmpty() ? outcome : outcome.withoutUnresolved(
          violation.higherLawNotes(outcome.decision().tierCode(), general.actDate().get())));
    } catch (UnsupportedOperationException noGeneralPart) {
      return Optional.empty();
    }
  }

  private int indexOf(String version) {
    List<Standard> versions = chain.versions();
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).id().equals(version) && violations[i] != null) {
        return i;
      }
    }
    throw new IllegalStateException("版本 " + version + " 不在 " + code + " 的版本之中");
  }

  /** Why a standard's silence is not the law's. */
  private static final String NOT_LAW = "《中华人民共和国行政处罚法》第十六条、第三十四条";

  TimedDecision decide(Map<String, ?> facts, LocalDate act, LocalDate decision) {
    // A key no version declares is named beside every version's facts (integrator: "事实有：minor"
    // for an act under the old version, while the new version's again was accepted).
    if (facts == null || everyFactId().containsAll(facts.keySet())) {
      return decideKnown(facts, act, decision); // the usual case: one set lookup per key
    }
    List<FactProblem> unknown = org.cailiang.runtime.internal.FactReader.unknownKeys(everyFact(), facts);
    Map<String, ?> known = withoutUnknownKeys(facts);
    List<FactProblem> problems = new ArrayList<>();
    try {
      decideKnown(known, act, decision);
    } catch (InvalidFactsException e) {
      problems.addAll(e.problems());
    }
    problems.addAll(unknown);
    throw InvalidFactsException.of(code, problems);
  }

  /**
   * The ids of {@link #everyFact()}, worked out once (racy but idempotent): the dated path asks
   * for them per case, in {@link #decide}, {@link #factsFor} and {@link #withoutUnknownKeys}.
   */
  private Set<String> everyFactIds;

  private Set<String> everyFactId() {
    Set<String> ids = everyFactIds;
    if (ids == null) {
      ids = new HashSet<>();
      for (FactSpec spec : everyFact()) {
        ids.add(spec.id());
      }
      everyFactIds = ids = java.util.Collections.unmodifiableSet(ids); // contains(null) is false, not a throw
    }
    return ids;
  }

  /** Each fact any version declares, once, by id: the first version's spec of it. */
  private List<FactSpec> everyFact() {
    Map<String, FactSpec> all = new LinkedHashMap<>();
    for (Violation violation : violations) {
      if (violation != null) {
        violation.facts().forEach(f -> all.putIfAbsent(f.id(), f));
      }
    }
    return List.copyOf(all.values());
  }

  private TimedDecision decideKnown(Map<String, ?> facts, LocalDate act, LocalDate decision) {
    if (decision.isBefore(act)) {
      throw new InvalidDatesException("决定日期 " + decision + " 早于违法行为发生日期 " + act);
    }
    if (org.cailiang.runtime.internal.ChinaDay.isFuture(act)) {
      // Integrator's re-check: an act of 2099 decided in 2099 was IN_FORCE; a discovery after
      // today was already refused.
      throw new InvalidDatesException("违法行为发生日期 " + act + " 晚于今天（"
          + org.cailiang.runtime.internal.ChinaDay.today() + "，北京时间）：违法行为不能在将来发生");
    }
    int then = chain.inForce(act);
    if (then < 0 || violations[then] == null) {
      // A standard cannot set or lift a penalty (第十六条、第三十四条): its silence is not the law's.
      return new TimedDecision(act, decision, TimedDecision.Ground.NOT_COVERED_AT_ACT, List.of(),
          "违法行为发生时（" + act + "）施行的裁量基准版本没有规定编码 " + code
              + "；裁量基准不能设定或者取消处罚（" + NOT_LAW + "），该行为当时是否应受处罚，"
              + "须由执法人员依当时施行的法律、法规、规章判断");
    }
    java.util.Optional<LocalDate> lawFrom = violations[then].lawEffective();
    if (lawFrom.isPresent() && act.isBefore(lawFrom.get())) {
      // 法不溯及既往 (integrator's review: an act of 1990 was "适用违法行为发生时施行的《…》", a
      // regulation of 2007): a lighter later law (第三十七条) applies only to an act that was
      // an offence when committed, which the standard cannot tell.
      return new TimedDecision(act, decision, TimedDecision.Ground.NOT_COVERED_AT_ACT, List.of(),
          "编码 " + code + " 所依据的法规自 " + lawFrom.get() + " 起施行，违法行为发生时（" + act
              + "）尚未施行：本基准不作裁量，该行为当时是否应受处罚、依哪一文本，须由执法人员依当时施行的法律、法规、规章判断");
    }
    int now = chain.inForce(decision);
    TimedDecision.Applied old = applied(then, facts, act, decision);
    if (now < 0 || violations[now] == null) {
      return new TimedDecision(act, decision, TimedDecision.Ground.NOT_COVERED_AT_DECISION,
          List.of(old), "作出处罚决定时（" + decision + "）施行的裁量基准版本没有规定编码 " + code
              + "；裁量基准不能设定或者取消处罚（" + NOT_LAW + "），新的法律、法规、规章是否"
              + "不认为是违法，须由执法人员依照" + TimedDecision.ARTICLE_37 + "判断；不认为是违法的，"
              + "不予处罚，否则适用行为时的" + named(old) + "，其结果列出备查");
    }
    if (now == then) {
      return new TimedDecision(act, decision, TimedDecision.Ground.IN_FORCE, List.of(old),
          "适用违法行为发生时施行的" + named(old));
    }
    TimedDecision.Applied next = applied(now, facts, act, decision);
    if (old.decision().handedOver() && next.decision().handedOver()) {
      // 第二十七条 whatever the version: a referral is not weighed against a penalty.
      return new TimedDecision(act, decision, TimedDecision.Ground.HANDED_OVER, List.of(next),
          "涉嫌犯罪，依照《中华人民共和国行政处罚法》第二十七条移送司法机关；移送不是行政处罚，不依照"
              + TimedDecision.ARTICLE_37 + "比较新旧规定的轻重，适用" + named(next) + "中的移送规定");
    }
    if (old.decision().handedOver() || next.decision().handedOver()) {
      // Legal re-review: whether the act is a suspected crime is the criminal law's question (刑法
      // 第十二条, its own 从旧兼从轻), not the standard's; two versions that disagree usually
      // reflect a changed threshold, and a referral on the newer one may be groundless.
      TimedDecision.Applied referring = next.decision().handedOver() ? next : old;
      TimedDecision.Applied punishing = referring == next ? old : next;
      return new TimedDecision(act, decision, TimedDecision.Ground.HANDED_OVER, List.of(old, next),
          named(referring) + "对本案移送司法机关（涉嫌犯罪），" + named(punishing) + "不移送、按其阶次裁量：移送不是"
              + "行政处罚，不依照" + TimedDecision.ARTICLE_37 + "比较轻重；是否涉嫌犯罪，须由执法人员依刑法"
              + "（含刑法第十二条）判断，涉嫌犯罪的依照《中华人民共和国行政处罚法》第二十七条移送；两个版本的结果均列出");
    }
    Lenity.Verdict verdict = Lenity.compare(old.decision().sanctions(), next.decision().sanctions());
    return switch (verdict) {
      case LIGHTER -> new TimedDecision(act, decision, TimedDecision.Ground.NEW_LIGHTER,
          List.of(next), "新的规定处罚较轻，依照" + TimedDecision.ARTICLE_37 + "适用"
              + named(next) + "，不适用行为时的" + named(old));
      case SAME, HEAVIER -> new TimedDecision(act, decision, TimedDecision.Ground.OLD_NOT_LIGHTER,
          List.of(old), "新的规定处罚" + verdict.label() + "，依照" + TimedDecision.ARTICLE_37
              + "适用违法行为发生时施行的" + named(old));
      case INCOMPARABLE -> new TimedDecision(act, decision, TimedDecision.Ground.INCOMPARABLE,
          List.of(old, next), "新旧规定处罚轻重无法比较（一项较轻、另一项较重），须由执法人员依照"
              + TimedDecision.ARTICLE_37 + "判断哪一个处罚较轻：" + named(old) + " 与 "
              + named(next) + " 的结果均列出");
    };
  }

  private TimedDecision.Applied applied(int index, Map<String, ?> facts, LocalDate act, LocalDate decided) {
    Violation violation = violations[index];
    Decision decision = Standards.checkTier(code, violation, violation.evaluate(factsFor(index, facts)));
    return new TimedDecision.Applied(chain.versions().get(index).id(), chain.firstDay(index),
        chain.lastDay(index), decision, higherLawNotes(violation, decision, act, decided));
  }

  /**
   * The author's higher-law notes on a tier: for the act's day, else for the decision's (legal
   * re-review: an act of 2025-03 decided in 2025-06 under a higher law in force since 2025-04
   * said nothing; whether the new higher law is "新的规定" that punishes more lightly, 第三十七条,
   * is the officer's to judge).
   */
  private static List<String> higherLawNotes(Violation violation, Decision decision, LocalDate act,
      LocalDate decided) {
    List<String> notes = violation.higherLawNotes(decision.tierCode(), act);
    if (!notes.isEmpty() || decided.equals(act)) {
      return notes;
    }
    return violation.higherLawNotes(decision.tierCode(), decided).stream()
        .map(note -> "作出处罚决定之日（" + decided + "）上位法已施行，新的规定处罚较轻的适用新的规定（"
            + TimedDecision.ARTICLE_37 + "），由执法人员判断：" + note)
        .toList();
  }

  /** The facts without keys that no version declares, for lenient callers. */
  Map<String, ?> withoutUnknownKeys(Map<String, ?> facts) {
    if (facts == null) {
      return null;
    }
    Set<String> any = everyFactId();
    Map<String, Object> kept = new LinkedHashMap<>();
    facts.forEach((k, v) -> {
      if (any.contains(k)) {
        kept.put(k, v);
      }
    });
    return kept;
  }

  /**
   * The facts a version declares; a fact no version of the chain declares is passed on, so the
   * version reports it as unknown rather than have it silently ignored.
   */
  private Map<String, ?> factsFor(int index, Map<String, ?> facts) {
    Set<String> own = new HashSet<>();
    violations[index].facts().forEach(f -> own.add(f.id()));
    Set<String> any = everyFactId(); // worked out once, not per case
    Map<String, Object> kept = new LinkedHashMap<>();
    facts.forEach((k, v) -> {
      if (own.contains(k) || !any.contains(k)) {
        kept.put(k, v);
      }
    });
    return kept;
  }

  /**
   * A version as a decision names it: its title, then its id and when it is in force, e.g.
   * 《某裁量基准》（example_security，2024-01-01 至 2025-12-31）.
   */
  private String named(TimedDecision.Applied applied) {
    String title = chain.versions().stream().filter(s -> s.id().equals(applied.version()))
        .map(Standard::title).findFirst().orElse(applied.version());
    return "《" + title + "》（" + applied.version() + "，" + applied.period() + "）";
  }
}
