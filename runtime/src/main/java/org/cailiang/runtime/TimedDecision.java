package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case decided under the law in time: which version applies, and why.
 *
 * @param actDate the day of the act (违法行为发生之日；持续的，终了之日)
 * @param decisionDate the day of the decision
 * @param ground why the outcome is what it is
 * @param applied the outcome applied: none when no version in force at the act covers the code;
 *     two (old first) when the two versions cannot be ordered and the officer must choose; the
 *     outcome at the act, for reference, when the version at decision time lacks the code
 * @param explanation one sentence for the officer, citing 第三十七条 where it decides
 */
public record TimedDecision(
    LocalDate actDate,
    LocalDate decisionDate,
    Ground ground,
    List<Applied> applied,
    String explanation) {

  /**
   * The explanation, under the name {@code Decision}, {@code CaseDecision} and {@code
   * TimedCaseDecision} give theirs (new user: it was only {@code explanation()}).
   *
   * @return the sentence for the officer, as {@link #explanation()}
   */
  public String explain() {
    return explanation;
  }

  /** 第三十七条 as docs/law/行政处罚法-2021.md quotes it. */
  public static final String ARTICLE_37 = "《中华人民共和国行政处罚法》第三十七条";

  /**
   * Copies {@code applied}; requires the rest.
   *
   * @param actDate the day of the act (违法行为发生之日；持续的，终了之日)
   * @param decisionDate the day of the decision
   * @param ground why the outcome is what it is
   * @param applied the outcome applied: none when no version in force at the act covers the code;
   *     two (old first) when the two versions cannot be ordered and the officer must choose; the
   *     outcome at the act, for reference, when the version at decision time lacks the code
   * @param explanation one sentence for the officer, citing 第三十七条 where it decides
   */
  public TimedDecision {
    Objects.requireNonNull(actDate, "actDate");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(ground, "ground");
    applied = List.copyOf(applied);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Why a version was applied, or none. */
  public enum Ground {
    /** One version was in force from the act to the decision. */
    IN_FORCE,
    /** The law changed, and the new version is not lighter: the old one applies (从旧). */
    OLD_NOT_LIGHTER,
    /** The law changed, and the new version punishes more lightly: it applies (第三十七条). */
    NEW_LIGHTER,
    /**
     * The version in force at decision time has no tier for the code. A discretion standard
     * cannot set or lift a penalty (《行政处罚法》第十六条、第三十四条), so this does not show that
     * the new law "不认为是违法": the officer judges that under the law itself (第三十七条). The
     * outcome under the version in force at the act is given for reference.
     */
    NOT_COVERED_AT_DECISION,
    /**
     * No version in force at the act date has a tier for the code (or no version was in force),
     * or the act precedes the day the text of the law the code is under took effect ({@link
     * Violation#lawEffective()}): whether the act was punishable then, and under which text, is
     * for the officer to judge under the law of that day.
     */
    NOT_COVERED_AT_ACT,
    /** The two versions cannot be ordered: both outcomes, for the officer to decide. */
    INCOMPARABLE,
    /**
     * A version in force at the act or at the decision hands the case over to the judicial organs
     * (a suspected crime, 第二十七条): a referral is no administrative penalty, so the versions
     * are not weighed as lighter or heavier under 第三十七条 (legal author: a referral under the
     * new version was called "新的规定处罚较轻"). When both refer, the one in force at the
     * decision is applied; when only one does, both outcomes are listed for the officer: whether
     * the act is a suspected crime is for the criminal law (刑法第十二条), not the standard.
     */
    HANDED_OVER;

    /**
     * Whether the law changed between act and decision, so that 第三十七条 decides: its first
     * sentence (the law at the act) or its second (the new law, lighter or no longer punishing).
     *
     * @return whether 第三十七条 decides
     */
    public boolean byArticle37() {
      return this != IN_FORCE && this != NOT_COVERED_AT_ACT && this != HANDED_OVER;
    }
  }

  /**
   * One outcome and the version it comes from.
   *
   * @param version the standard version's id
   * @param effective the first day that version is in force; empty when it gives none
   * @param lastDay the last day it is in force (the day before its repeal or its successor takes
   *     effect); empty when open-ended
   * @param decision the decision under that version
   * @param notes what the officer must check before applying it: the standard's author's record
   *     that the tier goes beyond a higher law in force at the act ({@link
   *     Violation#higherLawNotes}); empty when none
   */
  public record Applied(
      String version, Optional<LocalDate> effective, Optional<LocalDate> lastDay, Decision decision,
      List<String> notes) {
    /**
     * Requires every part; copies the notes.
     *
     * @param version the standard version's id
     * @param effective the first day that version is in force; empty when it gives none
     * @param lastDay the last day it is in force (the day before its repeal or its successor takes
     *     effect); empty when open-ended
     * @param decision the decision under that version
     * @param notes what the officer must check before applying it; empty when none
     */
    public Applied {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(effective, "effective");
      Objects.requireNonNull(lastDay, "lastDay");
      Objects.requireNonNull(decision, "decision");
      notes = List.copyOf(notes);
    }

    /**
     * A version applied without notes.
     *
     * @param version the standard version's id
     * @param effective the first day that version is in force; empty when it gives none
     * @param lastDay the last day it is in force; empty when open-ended
     * @param decision the decision under that version
     */
    public Applied(String version, Optional<LocalDate> effective, Optional<LocalDate> lastDay,
        Decision decision) {
      this(version, effective, lastDay, decision, List.of());
    }

    /**
     * {@return when the version is in force, e.g. {@code 2024-01-01 至 2025-12-31}, {@code
     * 2026-01-01 至 今}, {@code 施行日期未声明} for a version that declares no date}
     */
    public String period() {
      if (effective.isEmpty()) {
        return lastDay.map(day -> "施行日期未声明，至 " + day).orElse("施行日期未声明");
      }
      return effective.get() + " 至 " + lastDay.map(LocalDate::toString).orElse("今");
    }
  }

  /**
   * This case as JSON, in the shape of docs/json.md: the document {@code cailiang eval --json
   * --act-date …} prints; the {@code notes} on each version are its {@link Applied#notes()} (the
   * command line adds what it reads of the regulations' repeal from the source).
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
    return org.cailiang.runtime.internal.CaseJson.timed(this, null, null);
  }

  /**
   * Whether the officer must decide what the standard cannot: between two outcomes that cannot
   * be ordered, under the law itself where a version of the standard lacks the code or the act
   * precedes its law, or whether the act is a suspected crime when only one version refers it
   * ({@link Ground#HANDED_OVER} with two outcomes), or whether a tier applied may be applied at all
   * when its standard records that it goes beyond a higher law in force ({@link Applied#notes()}).
   *
   * @return whether the officer must decide
   */
  public boolean needsOfficer() {
    return ground == Ground.INCOMPARABLE
        || ground == Ground.NOT_COVERED_AT_ACT
        || ground == Ground.NOT_COVERED_AT_DECISION
        || ground == Ground.HANDED_OVER && applied.size() > 1
        || applied.stream().anyMatch(version -> !version.notes().isEmpty());
  }
}
