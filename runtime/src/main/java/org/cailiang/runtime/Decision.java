package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cailiang.runtime.internal.Chinese;
import org.cailiang.runtime.internal.DecisionJson;
import org.cailiang.runtime.internal.Json;

/**
 * The outcome of evaluating one case: the tier that applies and what it imposes, or, when a
 * referral ends the administrative case ({@link #handedOver()}), that referral.
 *
 * <p>Immutable and safe to share between threads. Generated evaluators return one constant
 * {@code Decision} per tier and code, so the per-kind views ({@link #fines()}, {@link
 * #fineFor(Party)}, …) are computed on first use and then kept: reading a fine from a constant
 * decision costs a field read. (A class rather than a record for that reason; its accessors are
 * named as a record's would be.)
 */
public final class Decision {
  private final String standardId;
  private final String violationCode;
  private final String violationTitle;
  private final String tierCode;
  private final String circumstance;
  private final List<Sanction> sanctions;
  private final List<Citation> citations;
  private final String officialText;
  private final boolean handedOver;

  /**
   * The sanctions by kind and the fines by party, once asked for. Racy but safe: an index is
   * published through a final field of its holder, so a thread that sees the holder sees it
   * whole, and a thread that sees a stale {@code null} just computes the same index again.
   */
  private Index index;

  /** The per-kind lists and the first fine of each party, computed together. */
  private static final class Index {
    private final List<?>[] byKind;
    private final Party[] finedParties;
    private final Optional<Sanction.Fine>[] finesByParty;

    @SuppressWarnings("unchecked") // a generic array cannot be created otherwise
    Index(List<Sanction> sanctions) {
      SanctionKind[] all = SanctionKind.values();
      byKind = new List<?>[all.length];
      for (SanctionKind kind : all) {
        List<Sanction> found = new ArrayList<>();
        for (Sanction sanction : sanctions) {
          if (sanction.kind() == kind) {
            found.add(sanction);
          }
        }
        byKind[kind.ordinal()] = List.copyOf(found);
      }
      List<Party> parties = new ArrayList<>();
      List<Optional<Sanction.Fine>> fines = new ArrayList<>();
      for (Object sanction : byKind[SanctionKind.FINE.ordinal()]) {
        Sanction.Fine fine = (Sanction.Fine) sanction;
        for (Party party : fine.parties()) {
          if (!parties.contains(party)) {
            parties.add(party);
            fines.add(Optional.of(fine));
          }
        }
      }
      finedParties = parties.toArray(new Party[0]);
      finesByParty = fines.toArray(new Optional[0]);
    }
  }

  /**
   * The decision of a tier, or of a referral that ends the case.
   *
   * @param standardId the id of the standard that decided
   * @param violationCode the violation's code, e.g. {@code C05837}
   * @param violationTitle the violation's official description (违法行为)
   * @param tierCode the full code of the tier that applies, e.g. {@code C05837B030}; the
   *     violation's code alone when the case is handed over
   * @param circumstance the circumstance (违法情节) of that tier, verbatim; the referral's text
   *     when the case is handed over
   * @param sanctions what the tier imposes, in the order the standard lists them, then the
   *     referrals that run beside it; the one referral when the case is handed over
   * @param citations the legal basis: the penalty article first, then the duty articles
   * @param officialText the tier's official 裁量基准 text, verbatim; empty when handed over
   * @param handedOver whether a referral ends the administrative case: no tier, no penalty
   */
  public Decision(
      String standardId,
      String violationCode,
      String violationTitle,
      String tierCode,
      String circumstance,
      List<Sanction> sanctions,
      List<Citation> citations,
      String officialText,
      boolean handedOver) {
    this.standardId = Objects.requireNonNull(standardId, "standardId");
    this.violationCode = Objects.requireNonNull(violationCode, "violationCode");
    this.violationTitle = Objects.requireNonNull(violationTitle, "violationTitle");
    this.tierCode = Objects.requireNonNull(tierCode, "tierCode");
    this.circumstance = Objects.requireNonNull(circumstance, "circumstance");
    this.sanctions = List.copyOf(sanctions);
    this.citations = List.copyOf(citations);
    this.officialText = Objects.requireNonNull(officialText, "officialText");
    this.handedOver = handedOver;
  }

