package org.cailiang.runtime;

import java.util.List;
import java.util.Map;

/**
 * One violation code of a standard, as an untyped evaluator. Generated classes also offer a
 * typed {@code evaluate(Facts)}; this view serves systems that store codes and facts as strings.
 * Implementations are immutable and safe to share between threads.
 */
public interface Violation {

  /** {@return the violation's code, e.g. {@code C05843}} */
  String code();

  /** {@return the id of the standard the violation belongs to} */
  String standardId();

  /** {@return the official description of the violation (违法行为)} */
  String title();

  /** {@return the facts a decision needs, in declaration order} */
  List<FactSpec> facts();

  /** {@return the full codes of its tiers, e.g. {@code C05843B010}, in declaration order} */
  List<String> tierCodes();

  /**
   * Decides a case from untyped facts. Keys are fact ids; values may be typed ({@link
   * Labelled}, {@link Boolean}, {@link java.math.BigDecimal}, {@link Long}) or strings: an enum
   * value by id or by label, {@code true}/{@code false} or {@code 是}/{@code 否}, an amount such as
   * {@code 5000}, {@code 5000元} or {@code 1.5万}. A blank string counts as a fact not given, as
   * a form's empty field does.
   *
   * @param facts the facts by id
   * @return the decision of the tier that applies, never null
   * @throws InvalidFactsException naming every missing, unknown or invalid fact
   * @throws NoApplicableTierException when no tier covers the facts
   */
  Decision evaluate(Map<String, ?> facts);

  /**
   * Decides a case from untyped facts under the general part (总则) the standard uses: the
   * tier, as {@link #evaluate(Map)} decides it, then the adjustments, options, procedure flags
   * and limitation — with 减轻 computed from the violation's statute, as the typed {@code
   * evaluate(Facts, GeneralFacts)} does. Facts may be left out as for {@link #evaluate(Map)},
   * with the interpreter's result ({@code cailiang eval}): the statute is read only for a
   * circumstance that may call for 减轻, and only then must the facts it depends on be given.
   *
   * @param facts the facts by id, as for {@link #evaluate(Map)}
   * @param general the general circumstances, dates and proposed fine
   * @return the outcome, never null
   * @throws InvalidFactsException naming every missing, unknown or invalid fact
   * @throws NoApplicableTierException when no tier covers the facts
   * @throws InvalidFactsException also when 减轻 needs the statute and the statute depends on a
   *     fact left out
   * @throws InvalidGeneralFactsException when the general facts do not fit the general part
   * @throws InvalidDatesException when the discovery date is before the act date
   * @throws UnsupportedOperationException when the standard uses no general part
   */
  default CaseDecision evaluate(Map<String, ?> facts, GeneralFacts general) {
    throw new UnsupportedOperationException(
        code() + "：裁量基准 " + standardId() + " 没有使用总则（uses），无从适用总则");
  }

  /**
   * The general rules this violation is decided under, when its standard uses a general part:
   * with dates, a case judged under an earlier version follows the procedures of the version in
   * force when it is decided ({@link GeneralRules#withProceduresOf}).
   *
   * @return the rules; empty when the standard uses no general part
   */
  default java.util.Optional<GeneralRules> generalRules() {
    return java.util.Optional.empty();
  }

  /**
   * The day the text of the law this violation is an offence under took effect, when the standard
   * gives it (its regulation's {@code effective}; for an amended law, the amendment's day): an act
   * before that day fell under an earlier text or none, which this standard does not encode, so a
   * dated evaluation does not decide it by this standard ({@link
   * TimedDecision.Ground#NOT_COVERED_AT_ACT}; an earlier version of the standard does, when given).
   *
   * @return the day; empty when the standard does not say
   */
  default java.util.Optional<java.time.LocalDate> lawEffective() {
    return java.util.Optional.empty();
  }

  /**
   * What the standard's author recorded of this decision's tier going beyond the higher law its
   * regulation implements ({@code suppress "higher-law" "理由"}, on the violation or the tier), for an
   * act on the day given: said while that higher law is in force, for the officer to check before
   * applying the tier (Beijing's C05837 since 2025-04-01). A dated evaluation lists them on the
   * version applied ({@link TimedDecision.Applied#notes()}) and leaves the case to the officer.
   *
   * @param tierCode the decision's tier code
   * @param act the day of the act
   * @return the notes, empty when none applies
   */
  default List<String> higherLawNotes(String tierCode, java.time.LocalDate act) {
    return List.of();
  }

  /**
   * The referrals the standard writes for this violation without a condition ({@code refer
   * beside "构成违反治安管理行为的，依法给予治安管理处罚"} with no {@code when}): reminders to the
   * officer, who judges whether the case is one of them (《行政处罚法》第二十七条). They decide
   * nothing, so no {@link Decision} lists them; a case-handling system shows them beside every
   * decision of the violation.
   *
   * @return the reminders' texts, in source order; empty when the standard writes none
   */
  default List<String> reminders() {
    return List.of();
  }
}
