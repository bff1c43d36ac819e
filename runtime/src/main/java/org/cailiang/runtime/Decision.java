package org.cailiang.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
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
 * decision costs a field read. A tier whose fine is computed from the facts builds a new decision
 * per case; it passes its {@link Shape}, worked out once per tier, so that reading such a
 * decision costs no index either. (A class rather than a record for that reason; its accessors
 * are named as a record's would be.)
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
  /** Where each kind and each party's fine sits in {@link #sanctions}; null when not given. */
  private final Shape shape;

  /**
   * The sanctions by kind and the fines by party, once asked for. Racy but safe: an index is
   * published through a final field of its holder, so a thread that sees the holder sees it
   * whole, and a thread that sees a stale {@code null} just computes the same index again.
   */
  private Index index;

  /**
   * {@link #fines()} once asked for, when there is no shape; racy like {@link #index}: an
   * immutable list's fields are final, so a thread that sees the list sees it whole.
   */
  private List<Sanction.Fine> fines;

  /**
   * The outcome under a general part when no general fact is given, kept by {@link
   * GeneralOutcomes} with the rules it is for; racy like {@link #index}, for the same reason.
   */
  GeneralOutcomes.Plain plainOutcome;

  /** The per-kind lists and the first fine of each party, computed together. */
  private static final class Index {
    private final List<?>[] byKind;
    private final Party[] finedParties;
    private final Optional<Sanction.Fine>[] finesByParty;

    @SuppressWarnings("unchecked") // a generic array cannot be created otherwise
    Index(List<Sanction> sanctions) {
      Positions at = new Positions(sanctions);
      byKind = new List<?>[at.byKind.length];
      for (int kind = 0; kind < byKind.length; kind++) {
        byKind[kind] = picked(sanctions, at.byKind[kind]);
      }
      finedParties = at.finedParties;
      finesByParty = new Optional[finedParties.length];
      for (int i = 0; i < finedParties.length; i++) {
        finesByParty[i] = Optional.of((Sanction.Fine) sanctions.get(at.fineOfParty[i]));
      }
    }
  }

  /**
   * What the decisions of one tier have in common whatever the facts: the kind of each sanction,
   * in order, and the parties of each fine. A tier whose fine is computed from an amount (违法所得1倍
   * 以上3倍以下) builds a new decision per case; given the tier's shape, such a decision hands out
   * {@link #fines()}, {@link #fineFor(Party)} and the other per-kind views without building an
   * index of its own: the positions are looked up in the shape and only the list or optional
   * handed out is new.
   *
   * <p>Generated code keeps one per such tier in a constant. The shape is worked out from the
   * first decision built with it that is read, so every decision built with one shape must list
   * sanctions of the same kinds, and fines of the same parties, in the same order. Safe to share
   * between threads: the positions, once worked out, are an immutable object published through
   * final fields, and a thread that does not see them yet works out the same.
   */
  public static final class Shape {
    private Positions positions;

    /** A shape to be worked out from the first decision that is read. */
    public Shape() {}

    private Positions positions(List<Sanction> sanctions) {
      Positions known = positions;
      if (known == null || known.size != sanctions.size()) {
        known = new Positions(sanctions);
        positions = known;
      }
      return known;
    }
  }

  /** The positions of each kind and of each party's first fine in a list of sanctions. */
  private static final class Positions {
    private static final int[] NONE = new int[0];

    private final int size;
    private final int[][] byKind;
    private final Party[] finedParties;
    private final int[] fineOfParty;

    Positions(List<Sanction> sanctions) {
      size = sanctions.size();
      SanctionKind[] all = SanctionKind.values();
      byKind = new int[all.length][];
      for (SanctionKind kind : all) {
        int[] at = new int[size];
        int found = 0;
        for (int i = 0; i < size; i++) {
          if (sanctions.get(i).kind() == kind) {
            at[found++] = i;
          }
        }
        byKind[kind.ordinal()] = found == 0 ? NONE : Arrays.copyOf(at, found);
      }
      List<Party> parties = new ArrayList<>();
      List<Integer> fines = new ArrayList<>();
      for (int i : byKind[SanctionKind.FINE.ordinal()]) {
        for (Party party : ((Sanction.Fine) sanctions.get(i)).parties()) {
          if (!parties.contains(party)) {
            parties.add(party);
            fines.add(i);
          }
        }
      }
      finedParties = parties.toArray(new Party[0]);
      fineOfParty = fines.stream().mapToInt(Integer::intValue).toArray();
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
    this(standardId, violationCode, violationTitle, tierCode, circumstance, sanctions, citations,
        officialText, handedOver, null);
  }

  /**
   * {@link #Decision(String, String, String, String, String, List, List, String, boolean)} for
   * a tier whose sanctions depend on the facts: one of the decisions that share {@code shape}.
   *
   * @param standardId the id of the standard that decided
   * @param violationCode the violation's code, e.g. {@code C05837}
   * @param violationTitle the violation's official description (违法行为)
   * @param tierCode the full code of the tier that applies, e.g. {@code E06401A020}
   * @param circumstance the circumstance (违法情节) of that tier, verbatim
   * @param sanctions what the tier imposes, in the order the standard lists them, then the
   *     referrals that run beside it
   * @param citations the legal basis: the penalty article first, then the duty articles
   * @param officialText the tier's official 裁量基准 text, verbatim
   * @param handedOver whether a referral ends the administrative case: no tier, no penalty
   * @param shape the tier's shape, shared by all its decisions; null for none
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
      boolean handedOver,
      Shape shape) {
    this.standardId = Objects.requireNonNull(standardId, "standardId");
    this.violationCode = Objects.requireNonNull(violationCode, "violationCode");
    this.violationTitle = Objects.requireNonNull(violationTitle, "violationTitle");
    this.tierCode = Objects.requireNonNull(tierCode, "tierCode");
    this.circumstance = Objects.requireNonNull(circumstance, "circumstance");
    this.sanctions = List.copyOf(sanctions);
    this.citations = List.copyOf(citations);
    this.officialText = Objects.requireNonNull(officialText, "officialText");
    this.handedOver = handedOver;
    this.shape = shape;
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
   * @return an immutable list, kept after the first call (built per call, from the positions
   *     the {@link Shape} keeps, when the decision has one)
   */
  public List<Sanction> sanctions(SanctionKind kind) {
    return ofKind(kind);
  }

  /**
   * {@return the fines (罚款) imposed outright, in order; a fine that is one option of a choice
   * (警告或者罚款) is not among them: {@link #fineOptionsFor(Party)}}
   */
  public List<Sanction.Fine> fines() {
    // The fines are what clients read most: one field, not the index's array of kinds.
    List<Sanction.Fine> kept = fines;
    return kept != null ? kept : keptFines();
  }

  private List<Sanction.Fine> keptFines() {
    if (shape != null) {
      // A computed decision is usually read once: the JDK's smallest list, not kept.
      return ofKind(SanctionKind.FINE);
    }
    List<Sanction.Fine> found = FineList.of(index().byKind[SanctionKind.FINE.ordinal()]);
    fines = found;
    return found;
  }

  /**
   * The kept fines of a decision, immutable, in one list class: a client reading a fine of
   * decisions with none, one or three fines meets one type, not the JDK's two (measured: the
   * fine read within 1.5× of the hand-written decision, {@code EvaluationBenchmark}).
   */
  private static final class FineList extends AbstractList<Sanction.Fine> implements RandomAccess {
    private final Sanction.Fine[] fines;

    private FineList(Sanction.Fine[] fines) {
      this.fines = fines;
    }

    static FineList of(List<?> fines) {
      return new FineList(fines.toArray(new Sanction.Fine[0]));
    }

    @Override
    public Sanction.Fine get(int index) {
      return fines[index];
    }

    @Override
    public int size() {
      return fines.length;
    }
  }

  /**
   * The first fine imposed on {@code party}, alone or beside other parties; empty when no fine
   * can fall on the party. Costs a short array scan by identity once the decision has been asked
   * before: no list scan, no cast, no allocation (but for the optional, when the decision has a
   * {@link Shape}: the scan is then in the shape's positions, and the decision keeps nothing).
   *
   * @param party the party, e.g. a generated {@code Parties.UNIT}
   * @return the fine, or empty
   * @throws IllegalStateException when the party's only fine is one option of a choice (警告或者罚款):
   *     not imposed until the officer chooses; {@link #fineOptionsFor(Party)} lists the options
   */
  public Optional<Sanction.Fine> fineFor(Party party) {
    Objects.requireNonNull(party, FineChoices.PARTY_NULL);
    if (shape != null) {
      Positions at = shape.positions(sanctions);
      int i = indexOf(at.finedParties, party);
      if (i >= 0) {
        return Optional.of((Sanction.Fine) sanctions.get(at.fineOfParty[i]));
      }
    } else {
      Index kept = index();
      int i = indexOf(kept.finedParties, party);
      if (i >= 0) {
        return kept.finesByParty[i];
      }
    }
    FineChoices.refuse(sanctions, party);
    return Optional.empty();
  }

  /**
   * Every fine the decision may impose on {@code party}: its fines, and each option's fine of a
   * choice (警告或者罚款), in order. Which option applies is the officer's.
   *
   * @param party the party
   * @return an immutable list, empty when no fine can fall on the party
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

  /** Where {@code party} is among {@code parties}: by identity first, the usual case; or -1. */
  private static int indexOf(Party[] parties, Party party) {
    for (int i = 0; i < parties.length; i++) {
      if (parties[i] == party) {
        return i;
      }
    }
    for (int i = 0; i < parties.length; i++) {
      if (parties[i].equals(party)) {
        return i;
      }
    }
    return -1;
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
    if (shape != null) {
      return (List<S>) shapedOfKind(kind);
    }
    return (List<S>) index().byKind[kind.ordinal()];
  }

  /**
   * The sanctions of a kind through the shape, in an immutable list like the index's: built per
   * call rather than kept, since a decision with a shape is usually read once.
   */
  private List<Sanction> shapedOfKind(SanctionKind kind) {
    return picked(sanctions, shape.positions(sanctions).byKind[kind.ordinal()]);
  }

  /** The sanctions at these positions, in an immutable list. */
  private static List<Sanction> picked(List<Sanction> sanctions, int[] at) {
    switch (at.length) {
      case 0:
        return List.of();
      case 1:
        return List.of(sanctions.get(at[0]));
      case 2:
        return List.of(sanctions.get(at[0]), sanctions.get(at[1]));
      default:
        Sanction[] picked = new Sanction[at.length];
        for (int i = 0; i < at.length; i++) {
          picked[i] = sanctions.get(at[i]);
        }
        return List.of(picked);
    }
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
   * C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》第二十一条，责令拆除；对个人处500元以上1000元以下罚款。}
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
      // The penalty article first, then the duties (the constructor's contract): a 处罚决定书
      // says which provisions were violated and on which the penalty rests, apart (行政处罚法
      // 第五十九条; legal author: the duties read as a basis).
      List<Citation> violated = exempt ? citations : citations.subList(1, citations.size());
      List<Citation> basis = exempt ? List.of() : citations.subList(0, 1);
      if (!violated.isEmpty()) {
        text.append("违反").append(Chinese.citations(violated)).append("的规定，");
      }
      if (!basis.isEmpty()) {
        text.append("依据").append(Chinese.citations(basis)).append("，");
      }
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