  /**
   * A decision that does not know its violation's title: the violation code is the tier code's
   * when handed over, else empty. Kept for hand-written standards; generated code names both.
   *
   * @param standardId the id of the standard that decided
   * @param tierCode the full code of the tier that applies, e.g. {@code C05837B030}; the
   *     violation's code alone when the case is handed over
   * @param circumstance the circumstance (违法情节) of that tier, verbatim; the referral's text
   *     when the case is handed over
   * @param sanctions what the tier imposes, in the order the standard lists them, then the
   *     referrals that run beside it; the one referral when the case is handed over
   * @param citations the legal basis: the penalty article first, then the duty articles
   * @param officialText the tier's official 裁量基准 text, verbatim; empty when handed over
   * @param handedOver whether a referral ends the administrative case: no tier, no penalty
   */
  public Decision(
      String standardId,
      String tierCode,
      String circumstance,
      List<Sanction> sanctions,
      List<Citation> citations,
      String officialText,
      boolean handedOver) {
    this(standardId, handedOver ? tierCode : "", "", tierCode, circumstance, sanctions, citations,
        officialText, handedOver);
  }

  /**
   * The decision of a tier, not handed over, without the violation's title; see {@link
   * #Decision(String, String, String, List, List, String, boolean)}.
   *
   * @param standardId the id of the standard that decided
   * @param tierCode the full code of the tier that applies, e.g. {@code C05837B030}; the
   *     violation's code alone when the case is handed over
   * @param circumstance the circumstance (违法情节) of that tier, verbatim; the referral's text
   *     when the case is handed over
   * @param sanctions what the tier imposes, in the order the standard lists them, then the
   *     referrals that run beside it; the one referral when the case is handed over
   * @param citations the legal basis: the penalty article first, then the duty articles
   * @param officialText the tier's official 裁量基准 text, verbatim; empty when handed over
   */
  public Decision(
      String standardId,
      String tierCode,
      String circumstance,
      List<Sanction> sanctions,
      List<Citation> citations,
      String officialText) {
    this(standardId, tierCode, circumstance, sanctions, citations, officialText, false);
  }

  /**
   * The decision when a referral ends the administrative case (移送, 《行政处罚法》第二十七条): no
   * tier applies and no penalty is imposed; the referral is the decision.
   *
   * @param standardId the id of the standard that decided
   * @param code the violation's code
   * @param referral the referral's text
   * @param citations the legal basis
   * @return the decision
   */
  public static Decision handedOver(
      String standardId, String code, String referral, List<Citation> citations) {
    return handedOver(standardId, code, "", referral, citations);
  }

  /**
   * {@link #handedOver(String, String, String, List)} with the violation's title.
   *
   * @param standardId the id of the standard that decided
   * @param code the violation's code
   * @param title the violation's title
   * @param referral the referral's text
   * @param citations the legal basis
   * @return the decision
   */
  public static Decision handedOver(
      String standardId, String code, String title, String referral, List<Citation> citations) {
    return new Decision(standardId, code, title, code, referral,
        List.of(new Sanction.Referral(referral)), citations, "", true);
  }

  /** {@return the id of the standard that decided} */
  public String standardId() {
    return standardId;
  }

  /**
   * {@return the violation's code, e.g. {@code C05837}; empty when the decision was built without
   * it}
   */
  public String violationCode() {
    return violationCode;
  }

  /** {@return the violation's official description (违法行为); empty when built without it} */
  public String violationTitle() {
    return violationTitle;
  }

  /**
   * {@return the full code of the tier that applies, e.g. {@code C05837B030}; the violation's
   * code alone when the case is handed over}
   */
  public String tierCode() {
    return tierCode;
  }

