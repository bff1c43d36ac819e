package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.TimedDecision;

/**
 * A case decided with the general part, and a case decided under the law in time, as trees of
 * plain JSON values in the shapes of docs/json.md ({@code cailiang eval --json} with {@code
 * --general}, and with {@code --act-date}). The command line writes its JSON through these too.
 * Use {@link CaseDecision#toJson()} and {@link TimedDecision#toJson()}; this class is not API.
 */
public final class CaseJson {

  /**
   * The note of a barred case the version in force at the decision would refer: no limitation bars
   * a referral (第二十七条), so the officer weighs it. One text for eval and the runtime.
   *
   * @param version the referring version's id
   * @param period when it is in force, e.g. {@code 2026-01-01 至 今}
   * @param referral the referral's text
   * @return one Chinese sentence
   */
  public static String referralNote(String version, String period, String referral) {
    return "依作出处罚决定时施行的裁量基准版本 " + version + "（" + period + "），本案属于「" + referral
        + "」的情形：追责时效只限于行政处罚，不限于移送司法机关（《中华人民共和国行政处罚法》第二十七条），"
        + "是否移送须由执法人员判断";
  }

  /**
   * What is said of an act barred by the limitation period (第三十六条) before any version is
   * chosen, as {@code eval} says it.
   *
   * @param code the code asked for
   * @param limitation the period weighed, expired
   * @return one Chinese sentence
   */
  public static String timeBarredExplanation(String code, CaseDecision.LimitationCheck limitation) {
    return code.strip() + "：违法行为发生于" + limitation.actDate() + "，发现于"
        + limitation.discoveryDate() + "；追责时效为" + limitation.period()
        + (limitation.basis().isBlank() ? "" : "（" + limitation.basis() + "）")
        + "，期限的最后一日为" + limitation.lastDay()
        + "，违法行为在该期限内未被发现，不再给予行政处罚，不论何时施行的裁量基准版本。";
  }

  /**
   * The document of an act barred before any version is chosen, as {@code eval --json} writes it.
   *
   * @param code the code asked for
   * @param act the day of the act
   * @param decision the day of the decision
   * @param limitation the period weighed, expired
   * @param unresolved what is left to the officer
   * @return the JSON tree
   */
  public static Map<String, Object> timeBarred(String code, java.time.LocalDate act,
      java.time.LocalDate decision, CaseDecision.LimitationCheck limitation,
      List<String> unresolved) {
    return Json.object("actDate", act.toString(), "decisionDate", decision.toString(),
        "verdict", CaseDecision.Verdict.TIME_BARRED.name(), "limitation", Json.object("period",
            limitation.period(), "expired", true, "basis", limitation.basis(), "lastDay",
            limitation.lastDay().toString(), "discoveryDate", limitation.discoveryDate().toString()),
        "unresolved", unresolved, "explanation", timeBarredExplanation(code, limitation));
  }
  private CaseJson() {}

  /**
   * The decision's tree with the outcome under the general part as {@code general}.
   *
   * @param decision the case decided
   * @return an ordered, mutable map
   */
  public static Map<String, Object> of(CaseDecision decision) {
    Map<String, Object> tree = DecisionJson.of(decision.decision());
    tree.put("general", general(decision));
    return tree;
  }

  /**
   * The outcome under the general part: the {@code general} object of {@code eval --json}.
   *
   * @param decision the case decided
   * @return an ordered, mutable map
   */
  public static Map<String, Object> general(CaseDecision decision) {
    List<Object> steps = new ArrayList<>();
    for (CaseDecision.Step step : decision.steps()) {
      steps.add(Json.object("circumstances", step.circumstances(), "effect", effect(step.effect()),
          "basis", step.basis(), "rule", step.rule(),
          "sanctions", DecisionJson.sanctions(step.result())));
    }
    List<Object> options = new ArrayList<>();
    for (CaseDecision.Option option : decision.options()) {
      options.add(Json.object("circumstance", option.circumstance(),
          "effect", effect(option.effect()), "basis", option.basis(),
          "sanctions", DecisionJson.sanctions(option.result())));
    }
    List<Object> procedures = new ArrayList<>();
    for (CaseDecision.ProcedureFlag flag : decision.procedures()) {
      procedures.add(Json.object("procedure", flag.procedure().keyword(),
          "status", flag.status().name(), "trigger", flag.trigger(), "basis", flag.basis()));
    }
    Object limitation = decision.limitation().<Object>map(l -> Json.object(
        "period", l.period(), "expired", l.expired(), "basis", l.basis())).orElse(null);
    return Json.object("verdict", decision.verdict().name(), "limitation", limitation,
        "steps", steps, "sanctions", DecisionJson.sanctions(decision.sanctions()),
        "options", options, "procedures", procedures,
        "unresolved", new ArrayList<Object>(decision.unresolved()),
        "explanation", decision.explanation());
  }

