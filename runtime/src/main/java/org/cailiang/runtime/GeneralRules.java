package org.cailiang.runtime;

import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.Chinese;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The general part (总则) a standard uses, laid over and ready to apply to its decisions: the
 * circumstances of the case with their effects, how each effect moves a range, how lighter and
 * heavier circumstances combine, the limitation periods and the procedure rules. The interpreter
 * builds it from the model and generated code holds it as a constant: both decide through {@link
 * #decide}, so they cannot disagree on the arithmetic or the text.
 *
 * @param title the general parts' titles, joined
 * @param circumstances the circumstances, in source order
 * @param adjustments how each effect moves a range, at most one per effect
 * @param combination how 应当 lighter and heavier effects combine, if declared
 * @param limitations the limitation periods: one without a condition, others with one
 * @param procedures the procedure rules, in order
 * @param partyKinds the kind of each party of the standard, by party id, for rules on one kind
 * @param exclusions circumstances of which at most one holds in a case
 */
public record GeneralRules(
    String title,
    List<Circumstance> circumstances,
    List<Adjustment> adjustments,
    Optional<Combination> combination,
    List<Limitation> limitations,
    List<ProcedureRule> procedures,
    Map<String, PartyKind> partyKinds,
    List<Exclusion> exclusions) {
  /**
   * Copies the lists; requires the rest.
   *
   * @param title the general parts' titles, joined
   * @param circumstances the circumstances, in source order
   * @param adjustments how each effect moves a range, at most one per effect
   * @param combination how 应当 lighter and heavier effects combine, if declared
   * @param limitations the limitation periods: one without a condition, others with one
   * @param procedures the procedure rules, in order
   * @param partyKinds the kind of each party of the standard, by party id, for rules on one kind
   * @param exclusions circumstances of which at most one holds in a case
   * @throws IllegalArgumentException when a circumstance implies, or an exclusion names, a
   *     circumstance these rules do not declare
   */
  public GeneralRules {
    Objects.requireNonNull(title, "title");
    circumstances = List.copyOf(circumstances);
    adjustments = List.copyOf(adjustments);
    Objects.requireNonNull(combination, "combination");
    limitations = List.copyOf(limitations);
    procedures = List.copyOf(procedures);
    partyKinds = Map.copyOf(partyKinds);
    exclusions = List.copyOf(exclusions);
    java.util.Set<String> declared = new java.util.HashSet<>();
    circumstances.forEach(c -> declared.add(c.id()));
    for (Circumstance circumstance : circumstances) {
      circumstance.implies().stream().filter(id -> !declared.contains(id)).findFirst()
          .ifPresent(id -> {
            throw new IllegalArgumentException("情节 " + circumstance.id() + " 亦属未声明的情节 " + id);
          });
    }
    for (Exclusion exclusion : exclusions) {
      exclusion.circumstances().stream().filter(id -> !declared.contains(id)).findFirst()
          .ifPresent(id -> {
            throw new IllegalArgumentException("互斥声明中有未声明的情节 " + id);
          });
    }
  }

  /**
   * Rules without exclusions.
   *
   * @param title the general parts' titles, joined
   * @param circumstances the circumstances, in source order
   * @param adjustments how each effect moves a range, at most one per effect
   * @param combination how 应当 lighter and heavier effects combine, if declared
   * @param limitations the limitation periods: one without a condition, others with one
   * @param procedures the procedure rules, in order
   * @param partyKinds the kind of each party of the standard, by party id, for rules on one kind
   */
  public GeneralRules(String title, List<Circumstance> circumstances,
      List<Adjustment> adjustments, Optional<Combination> combination,
      List<Limitation> limitations, List<ProcedureRule> procedures,
      Map<String, PartyKind> partyKinds) {
    this(title, circumstances, adjustments, combination, limitations, procedures, partyKinds,
        List.of());
  }

  /**
   * The outcome of a table decision under these rules.
   *
   * @param decision the table's decision
   * @param facts the general facts of the case; {@link GeneralFacts#NONE} when none
   * @return the outcome, never null
   * @throws InvalidGeneralFactsException when a circumstance is not declared, or the proposed
   *     fine is outside what may be imposed
   * @throws InvalidDatesException when the discovery date is before the act date
   */
  public CaseDecision decide(Decision decision, GeneralFacts facts) {
    return GeneralDecider.decide(this, decision, byId(facts), Statute.UNDECLARED);
  }

  /**
   * The outcome of a table decision under these rules, 减轻 computed below the statutory minimum
   * of what the violation's statute allows in the case.
   *
   * @param decision the table's decision
   * @param facts the general facts of the case; {@link GeneralFacts#NONE} when none
   * @param statute what the statute allows in the case; {@link Statute#UNDECLARED} when the
   *     violation declares none (then 减轻 yields no amount and is left to the officer)
   * @return the outcome, never null
   * @throws InvalidGeneralFactsException as {@link #decide(Decision, GeneralFacts)} does
   * @throws InvalidDatesException as {@link #decide(Decision, GeneralFacts)} does
   */
  public CaseDecision decide(Decision decision, GeneralFacts facts, Statute statute) {
    return GeneralDecider.decide(this, decision, byId(facts), statute);
  }

  /**
   * The outcome decided under these rules, its procedure flags as {@code procedural}'s rules set
   * them: a case judged under the version in force at the act (实体从旧) follows the procedures of
   * the law in force when it is decided (程序从新 — "实体问题适用旧法规定，程序问题适用新法规定",
   * 最高人民法院《关于审理行政案件适用法律规范问题的座谈会纪要》, 法〔2004〕96号). Steps, sanctions,
   * options and the explanation's account of them stay these rules'; a party's kind is as these
   * rules declare it. An outcome without a penalty has no flags and is returned as it is.
   *
   * @param procedural the general rules in force when the case is decided
   * @param outcome an outcome these rules decided
   * @param facts the general facts it was decided on
   * @return the outcome with the flags of {@code procedural}
   */
  public CaseDecision withProceduresOf(GeneralRules procedural, CaseDecision outcome,
      GeneralFacts facts) {
    Objects.requireNonNull(procedural, "procedural");
    Objects.requireNonNull(outcome, "outcome");
    return GeneralDecider.revise(this, procedural, outcome, procedural.byId(byId(facts)),
        List.of());
  }

  /**
   * The outcome decided under these rules, with a note for the officer when the general part of
   * another version of the standard ({@code other}, in force on the act's or the decision's day)
   * gives a circumstance of the case another effect, or none: the version is chosen on the
   * tiers alone (第三十七条, {@link Lenity}), so which law is lighter for these circumstances is
   * the officer's to weigh — e.g. 七十周岁以上、情节严重 is 应当不执行行政拘留 under 治安管理处罚法
   * 2012 第二十一条 and 可以 under 2025 第二十三条第二款. A time-barred or handed-over outcome is
   * returned as it is.
   *
   * @param other the general rules of the other version
   * @param otherVersion how the note names the other version
   * @param outcome an outcome these rules decided
   * @param facts the general facts it was decided on
   * @return the outcome, with the note when an effect differs
   */
  public CaseDecision weighedAgainst(GeneralRules other, String otherVersion,
      CaseDecision outcome, GeneralFacts facts) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.verdict() == CaseDecision.Verdict.TIME_BARRED
        || outcome.verdict() == CaseDecision.Verdict.HANDED_OVER
        || outcome.verdict() == CaseDecision.Verdict.ORDERS_ONLY) {
      return outcome;
    }
    GeneralFacts given = byId(facts);
    List<String> differing = new java.util.ArrayList<>();
    // Source order, not the order the officer gave them: the note must not depend on it.
    for (Circumstance mine : circumstances) {
      Optional<Circumstance> theirs = other.circumstance(mine.id());
      if (given.circumstances().contains(mine.id()) && mine.effect().isPresent()
          && (theirs.isEmpty() || !theirs.get().effect().equals(mine.effect()))) {
        differing.add("「" + mine.label() + "」");
      }
    }
    if (differing.isEmpty()) {
      return outcome;
    }
    String note = "总则情节" + String.join("", differing) + "在" + otherVersion
        + "所用的总则中效果不同或者没有规定：裁量基准的版本只按阶次选定，新旧规定对本案孰轻，须由执法人员依照"
        + "《中华人民共和国行政处罚法》第三十七条判断";
    return GeneralDecider.revise(this, null, outcome, byId(facts), List.of(note));
  }

  /**
   * The limitation period (第三十六条) weighed on the facts' dates and circumstances alone: it is
   * law, not the table, so it can be worked out before any version of a standard is chosen (and
   * when none covers the act).
   *
   * @param facts the general facts of the case
   * @return the period weighed; empty when a date or a period is missing
   * @throws InvalidDatesException when the discovery date is before the act date
   */
  public Optional<CaseDecision.LimitationCheck> limitation(GeneralFacts facts) {
    return GeneralDecider.limitation(this, byId(facts));
  }

  /**
   * The circumstances that hold in a case, by id: those given (by id or label) and those they
   * imply. A name no circumstance has is left out.
   *
   * @param facts the general facts
   * @return the ids
   * @throws InvalidGeneralFactsException when two that exclude each other hold
   */
  public java.util.Set<String> holding(GeneralFacts facts) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (String id : byId(facts).circumstances()) {
      if (isId(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The facts with each circumstance named by its id: a system keeping circumstances as text may
   * give a label (已满十四周岁不满十八周岁) or padding, as the command line accepts them. Facts
   * already by id are returned as they are (no allocation); a name no circumstance has is kept,
   * stripped, for the decision to refuse.
   */
  private GeneralFacts byId(GeneralFacts facts) {
    java.util.Objects.requireNonNull(facts, GeneralFacts.NULL_MESSAGE);
    boolean allIds = true;
    for (String given : facts.circumstances()) {
      allIds &= isId(given);
    }
    GeneralFacts named = facts;
    if (!allIds) {
      java.util.Set<String> ids = new java.util.LinkedHashSet<>();
      for (String given : facts.circumstances()) {
        String name = given.strip();
        ids.add(circumstance(name).map(Circumstance::id).orElse(name));
      }
      named = new GeneralFacts(ids, facts.actDate(), facts.discoveryDate(), facts.proposedFine());
    }
    return closed(named);
  }

  /**
   * The facts with every circumstance their circumstances imply; refused when two that exclude
   * each other hold. Ids these rules do not declare stay, for the decision to name them.
   */
  private GeneralFacts closed(GeneralFacts facts) {
    if (exclusions.isEmpty() && circumstances.stream().allMatch(c -> c.implies().isEmpty())) {
      return facts;
    }
    Map<String, String> implied = implied(facts.circumstances());
    contradiction(implied).ifPresent(message -> {
      throw new InvalidGeneralFactsException(message);
    });
    if (facts.circumstances().containsAll(implied.keySet())) {
      return facts;
    }
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(facts.circumstances());
    ids.addAll(implied.keySet());
    return new GeneralFacts(ids, facts.actDate(), facts.discoveryDate(), facts.proposedFine());
  }

  /**
   * The declared circumstances among {@code ids} and every circumstance they imply, directly or
   * through others: each mapped to the circumstance that implies it, a given one to itself.
   */
  private Map<String, String> implied(java.util.Collection<String> ids) {
    Map<String, String> implier = new java.util.LinkedHashMap<>();
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
    for (String id : ids) {
      if (isId(id) && implier.putIfAbsent(id, id) == null) {
        pending.add(id);
      }
    }
    while (!pending.isEmpty()) {
      String id = pending.remove();
      for (String next : circumstance(id).orElseThrow().implies()) {
        if (implier.putIfAbsent(next, id) == null) {
          pending.add(next);
        }
      }
    }
    return implier;
  }

  /**
   * Why these circumstances, by id, cannot hold together: two of one exclusion hold, given or
   * implied. Empty when they can. Ids these rules do not declare are left out.
   *
   * @param ids circumstances by id
   * @return the reason in Chinese, naming the two circumstances and what implied them
   */
  public Optional<String> contradiction(java.util.Collection<String> ids) {
    return contradiction(implied(ids));
  }

  /** As {@link #contradiction(java.util.Collection)}, on circumstances already closed. */
  private Optional<String> contradiction(Map<String, String> implier) {
    for (Exclusion exclusion : exclusions) {
      List<String> holding = exclusion.circumstances().stream()
          .filter(implier::containsKey).toList();
      if (holding.size() >= 2) {
        StringBuilder text = new StringBuilder("总则情节").append(quoted(holding.get(0)))
            .append("与").append(quoted(holding.get(1))).append("不能同时成立（互斥）");
        for (String id : holding.subList(0, 2)) {
          if (!implier.get(id).equals(id)) {
            text.append("；").append(quoted(id)).append("由").append(quoted(implier.get(id)))
                .append("推出");
          }
        }
        if (!exclusion.reason().isBlank()) {
          text.append("：").append(exclusion.reason());
        }
        return Optional.of(text.toString());
      }
    }
    return Optional.empty();
  }

  private String quoted(String id) {
    return "「" + circumstance(id).orElseThrow().label() + "」";
  }

  private boolean isId(String given) {
    for (Circumstance circumstance : circumstances) {
      if (circumstance.id().equals(given)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the circumstance with this id or label, or empty when none is declared}
   *
   * @param idOrLabel the circumstance's id in the source or its official wording
   */
  public Optional<Circumstance> circumstance(String idOrLabel) {
    for (Circumstance circumstance : circumstances) {
      if (circumstance.id().equals(idOrLabel) || circumstance.label().equals(idOrLabel)) {
        return Optional.of(circumstance);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the statute is read for this case: only a circumstance that may call for 减轻
   * (applied or offered) needs its minimum, and a case handed over none at all. The untyped entry
   * with facts left out, the command line and the test cases all ask this, so facts left out
   * that the statute depends on refuse the same cases everywhere.
   *
   * @param facts the general facts of the case
   * @param decision the table's decision
   * A circumstance of one kind of party ({@code for person}) on a tier whose penalties name no
   * party (警告 alone) reads it too: the clause of the article for the case says whom it punishes.
   *
   * @return true when the case is not handed over and one of its circumstances has a 减轻 or
   *     从轻或者减轻 effect, or is of one kind of party while the tier's penalties name no party
   */
  public boolean readsStatute(GeneralFacts facts, Decision decision) {
    if (decision.handedOver()) {
      return false;
    }
    for (String id : byId(facts).circumstances()) {
      Optional<Circumstance> circumstance = circumstance(id);
      Optional<GeneralEffect> effect = circumstance.flatMap(Circumstance::effect);
      if (effect.isPresent() && (effect.get().kind() == GeneralEffect.Kind.REDUCED
          || effect.get().kind() == GeneralEffect.Kind.LIGHTER_OR_REDUCED)) {
        return true;
      }
      if (circumstance.flatMap(Circumstance::onlyFor).isPresent()
          && GeneralDecider.imposesAnyPenalty(decision.sanctions())
          && namesNoParty(decision.sanctions())) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesNoParty(List<Sanction> sanctions) {
    for (Sanction sanction : FineMoves.flat(sanctions)) {
      if (sanction instanceof Sanction.Fine || sanction instanceof Sanction.Detention) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the adjustment of this effect, or empty when none is declared}
   *
   * @param effect the effect
   */
  public Optional<Adjustment> adjustment(GeneralEffect.Kind effect) {
    for (Adjustment adjustment : adjustments) {
      if (adjustment.effect() == effect) {
        return Optional.of(adjustment);
      }
    }
    return Optional.empty();
  }

  /** These rules with the given parties declared of that kind in {@link #partyKinds}. */
  GeneralRules assuming(java.util.Collection<String> partyIds, PartyKind kind) {
    Map<String, PartyKind> kinds = new java.util.HashMap<>(partyKinds);
    partyIds.forEach(id -> kinds.put(id, kind));
    return new GeneralRules(title, circumstances, adjustments, combination, limitations,
        procedures, kinds, exclusions);
  }

  /**
   * A general circumstance of a case (总则情节).
   *
   * @param id the identifier in the source
   * @param label the official wording
   * @param effect what it does to the penalty; none when it only chooses a limitation period or
   *     a procedure
   * @param basis its legal basis as cited, empty when not given
   * @param onlyFor the kind of party it can concern ({@code for person}: 未成年人、精神病人 are
   *     natural persons), empty when any party: its effect moves only the sanctions of parties of
   *     that kind
   * @param implies the circumstances, by id, that hold whenever this one does (已满十四周岁不满十六周岁
   *     is also 已满十四周岁不满十八周岁): giving this one gives them too
   */
  public record Circumstance(String id, String label, Optional<GeneralEffect> effect, String basis,
      Optional<PartyKind> onlyFor, List<String> implies) {
    /**
     * Requires every part.
     *
     * @param id the identifier in the source
     * @param label the official wording
     * @param effect what it does to the penalty; none when it only chooses a limitation period or
     *     a procedure
     * @param basis its legal basis as cited, empty when not given
     * @param onlyFor the kind of party it can concern, empty when any
     * @param implies the circumstances, by id, that hold whenever this one does
     * @throws IllegalArgumentException when it implies itself
     */
    public Circumstance {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(onlyFor, "onlyFor");
      implies = List.copyOf(implies);
      if (implies.contains(id)) {
        throw new IllegalArgumentException("情节 " + id + " 不能亦属它自己");
      }
    }

    /**
     * A circumstance that implies no other.
     *
     * @param id the identifier in the source
     * @param label the official wording
     * @param effect what it does to the penalty, if anything
     * @param basis its legal basis as cited, empty when not given
     * @param onlyFor the kind of party it can concern, empty when any
     */
    public Circumstance(String id, String label, Optional<GeneralEffect> effect, String basis,
        Optional<PartyKind> onlyFor) {
      this(id, label, effect, basis, onlyFor, List.of());
    }

    /**
     * A circumstance of any party.
     *
     * @param id the identifier in the source
     * @param label the official wording
     * @param effect what it does to the penalty, if anything
     * @param basis its legal basis as cited, empty when not given
     */
    public Circumstance(String id, String label, Optional<GeneralEffect> effect, String basis) {
      this(id, label, effect, basis, Optional.empty());
    }
  }

  /**
   * Circumstances of which at most one holds in a case ({@code exclusive}): the age brackets of
   * a minor, or an item of an article and the proviso that displaces it.
   *
   * @param circumstances the circumstances, by id, at least two
   * @param reason why they cannot hold together, empty when not given
   */
  public record Exclusion(List<String> circumstances, String reason) {
    /**
     * Copies the list; requires the reason.
     *
     * @param circumstances the circumstances, by id, at least two
     * @param reason why they cannot hold together, empty when not given
     */
    public Exclusion {
      circumstances = List.copyOf(circumstances);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * How one effect moves a tier's fine range: 从轻 to the lower {@code percent} of the range,
   * 从重 to the upper {@code percent}, 减轻 below the statutory minimum (not the tier's) down to
   * {@code percent} of it.
   *
   * @param effect the effect it serves
   * @param mode which part of the range
   * @param percent a percentage, e.g. 50 for {@code 50%}
   * @param basis its legal basis as cited
   */
  public record Adjustment(GeneralEffect.Kind effect, Mode mode, BigDecimal percent, String basis) {
    /**
     * Requires every part.
     *
     * @param effect the effect it serves
     * @param mode which part of the range
     * @param percent a percentage, e.g. 50 for {@code 50%}
     * @param basis its legal basis as cited
     */
    public Adjustment {
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(basis, "basis");
    }

    /** {@return the rule in the words of a decision, e.g. {@code 在阶次幅度（罚款、拘留）的下段 50% 内处罚}} */
    public String describe() {
      String shown = percent.stripTrailingZeros().toPlainString() + "%";
      return switch (mode) {
        case LOWER -> "在阶次幅度（罚款、拘留）的下段 " + shown + " 内处罚";
        case UPPER -> "在阶次幅度（罚款、拘留）的上段 " + shown + " 内处罚";
        case FLOOR -> "在法定最低限以下处罚，但不低于法定最低限的 " + shown;
      };
    }

    /** Which part of the range the effect moves to. */
    public enum Mode {
      /** The lower part: from the minimum up to this share of the range. */
      LOWER,
      /** The upper part: this share of the range below the maximum, up to the maximum. */
      UPPER,
      /** Below the statutory minimum: from this share of it up to just below it. */
      FLOOR
    }
  }

  /**
   * How lighter and heavier circumstances combine when both apply: the law leaves it open.
   *
   * @param rule the rule chosen
   * @param basis its basis as cited
   */
  public record Combination(Rule rule, String basis) {
    /**
     * Requires both parts.
     *
     * @param rule the rule chosen
     * @param basis its basis as cited
     */
    public Combination {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(basis, "basis");
    }

    /** The rules a standard may choose. */
    public enum Rule {
      /** Lighter and heavier cancel out: the tier's range stays as it is. */
      OFFSET("相互抵销，按原阶次幅度裁量"),
      /** 从重 first, then 从轻 or 减轻 on the result. */
      HEAVIER_FIRST("先从重，再在从重后的幅度内从轻或者减轻");

      private final String label;

      Rule(String label) {
        this.label = label;
      }

      /** {@return the rule in words} */
      public String label() {
        return label;
      }
    }
  }

  /**
   * A limitation period (追责时效): an act not discovered within it is not punished.
   *
   * @param months the period in months (two years are 24)
   * @param when the id of the circumstance under which this period applies, if any
   * @param effective the day this period took effect, if declared: an act before it keeps the
   *     period of its day (《行政处罚法》第三十七条: the five years of 2021 are no lighter)
   * @param basis its legal basis as cited
   */
  public record Limitation(int months, Optional<String> when, Optional<java.time.LocalDate> effective,
      String basis) {
    /**
     * Requires every part.
     *
     * @param months the period in months (two years are 24)
     * @param when the id of the circumstance under which this period applies, if any
     * @param effective the day this period took effect, if declared
     * @param basis its legal basis as cited
     */
    public Limitation {
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(effective, "effective");
      Objects.requireNonNull(basis, "basis");
    }

    /**
     * A period in force for every act.
     *
     * @param months the period in months (two years are 24)
     * @param when the id of the circumstance under which this period applies, if any
     * @param basis its legal basis as cited
     */
    public Limitation(int months, Optional<String> when, String basis) {
      this(months, when, Optional.empty(), basis);
    }

    /** {@return whether this period is in force for an act of that day} */
    boolean coversActOf(java.time.LocalDate act) {
      return effective.isEmpty() || !act.isBefore(effective.get());
    }

    /** {@return the period as statutes write it: {@code 二年}, {@code 六个月}} */
    public String label() {
      return months % 12 == 0
          ? Chinese.numerals(java.math.BigDecimal.valueOf(months / 12)) + "年"
          : Chinese.numerals(java.math.BigDecimal.valueOf(months)) + "个月";
    }
  }

  /** The kind of a party, for procedure rules on one kind only. */
  public enum PartyKind {
    /** 公民, as 第五十一条 and 第六十三条 speak of them. */
    PERSON("公民"),
    /** 法人或者其他组织. */
    ORGANIZATION("单位");

    private final String label;

    PartyKind(String label) {
      this.label = label;
    }

    /** {@return {@code 自然人} or {@code 单位}} */
    public String label() {
      return label;
    }
  }

  /** The procedures a decision may trigger. */
  public enum Procedure {
    /** 听证 (行政处罚法第六十三条). */
    HEARING("hearing", "应当告知当事人有要求听证的权利"),
    /** 简易程序 (第五十一条). */
    SIMPLIFIED("simplified", "可以适用简易程序当场作出处罚决定"),
    /** 法制审核 (第五十八条). */
    LEGAL_REVIEW("review", "应当在作出决定前进行法制审核"),
    /** 集体讨论 (第五十七条第二款). */
    COLLECTIVE("collective", "应当由行政机关负责人集体讨论决定");

    private final String keyword;
    private final String label;

    Procedure(String keyword, String label) {
      this.keyword = keyword;
      this.label = label;
    }

    /** {@return the keyword in the language and in JSON, e.g. {@code hearing}} */
    public String keyword() {
      return keyword;
    }

    /** {@return what the procedure asks of the authority} */
    public String label() {
      return label;
    }
  }

  /**
   * When a decision triggers a procedure: a fine threshold, a kind of party, a circumstance, or
   * these together (all must hold).
   *
   * @param procedure the procedure
   * @param threshold the fine compared, if any
   * @param party the kind of party the rule is for, if only one
   * @param when the id of the circumstance that triggers it, if any
   * @param basis its legal basis as cited
   */
  public record ProcedureRule(
      Procedure procedure,
      Optional<Threshold> threshold,
      Optional<PartyKind> party,
      Optional<String> when,
      String basis) {
    /**
     * Requires every part.
     *
     * @param procedure the procedure
     * @param threshold the fine compared, if any
     * @param party the kind of party the rule is for, if only one
     * @param when the id of the circumstance that triggers it, if any
     * @param basis its legal basis as cited
     */
    public ProcedureRule {
      Objects.requireNonNull(procedure, "procedure");
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * A fine compared with an amount: {@code fine >= 10000元}.
   *
   * @param operator the comparison
   * @param amount the amount in yuan
   */
  public record Threshold(Operator operator, BigDecimal amount) {
    /**
     * Requires both parts.
     *
     * @param operator the comparison
     * @param amount the amount in yuan
     */
    public Threshold {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(amount, "amount");
    }

    /**
     * {@return whether a fine of this amount meets the threshold}
     *
     * @param fine the fine in yuan
     */
    public boolean test(BigDecimal fine) {
      int c = fine.compareTo(amount);
      return switch (operator) {
        case GE -> c >= 0;
        case GT -> c > 0;
        case LE -> c <= 0;
        case LT -> c < 0;
      };
    }

    /** {@return {@code 罚款1万元以上}: 以上/以下 include the amount} */
    public String label() {
      String shown = Amounts.format(amount);
      return switch (operator) {
        case GE -> "罚款" + shown + "以上";
        case GT -> "罚款超过" + shown;
        case LE -> "罚款" + shown + "以下";
        case LT -> "罚款不满" + shown;
      };
    }

    /** {@return whether the threshold is an upper limit (以下, 不满)} */
    public boolean below() {
      return operator == Operator.LE || operator == Operator.LT;
    }
  }

  /** The comparison of a threshold. */
  public enum Operator {
    /** At least (以上). */
    GE,
    /** More than (超过). */
    GT,
    /** At most (以下). */
    LE,
    /** Less than (不满). */
    LT
  }
}