  /**
   * {@return the circumstance (违法情节) of the tier, verbatim; the referral's text when handed over}
   */
  public String circumstance() {
    return circumstance;
  }

  /** {@return what the tier imposes, in the standard's order, then the referrals beside it} */
  public List<Sanction> sanctions() {
    return sanctions;
  }

  /** {@return the legal basis: the penalty article first, then the duty articles} */
  public List<Citation> citations() {
    return citations;
  }

  /** {@return the tier's official 裁量基准 text, verbatim; empty when handed over} */
  public String officialText() {
    return officialText;
  }

  /** {@return whether a referral ends the administrative case: no tier, no penalty} */
  public boolean handedOver() {
    return handedOver;
  }

  /**
   * This decision with a referral that runs beside it appended, unless it lists the same
   * referral already (a tier's own reminder).
   *
   * @param referral the referral's text
   * @return this decision, or a copy with the referral
   */
  public Decision besides(String referral) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Referral listed && listed.text().equals(referral)) {
        return this;
      }
    }
    List<Sanction> more = new ArrayList<>(sanctions);
    more.add(new Sanction.Referral(referral));
    return new Decision(standardId, violationCode, violationTitle, tierCode, circumstance, more,
        citations, officialText, handedOver);
  }

  /**
   * The sanctions of one kind, in order.
   *
   * @param kind the kind
   * @return an immutable list, kept after the first call
   */
  public List<Sanction> sanctions(SanctionKind kind) {
    return ofKind(kind);
  }

  /** {@return the fines (罚款), in order} */
  public List<Sanction.Fine> fines() {
    return ofKind(SanctionKind.FINE);
  }

  /**
   * The first fine imposed on {@code party}, alone or beside other parties; empty when the
   * party is not fined. Costs a short array scan by identity once the decision has been asked
   * before: no list scan, no cast, no allocation.
   *
   * @param party the party, e.g. a generated {@code Parties.UNIT}
   * @return the fine, or empty
   */
  public Optional<Sanction.Fine> fineFor(Party party) {
    Index kept = index();
    Party[] parties = kept.finedParties;
    for (int i = 0; i < parties.length; i++) {
      if (parties[i] == party) {
        return kept.finesByParty[i];
      }
    }
    for (int i = 0; i < parties.length; i++) {
      if (parties[i].equals(party)) {
        return kept.finesByParty[i];
      }
    }
    return Optional.empty();
  }

  /** {@return the warnings (警告)} */
  public List<Sanction.Warning> warnings() {
    return ofKind(SanctionKind.WARNING);
  }

  /** {@return the public criticisms (通报批评)} */
  public List<Sanction.Criticism> criticisms() {
    return ofKind(SanctionKind.CRITICISM);
  }

  /** {@return the orders that are not penalties (责令改正, 责令拆除…)} */
  public List<Sanction.Order> orders() {
    return ofKind(SanctionKind.ORDER);
  }

  /** {@return the confiscations (没收)} */
  public List<Sanction.Confiscation> confiscations() {
    return ofKind(SanctionKind.CONFISCATION);
  }

  /** {@return the detentions (行政拘留)} */
  public List<Sanction.Detention> detentions() {
    return ofKind(SanctionKind.DETENTION);
  }

  /** {@return the licence actions (暂扣, 吊销)} */
  public List<Sanction.LicenceAction> licenceActions() {
    return ofKind(SanctionKind.LICENCE);
  }

  /** {@return the suspensions (责令停产停业)} */
  public List<Sanction.Suspension> suspensions() {
    return ofKind(SanctionKind.SUSPENSION);
  }

  /** {@return the referrals (移送, 依法处理)} */
  public List<Sanction.Referral> referrals() {
    return ofKind(SanctionKind.REFERRAL);
  }

  /** {@return the outcomes of no penalty (不予处罚)} */
  public List<Sanction.NoPenalty> noPenalties() {
    return ofKind(SanctionKind.NO_PENALTY);
  }

  /** {@return the choices between sanctions (或者)} */
  public List<Sanction.Alternative> alternatives() {
    return ofKind(SanctionKind.ALTERNATIVE);
  }

  @SuppressWarnings("unchecked") // each slot holds only sanctions of its kind, see Index
  private <S> List<S> ofKind(SanctionKind kind) {
    return (List<S>) index().byKind[kind.ordinal()];
  }

  private Index index() {
    Index kept = index;
    if (kept == null) {
      kept = new Index(sanctions);
      index = kept;
    }
    return kept;
  }

  /**
   * A sentence a case officer can paste into a decision, e.g. {@code
   * C05837B030（个人设置）：依据《北京市公共安全图像信息系统管理办法》第二十一条、第七条，责令拆除；对个人处500元以上1000元以下罚款。}
   *
   * @return the sentence
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    if (handedOver) {
      return text.append(tierCode).append("：").append(circumstance)
          // 第二十七条第一款: the judiciary sends back cases that need administrative penalties.
          .append("；依法移送，本程序不适用裁量阶次；")
          .append("案件移送回来、仍应给予行政处罚的，再依本基准裁量（《行政处罚法》第二十七条第一款）。")
          .toString();
    }
    text.append(tierCode).append('（').append(circumstance).append("）：");
    if (!citations.isEmpty()) {
      // A decision not to punish rests on its own ground (e.g. 第三十三条第一款), which the
      // sanction cites: the articles of the violation are then the ones violated, not a basis.
      // Orders beside it (责令改正) do not make the violated articles a basis: one 依据 only.
      boolean exempt = sanctions.stream()
          .anyMatch(s -> s instanceof Sanction.NoPenalty np && !np.grounds().isEmpty());
      text.append(exempt ? "违反" : "依据").append(Chinese.citations(citations))
          .append(exempt ? "的规定，" : "，");
    }
    appendSanctions(text);
    return text.append('。').toString();
  }

  private void appendSanctions(StringBuilder text) {
    for (int i = 0; i < sanctions.size(); i++) {
      if (i > 0) {
        text.append('；');
      }
      text.append(sanctions.get(i).toChinese());
    }
  }

  /**
   * This decision as JSON, in the shape of docs/json.md ({@code cailiang eval --json}).
   *
   * @return pretty-printed JSON with a final newline
   */
  public String toJson() {
    return Json.write(DecisionJson.of(this));
  }

  /**
   * This decision as a tree of plain values (ordered maps, lists, strings, numbers, booleans and
   * {@code null}) in the shape of {@link #toJson()}: hand it to Jackson, JSON-B or any other JSON
   * library and it writes the same document.
   *
   * @return a fresh tree, its maps ordered
   */
  public Map<String, Object> toJsonTree() {
    return DecisionJson.of(this);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@link #toJson()}, shipped in the runtime jar as {@code
   * org/cailiang/runtime/decision.schema.json}; read through this method so that a named module,
   * to which the runtime's package is not open, can have it too.
   *
   * @return the schema's text
   */
  public static String jsonSchema() {
    return Resources.text("decision.schema.json");
  }

  /** Short and readable: {@code Decision[C05837B030 个人设置: 责令拆除；对个人处500元以上1000元以下罚款]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Decision[").append(tierCode).append(' ');
    if (handedOver) {
      return text.append("移送: ").append(circumstance).append(']').toString();
    }
    text.append(circumstance).append(": ");
    appendSanctions(text);
    return text.append(']').toString();
  }

  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof Decision that
            && handedOver == that.handedOver
            && standardId.equals(that.standardId)
            && violationCode.equals(that.violationCode)
            && violationTitle.equals(that.violationTitle)
            && tierCode.equals(that.tierCode)
            && circumstance.equals(that.circumstance)
            && sanctions.equals(that.sanctions)
            && citations.equals(that.citations)
            && officialText.equals(that.officialText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standardId, violationCode, violationTitle, tierCode, circumstance,
        sanctions, citations, officialText, handedOver);
  }
}
