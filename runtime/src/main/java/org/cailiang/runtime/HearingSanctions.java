package org.cailiang.runtime;

import java.util.List;
import java.util.Optional;
import org.cailiang.runtime.CaseDecision.ProcedureFlag;
import org.cailiang.runtime.CaseDecision.Status;
import org.cailiang.runtime.GeneralRules.ProcedureRule;

/**
 * The hearing triggers that are sanctions rather than fine amounts, each citing its own item of
 * 行政处罚法第六十三条第一款: 没收较大数额违法所得、没收较大价值非法财物 (二), 降低资质等级、吊销许可证件
 * (三), 责令停产停业、责令关闭、限制从业 (四). 暂扣 is no trigger. A sanction the tier only allows
 * (可以…) triggers the hearing only if imposed. Under 治安管理处罚法 the hearing article is its own
 * (2012 第九十八条: 吊销许可证; 2025 第一百一十七条: 吊销许可证件、责令停业整顿), cited as the rule does.
 */
final class HearingSanctions {
  private static final String ARTICLE_63 = "《中华人民共和国行政处罚法》第六十三条第一款";

  private HearingSanctions() {}

  /**
   * The strongest flag a sanction of the outcome raises under this hearing rule, if any. A
   * sanction one option of a choice offers (警告或者吊销许可证) raises it only if chosen (legal
   * review: 适用 was given for an option), unless every option raises it.
   */
  static Optional<ProcedureFlag> flag(ProcedureRule rule, List<Sanction> sanctions) {
    ProcedureFlag best = null;
    for (Sanction sanction : sanctions) {
      ProcedureFlag flag = sanction instanceof Sanction.Alternative alternative
          ? ofChoice(rule, alternative) : one(rule, sanction);
      // Two sanctions that each raise the hearing (责令停产停业 and 吊销许可证): both grounds
      // (re-review: the second was dropped).
      best = best != null && flag != null && best.status() == Status.APPLIES
          && flag.status() == Status.APPLIES ? ProcedureChecks.union(best, flag) : stronger(best, flag);
    }
    return Optional.ofNullable(best);
  }

  private static ProcedureFlag ofChoice(ProcedureRule rule, Sanction.Alternative alternative) {
    ProcedureFlag best = null;
    boolean everyOption = true;
    for (Sanction option : alternative.options()) {
      ProcedureFlag flag = option instanceof Sanction.Alternative inner
          ? ofChoice(rule, inner) : one(rule, option);
      everyOption &= flag != null && flag.status() == Status.APPLIES;
      best = stronger(best, flag);
    }
    if (best == null || everyOption && !alternative.optional()) {
      return best;
    }
    return best.status() == Status.APPLIES
        ? new ProcedureFlag(best.procedure(), Status.DEPENDS_ON_SANCTION, best.trigger(), best.basis())
        : best;
  }

  private static ProcedureFlag one(ProcedureRule rule, Sanction sanction) {
    return rule.basis().contains("治安管理处罚法") ? security(rule, sanction) : administrative(rule, sanction);
  }

  private static ProcedureFlag stronger(ProcedureFlag a, ProcedureFlag b) {
    return b != null && (a == null || b.status().ordinal() < a.status().ordinal()) ? b : a;
  }

  private static ProcedureFlag administrative(ProcedureRule rule, Sanction sanction) {
    if (sanction instanceof Sanction.LicenceAction licence
        && licence.action() == Sanction.LicenceAction.Action.REVOKE) {
      return flag(rule, sanction, sanction.toChinese(), ARTICLE_63 + "第（三）项");
    }
    if (sanction instanceof Sanction.Suspension) {
      return flag(rule, sanction, sanction.toChinese(), ARTICLE_63 + "第（四）项");
    }
    if (sanction instanceof Sanction.Confiscation confiscation) {
      // The language has no amount for 较大数额 of a confiscation: the authority weighs it.
      return new ProcedureFlag(rule.procedure(), Status.DEPENDS_ON_AMOUNT,
          confiscation.toChinese() + "，是否属于没收较大数额违法所得、较大价值非法财物由本机关依法确定",
          ARTICLE_63 + "第（二）项");
    }
    return null;
  }

  private static ProcedureFlag security(ProcedureRule rule, Sanction sanction) {
    boolean revokes = sanction instanceof Sanction.LicenceAction licence
        && licence.action() == Sanction.LicenceAction.Action.REVOKE;
    boolean suspends = sanction instanceof Sanction.Suspension
        && rule.basis().contains("第一百一十七条");
    return revokes || suspends
        ? flag(rule, sanction, sanction.toChinese(), ProcedureChecks.article(rule.basis()))
        : null;
  }

  private static ProcedureFlag flag(ProcedureRule rule, Sanction sanction, String trigger,
      String basis) {
    return new ProcedureFlag(rule.procedure(),
        sanction.optional() ? Status.DEPENDS_ON_SANCTION : Status.APPLIES, trigger, basis);
  }
}
