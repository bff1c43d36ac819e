package org.cailiang.dsl.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * When a decision triggers a procedure: a fine threshold, a kind of party, a circumstance, or
 * any of these together (all must hold).
 *
 * @param threshold the fine amount compared, with its operator, if any
 * @param party the kind of party the rule is for, if only one
 * @param when the circumstance that triggers it, if any
 */
public record ProcedureRule(
    Procedure procedure,
    Optional<Threshold> threshold,
    Optional<PartyKind> party,
    Optional<Ref> when,
    String basis,
    SourceSpan span) {
  public ProcedureRule {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }

  /** The procedures a decision may trigger. */
  public enum Procedure {
    HEARING("hearing", "听证", "应当告知当事人有要求听证的权利"),
    SIMPLIFIED("simplified", "简易程序", "可以适用简易程序当场作出处罚决定"),
    LEGAL_REVIEW("review", "法制审核", "应当在作出决定前进行法制审核"),
    COLLECTIVE("collective", "集体讨论", "应当由行政机关负责人集体讨论决定");

    /** Every word a procedure may be written as, for messages. */
    public static final String WORDS =
        "hearing（听证）、simplified（简易程序）、review（法制审核）、collective（集体讨论）";

    private final String keyword;
    private final String word;
    private final String label;

    Procedure(String keyword, String word, String label) {
      this.keyword = keyword;
      this.word = word;
      this.label = label;
    }

    public String keyword() {
      return keyword;
    }

    /** The Chinese word, which the source may write instead of the keyword. */
    public String word() {
      return word;
    }

    public String label() {
      return label;
    }

    /** The procedure with this keyword or Chinese word, if any. */
    public static Optional<Procedure> of(String keyword) {
      for (Procedure procedure : values()) {
        if (procedure.keyword.equals(keyword) || procedure.word.equals(keyword)) {
          return Optional.of(procedure);
        }
      }
      return Optional.empty();
    }
  }

  /** A fine compared with an amount: {@code fine >= 10000元}. */
  public record Threshold(Operator operator, BigDecimal amount, SourceSpan span) {
    public Threshold {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(span, "span");
    }

    /** Whether a fine of this amount meets the threshold. */
    public boolean test(BigDecimal fine) {
      int c = fine.compareTo(amount);
      return switch (operator) {
        case GE -> c >= 0;
        case GT -> c > 0;
        case LE -> c <= 0;
        case LT -> c < 0;
      };
    }

    /** Whether it is an upper limit (罚款…以下, 不满…): a permission every fine must meet. */
    public boolean below() {
      return operator == Operator.LE || operator == Operator.LT;
    }

    /** {@code 罚款一万元以上}: 以上/以下 include the amount. */
    public String label() {
      String shown = org.cailiang.runtime.internal.Amounts.format(amount);
      return switch (operator) {
        case GE -> "罚款" + shown + "以上";
        case GT -> "罚款超过" + shown;
        case LE -> "罚款" + shown + "以下";
        case LT -> "罚款不满" + shown;
      };
    }
  }

  /** The comparison of a threshold. */
  public enum Operator {
    GE, GT, LE, LT
  }
}
