package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating one case: the tier that applies and what it imposes, or, when a
 * referral ends the administrative case ({@link #handedOver()}), that referral.
 *
 * @param standard the id of the standard that decided
 * @param code the full code of the tier that applies, e.g. {@code C05837B030}; the violation's
 *     code alone when the case is handed over
 * @param circumstance the circumstance (违法情节) of that tier, verbatim; the referral's text when
 *     the case is handed over
 * @param sanctions what the tier imposes, in the order the standard lists them, then the
 *     referrals that run beside it; the one referral when the case is handed over
 * @param citations the legal basis: the penalty article first, then the duty articles
 * @param officialText the tier's official 裁量基准 text, verbatim; empty when handed over
 * @param handedOver whether a referral ends the administrative case: no tier, no penalty
 */
public record Decision(
    String standard,
    String code,
    String circumstance,
    List<Sanction> sanctions,
    List<Citation> citations,
    String officialText,
    boolean handedOver) {

  /** The decision of a tier. */
  public Decision(
      String standard,
      String code,
      String circumstance,
      List<Sanction> sanctions,
      List<Citation> citations,
      String officialText) {
    this(standard, code, circumstance, sanctions, citations, officialText, false);
  }

  public Decision {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(circumstance, "circumstance");
    sanctions = List.copyOf(sanctions);
    citations = List.copyOf(citations);
    Objects.requireNonNull(officialText, "officialText");
  }

  /**
   * The decision when a referral ends the administrative case (移送, 《行政处罚法》第二十七条): no
   * tier applies and no penalty is imposed; the referral is the decision.
   *
   * @param code the violation's code
   */
  public static Decision handedOver(String standard, String code, String referral, List<Citation> citations) {
    return new Decision(standard, code, referral, List.of(new Sanction.Referral(referral)), citations, "", true);
  }

  /**
   * This decision with a referral that runs beside it appended, unless it lists the same
   * referral already (a tier's own reminder).
   */
  public Decision besides(String referral) {
    for (Sanction sanction : sanctions) {
      if (sanction instanceof Sanction.Referral listed && listed.text().equals(referral)) {
        return this;
      }
    }
    List<Sanction> more = new ArrayList<>(sanctions);
    more.add(new Sanction.Referral(referral));
    return new Decision(standard, code, circumstance, more, citations, officialText, handedOver);
  }

  /** The sanctions of one kind, in order. */
  public List<Sanction> sanctions(SanctionKind kind) {
    List<Sanction> found = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      if (sanction.kind() == kind) {
        found.add(sanction);
      }
    }
    return found;
  }

  /**
   * A sentence a case officer can paste into a decision, e.g. {@code
   * C05837B030（个人设置）：依据《北京市公共安全图像信息系统管理办法》第二十一条、第七条，责令拆除；对个人处500元以上1000元以下罚款。}
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    if (handedOver) {
      return text.append(code).append("：").append(circumstance)
          // 第二十七条第一款: the judiciary sends back cases that need administrative penalties.
          .append("；依法移送，本程序不适用裁量阶次；")
          .append("案件移送回来、仍应给予行政处罚的，再依本基准裁量（《行政处罚法》第二十七条第一款）。")
          .toString();
    }
    text.append(code).append('（').append(circumstance).append("）：");
    if (!citations.isEmpty()) {
      // A decision not to punish rests on its own ground (e.g. 第三十三条第一款), which the
      // sanction cites: the articles of the violation are then the ones violated, not a basis.
      boolean exemptOnly = !sanctions.isEmpty() && sanctions.stream()
          .allMatch(s -> s instanceof Sanction.NoPenalty exempt && !exempt.grounds().isEmpty());
      text.append(exemptOnly ? "违反" : "依据").append(Chinese.citations(citations))
          .append(exemptOnly ? "的规定，" : "，");
    }
    for (int i = 0; i < sanctions.size(); i++) {
      if (i > 0) {
        text.append('；');
      }
      text.append(sanctions.get(i).toChinese());
    }
    return text.append('。').toString();
  }
}
