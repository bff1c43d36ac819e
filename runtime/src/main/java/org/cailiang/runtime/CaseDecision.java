package org.cailiang.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case decided with the general part (总则): the table's {@link Decision}, unchanged, then what
 * the general circumstances, the limitation period and the procedure rules make of it.
 *
 * @param decision the tier the table gives, unchanged
 * @param verdict whether a penalty is imposed
 * @param steps every adjustment applied (应当), in order, each with its reason and citation
 * @param sanctions what may be imposed after the steps: the fines' ranges moved; when not
 *     punished, only the orders (责令改正) the tier keeps
 * @param options what 可以 effects would make of it, never applied
 * @param procedures the procedures the outcome triggers, one flag per procedure declared
 * @param limitation the limitation period weighed, when the dates were given
 * @param explanation one Chinese paragraph for the officer
 * @param unresolved what the general part could not compute and leaves to the officer, each in
 *     words: 减轻 where the statute states no minimum to go below; empty when nothing
 */
public record CaseDecision(
    Decision decision,
    Verdict verdict,
    List<Step> steps,
    List<Sanction> sanctions,
    List<Option> options,
    List<ProcedureFlag> procedures,
    Optional<LimitationCheck> limitation,
    String explanation,
    List<String> unresolved) {
  /**
   * Copies the lists; requires the rest.
   *
   * @param decision the tier the table gives, unchanged
   * @param verdict whether a penalty is imposed
   * @param steps every adjustment applied (应当), in order, each with its reason and citation
   * @param sanctions what may be imposed after the steps: the fines' ranges moved; when not
   *     punished, only the orders (责令改正) the tier keeps
   * @param options what 可以 effects would make of it, never applied
   * @param procedures the procedures the outcome triggers, one flag per procedure declared
   * @param limitation the limitation period weighed, when the dates were given
   * @param explanation one Chinese paragraph for the officer
   * @param unresolved what the general part leaves to the officer; empty when nothing
   */
  public CaseDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(verdict, "verdict");
    steps = List.copyOf(steps);
    sanctions = List.copyOf(sanctions);
    options = List.copyOf(options);
    procedures = List.copyOf(procedures);
    Objects.requireNonNull(limitation, "limitation");
    Objects.requireNonNull(explanation, "explanation");
    unresolved = List.copyOf(unresolved);
  }

  /**
   * An outcome that leaves nothing to the officer.
   *
   * @param decision the tier the table gives, unchanged
   * @param verdict whether a penalty is imposed
   * @param steps every adjustment applied (应当), in order
   * @param sanctions what may be imposed after the steps
   * @param options what 可以 effects would make of it, never applied
   * @param procedures the procedures the outcome triggers
   * @param limitation the limitation period weighed, when the dates were given
   * @param explanation one Chinese paragraph for the officer
   */
  public CaseDecision(Decision decision, Verdict verdict, List<Step> steps,
      List<Sanction> sanctions, List<Option> options, List<ProcedureFlag> procedures,
      Optional<LimitationCheck> limitation, String explanation) {
    this(decision, verdict, steps, sanctions, options, procedures, limitation, explanation,
        List.of());
  }

  /**
   * {@return this outcome with more points left to the officer, each said once} The notes of a
   * proposed fine one version does not allow, or of the author's higher-law record.
   *
   * @param notes the points to add, in order
   */
  public CaseDecision withUnresolved(List<String> notes) {
    List<String> all = new java.util.ArrayList<>(unresolved);
    notes.stream().filter(note -> !all.contains(note)).forEach(all::add);
    return all.size() == unresolved.size() ? this
        : new CaseDecision(decision, verdict, steps, sanctions, options, procedures, limitation, explanation, all);
  }

  /** The outcome without these notes: the dated call says the higher-law notes on its version. */
  CaseDecision withoutUnresolved(List<String> notes) {
    List<String> kept = unresolved.stream().filter(note -> !notes.contains(note)).toList();
    return kept.size() == unresolved.size() ? this
        : new CaseDecision(decision, verdict, steps, sanctions, options, procedures, limitation, explanation, kept);
  }

  /** {@return whether the officer must decide what the general part could not compute} */
  public boolean needsOfficer() {
    return !unresolved.isEmpty();
  }

  /** {@return the paragraph a case officer can paste into a 处罚决定书 draft} */
  public String explain() {
    return explanation;
  }

  /**
   * This case as JSON, in the shape of docs/json.md: the decision's fields, then the outcome under
   * the general part as {@code general} — the document {@code cailiang eval --json --general …}
   * prints.
   *
   * @return pretty-printed JSON with a final newline
   */
  public String toJson() {
    return org.cailiang.runtime.internal.Json.write(toJsonTree());
  }

  /**
   * This case as a tree of plain values (ordered maps, lists, strings, numbers, booleans and
   * {@code null}) in the shape of {@link #toJson()}, for any JSON library.
   *
   * @return a fresh tree, its maps ordered
   */
  public java.util.Map<String, Object> toJsonTree() {
    return org.cailiang.runtime.internal.CaseJson.of(this);
  }

  /**
   * {@return the flag of this procedure, or empty when the general part does not declare it}
   *
   * @param procedure the procedure asked about
   */
  public Optional<ProcedureFlag> procedure(GeneralRules.Procedure procedure) {
    for (ProcedureFlag flag : procedures) {
      if (flag.procedure() == procedure) {
        return Optional.of(flag);
      }
    }
    return Optional.empty();
  }

  /**
   * The fines of the outcome, after its steps (从轻, 减轻, 从重), in order; not those within a
   * choice ({@link #fineOptionsFor(Party)}). Integrator's review: the adjusted fine could only
   * be read by scanning and casting {@link #sanctions()}.
   *
   * @return an immutable list, empty when the outcome imposes no fine alone
   */
  public List<Sanction.Fine> fines() {
    List<Sanction.Fine> fines = new java.util.ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine fine) {
        fines.add(fine);
      }
    }
    return List.copyOf(fines);
  }

  /**
   * The fine the outcome imposes on {@code party}, alone or beside other parties; empty when no
   * fine can fall on the party. A fine the officer may add (可以并处) is returned too: {@link
   * Sanction.Fine#optional()} tells it apart.
   *
   * @param party the party, e.g. a generated {@code Parties.UNIT}
   * @return the fine, or empty
   * @throws IllegalStateException when the party's only fine is one option of a choice —
   *     应当从轻或者减轻 may leave the officer two ranges, a tier 警告或者罚款 — which {@link
   *     #fineOptionsFor(Party)} lists (integrator's review: empty read as "not fined")
   */
  public Optional<Sanction.Fine> fineFor(Party party) {
    Objects.requireNonNull(party, FineChoices.PARTY_NULL);
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Fine fine && fine.parties().contains(party)) {
        return Optional.of(fine);
      }
    }
    FineChoices.refuse(sanctions, party);
    return Optional.empty();
  }

  /**
   * Every fine the outcome may impose on {@code party}: its fine, and each option's fine of a
   * choice (从轻的幅度 or 减轻的幅度; 警告或者罚款), in order. Which one applies is the officer's.
   *
   * @param party the party
   * @return an immutable list, empty when no fine may fall on the party
   */
  public List<Sanction.Fine> fineOptionsFor(Party party) {
    Objects.requireNonNull(party, FineChoices.PARTY_NULL);
    return FineChoices.options(sanctions, party);
  }

  /**
   * Whether the party's only fine is one option of a choice (警告或者罚款; 从轻的幅度或者减轻的幅度):
   * {@link #fineFor(Party)} then throws, and {@link #fineOptionsFor(Party)} lists the options.
   *
   * @param party the party
   * @return whether the fine is the officer's choice
   */
  public boolean fineIsOnlyAnOption(Party party) {
    Objects.requireNonNull(party, FineChoices.PARTY_NULL);
    return FineChoices.onlyAnOption(sanctions, party);
  }

  /** Whether a penalty is imposed. */
  public enum Verdict {
    /** A penalty, within the sanctions after the steps. */
    PUNISHED("给予行政处罚"),
    /** 不予: no penalty; the orders are kept and the party is educated. */
    WAIVED("不予行政处罚"),
    /** Discovered after the limitation period (第三十六条). */
    TIME_BARRED("超过追责时效，不再给予行政处罚"),
    /**
     * A referral ends the administrative case (第二十七条): the case goes to the judicial organs
     * and no administrative penalty is decided here, so no general circumstance applies.
     */
    HANDED_OVER("涉嫌犯罪，移送司法机关，不作行政处罚决定"),
    /**
     * The tier orders correction (责令改正, 限期拆除 …) and imposes no penalty, not even one the
     * officer may choose: such orders are not administrative penalties (第二条、第九条), so there
     * is no penalty decision, no general circumstance to apply and no procedure to flag (legal
     * review: "责令改正；拒不改正的，处…罚款" before the refusal was given as 给予行政处罚 with 简易程序).
     */
    ORDERS_ONLY("只有责令改正等措施，不是行政处罚，不作行政处罚决定");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** {@return the verdict in words} */
    public String label() {
      return label;
    }
  }

  /**
   * One adjustment applied.
   *
   * @param circumstances the labels of the circumstances that call for it
   * @param effect the effect applied (for 从轻或者减轻: the range covers both)
   * @param basis their citations
   * @param rule how the range moves, as the general part states it
   * @param before the sanctions before the step
   * @param result the sanctions after the step
   */
  public record Step(
      List<String> circumstances,
      GeneralEffect effect,
      String basis,
      String rule,
      List<Sanction> before,
      List<Sanction> result) {
    /**
     * Copies the lists; requires the rest.
     *
     * @param circumstances the labels of the circumstances that call for it
     * @param effect the effect applied (for 从轻或者减轻: the range covers both)
     * @param basis their citations
     * @param rule how the range moves, as the general part states it
     * @param before the sanctions before the step
     * @param result the sanctions after the step
     */
    public Step {
      circumstances = List.copyOf(circumstances);
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(rule, "rule");
      before = List.copyOf(before);
      result = List.copyOf(result);
    }
  }

  /**
   * A 可以 effect offered to the officer, with what it would give; not applied.
   *
   * @param circumstance the circumstance's label
   * @param effect its effect
   * @param basis its citation
   * @param result the sanctions if the officer applies it
   */
  public record Option(
      String circumstance, GeneralEffect effect, String basis, List<Sanction> result) {
    /**
     * Copies the list; requires the rest.
     *
     * @param circumstance the circumstance's label
     * @param effect its effect
     * @param basis its citation
     * @param result the sanctions if the officer applies it
     */
    public Option {
      Objects.requireNonNull(circumstance, "circumstance");
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(basis, "basis");
      result = List.copyOf(result);
    }
  }

  /**
   * A procedure and whether the outcome triggers it.
   *
   * @param procedure the procedure
   * @param status whether it applies
   * @param trigger what triggered it (the threshold, the sanction or the circumstance), or why
   *     not; empty when nothing was weighed
   * @param basis its legal basis as cited
   */
  public record ProcedureFlag(
      GeneralRules.Procedure procedure, Status status, String trigger, String basis) {
    /**
     * Requires every part.
     *
     * @param procedure the procedure
     * @param status whether it applies
     * @param trigger what triggered it (the threshold, the sanction or the circumstance), or why
     *     not; empty when nothing was weighed
     * @param basis its legal basis as cited
     */
    public ProcedureFlag {
      Objects.requireNonNull(procedure, "procedure");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** Whether a procedure applies. */
  public enum Status {
    /** It applies. */
    APPLIES("适用"),
    /** It applies to some amounts of the range only: the fine decides. */
    DEPENDS_ON_AMOUNT("视罚款数额而定"),
    /** It applies if the officer imposes a sanction the tier only allows (可以…). */
    DEPENDS_ON_SANCTION("视是否作出而定"),
    /**
     * A rule for 公民 or for 法人或者其他组织 meets a party whose kind is not declared, and the two
     * kinds give different answers: the officer decides by the party.
     */
    DEPENDS_ON_PARTY("视当事人是公民还是法人或者其他组织而定"),
    /** It does not apply. */
    DOES_NOT_APPLY("不适用");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** {@return the status in words} */
    public String label() {
      return label;
    }
  }

  /**
   * The limitation period weighed.
   *
   * @param period e.g. {@code 2年}
   * @param months the period in months
   * @param actDate the day of the act, from which the period runs
   * @param discoveryDate the day of discovery
   * @param lastDay the last day on which a discovery is within the period
   * @param expired whether the act was discovered after it
   * @param basis its legal basis as cited
   */
  public record LimitationCheck(
      String period,
      int months,
      java.time.LocalDate actDate,
      java.time.LocalDate discoveryDate,
      java.time.LocalDate lastDay,
      boolean expired,
      String basis) {
    /**
     * Requires every part.
     *
     * @param period e.g. {@code 2年}
     * @param months the period in months
     * @param actDate the day of the act, from which the period runs
     * @param discoveryDate the day of discovery
     * @param lastDay the last day on which a discovery is within the period
     * @param expired whether the act was discovered after it
     * @param basis its legal basis as cited
     */
    public LimitationCheck {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(actDate, "actDate");
      Objects.requireNonNull(discoveryDate, "discoveryDate");
      Objects.requireNonNull(lastDay, "lastDay");
      Objects.requireNonNull(basis, "basis");
    }
  }
}
