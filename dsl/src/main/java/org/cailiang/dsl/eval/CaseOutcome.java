package org.cailiang.dsl.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;

/**
 * A case decided with the general part: the table's decision, then what the general
 * circumstances, the limitation period and the procedure rules make of it.
 *
 * @param decision the tier the table gives, unchanged
 * @param verdict whether a penalty is imposed
 * @param steps every adjustment applied (应当), in order, each with its reason and citation
 * @param sanctions what may be imposed after the steps: the fines' ranges moved; when not
 *     punished only the orders (责令改正) the tier keeps
 * @param options what 可以 effects would make of it, never applied
 * @param procedures the procedures the outcome triggers, one flag per procedure declared
 * @param limitation the limitation period weighed, when the dates were given
 * @param explanation one Chinese paragraph for the officer
 * @param unresolved what the general part leaves to the officer (减轻 without a statutory
 *     minimum), each in words; empty when nothing
 */
public record CaseOutcome(
    Decision decision,
    Verdict verdict,
    List<Step> steps,
    List<Sanction> sanctions,
    List<Option> options,
    List<ProcedureFlag> procedures,
    Optional<LimitationCheck> limitation,
    String explanation,
    List<String> unresolved) {
  public CaseOutcome {
    unresolved = List.copyOf(unresolved);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(verdict, "verdict");
    steps = List.copyOf(steps);
    sanctions = List.copyOf(sanctions);
    options = List.copyOf(options);
    procedures = List.copyOf(procedures);
    Objects.requireNonNull(limitation, "limitation");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Whether a penalty is imposed. */
  public enum Verdict {
    PUNISHED("给予行政处罚"),
    WAIVED("不予行政处罚"),
    TIME_BARRED("超过追责时效，不再给予行政处罚"),
    HANDED_OVER("涉嫌犯罪，移送司法机关，不作行政处罚决定"),
    ORDERS_ONLY("只有责令改正等措施，不是行政处罚，不作行政处罚决定");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

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
   * @param result the sanctions after the step
   */
  public record Step(
      List<String> circumstances, Effect effect, String basis, String rule, List<Sanction> result) {
    public Step {
      circumstances = List.copyOf(circumstances);
      Objects.requireNonNull(effect, "effect");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(rule, "rule");
      result = List.copyOf(result);
    }
  }

  /** A 可以 effect offered to the officer, with what it would give; not applied. */
  public record Option(String circumstance, Effect effect, String basis, List<Sanction> result) {
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
   * @param trigger what triggered it (the threshold, the sanction or the circumstance), or why
   *     not; empty when nothing was weighed
   */
  public record ProcedureFlag(
      ProcedureRule.Procedure procedure, Status status, String trigger, String basis) {
    public ProcedureFlag {
      Objects.requireNonNull(procedure, "procedure");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** Whether a procedure applies. */
  public enum Status {
    APPLIES("适用"),
    DEPENDS_ON_AMOUNT("视罚款数额而定"),
    /** It applies if the officer imposes a sanction the tier only allows (可以…). */
    DEPENDS_ON_SANCTION("视是否作出而定"),
    /** A rule for one kind of party meets a party whose kind is not declared. */
    DEPENDS_ON_PARTY("视当事人是公民还是法人或者其他组织而定"),
    DOES_NOT_APPLY("不适用");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The limitation period weighed.
   *
   * @param period e.g. {@code 2年}
   * @param expired whether the act was discovered after it
   */
  public record LimitationCheck(String period, boolean expired, String basis) {
    public LimitationCheck {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** The flag of this procedure, if the general part declares it. */
  public Optional<ProcedureFlag> procedure(ProcedureRule.Procedure procedure) {
    return procedures.stream().filter(f -> f.procedure() == procedure).findFirst();
  }
}