  /**
   * A case under the law in time: each version applied with its decision and, where {@code
   * general} gives one, the outcome under the general part; {@code notes} (what the officer should
   * check about the version's regulations): the version's own notes, or what {@code notes} gives.
   *
   * @param decision the case decided
   * @param notes the notes on each version applied, or null for the versions' own
   * @param general the outcome under the general part of each version applied, or null
   * @return an ordered, mutable map
   */
  public static Map<String, Object> timed(TimedDecision decision,
      Function<TimedDecision.Applied, List<String>> notes,
      Function<TimedDecision.Applied, CaseDecision> general) {
    List<Object> applied = new ArrayList<>();
    for (TimedDecision.Applied version : decision.applied()) {
      Map<String, Object> item = Json.object("version", version.version(),
          "period", version.period());
      item.put("notes", new ArrayList<Object>(notes != null ? notes.apply(version) : version.notes()));
      item.put("decision", DecisionJson.of(version.decision()));
      CaseDecision outcome = general == null ? null : general.apply(version);
      if (outcome != null) {
        item.put("general", general(outcome));
      }
      applied.add(item);
    }
    return Json.object("actDate", decision.actDate().toString(),
        "decisionDate", decision.decisionDate().toString(), "ground", decision.ground().name(),
        "article37", decision.ground().byArticle37(), "needsOfficer", decision.needsOfficer(),
        "explanation", decision.explanation(), "applied", applied);
  }

  /** {@code 应当从轻或者减轻}: the effect as the source writes it, without 处罚. */
  private static String effect(GeneralEffect effect) {
    return effect.modality().label() + effect.kind().label();
  }

  /**
   * The note on a version whose outcome does not allow the proposed fine, when two versions are
   * left to the officer (integrator: 15万 fitting the old version was refused as "本案不处罚款"):
   * its outcome is given without the fine.
   *
   * @param version the version's id
   * @param refusal the message the fine was refused with
   * @return the note
   */
  public static String proposedFineNote(String version, String refusal) {
    return "版本 " + version + "：" + refusal + PROPOSED_FINE_NOTE_END;
  }

  /** How a {@link #proposedFineNote} ends. */
  public static final String PROPOSED_FINE_NOTE_END = "；该版本的结果不按拟罚款标记程序";

  /**
   * The refusal of a proposed fine that no version left to the officer allows.
   *
   * @param refusals per version, {@code 版本 id：} and the message it was refused with
   * @return the message
   */
  public static String noVersionAllows(List<String> refusals) {
    return "拟罚款不在任何一个版本可处罚款的幅度内：" + String.join("；", refusals);
  }

  /** How the note on the orders and referrals of a time-barred case begins. */
  public static final String MEASURES_AFTER_LIMITATION = "追责时效只限于行政处罚";

  /**
   * 第三十六条 bars penalties; an order to correct (第二十八条) is none, and whether a state that
   * is still unlawful must be corrected after the period is not decided here: the officer is told,
   * not left with the orders dropped silently (legal review). A referral (构成犯罪的，依法追究刑事责任)
   * is no administrative penalty either, and crimes have limitation periods of their own (刑法第八十七条):
   * it is said too (integrator: C05846's referrals vanished from a time-barred case).
   *
   * @param sanctions the tier's sanctions
   * @return the note, or empty when they hold no order and no referral
   */
  public static Optional<String> measuresAfterLimitation(List<Sanction> sanctions) {
    List<String> orders = sanctions.stream().filter(Sanction.Order.class::isInstance)
        .map(s -> ((Sanction.Order) s).text()).toList();
    List<String> referrals = sanctions.stream().filter(Sanction.Referral.class::isInstance)
        .map(s -> ((Sanction.Referral) s).text()).toList();
    if (orders.isEmpty() && referrals.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder note = new StringBuilder(MEASURES_AFTER_LIMITATION + "（《中华人民共和国行政处罚法》第三十六条）");
    if (!orders.isEmpty()) {
      note.append("；阶次中的").append(String.join("、", orders))
          .append("不是行政处罚，违法状态仍然存在时是否责令改正，由执法人员依法判断");
    }
    if (!referrals.isEmpty()) {
      note.append("；阶次中的移送提示（").append(String.join("；", referrals))
          .append("）是移送有关机关依法处理，不是本案的行政处罚，是否移送，由执法人员依法判断");
    }
    return Optional.of(note.toString());
  }
}
