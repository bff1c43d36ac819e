package org.cailiang.dsl.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;

/** Checks that sanctions name declared parties and facts, and that their ranges are ranges. */
final class SanctionChecks {
  /** Words of 第九条第（四）项's penalties (and 治安管理处罚法's 停业整顿) that an order may not hold. */
  static final java.util.List<String> PENALTIES_AS_ORDERS = java.util.List.of(
      "停产停业", "停业整顿", "责令停业", "责令关闭", "限制开展生产经营活动", "限制从业");

  private final Standard standard;
  private final Violation violation;
  private final Diagnostics diagnostics;
  private final Consumer<ArticleRef> articles;

  SanctionChecks(Standard standard, Violation violation, Diagnostics diagnostics, Consumer<ArticleRef> articles) {
    this.standard = standard;
    this.violation = violation;
    this.diagnostics = diagnostics;
    this.articles = articles;
  }

  /** A party named twice in one fine's list is a slip in that list, not a second declaration. */
  private void listedOnce(SanctionSpec.Fine fine) {
    Set<String> seen = new HashSet<>();
    for (Ref party : fine.parties()) {
      if (!seen.add(party.name())) {
        diagnostics.error(party.span(), "duplicate-name", "当事人 " + party.name()
            + " 在这项罚款中列了两次；一项罚款的当事人列表中每个当事人只写一次");
      }
    }
  }

  void check(SanctionSpec sanction) {
    sanction.accept(checker);
  }

  private final SanctionSpec.Visitor<Void> checker = new SanctionSpec.Visitor<>() {
    @Override
    public Void visitFine(SanctionSpec.Fine fine) {
      fine.parties().forEach(SanctionChecks.this::party);
      listedOnce(fine);
      if (fine.each() && fine.parties().isEmpty()) {
        diagnostics.error(fine.span(), "syntax", "分别（each）需要至少一个当事人");
      }
      amount(fine);
      return null;
    }

    @Override
    public Void visitDetention(SanctionSpec.Detention detention) {
      party(detention.party());
      if (detention.maxDays() == Long.MAX_VALUE) {
        diagnostics.error(detention.span(), "bad-range", "拘留必须有上限天数（如 ..10 days）");
      } else if (detention.minDays() > detention.maxDays()) {
        diagnostics.error(detention.span(), "bad-range", "拘留天数下限 " + detention.minDays() + " 大于上限 " + detention.maxDays());
      } else if (detention.maxDays() == 0) {
        // Legal author: "处0日拘留" was decided and explained as a penalty.
        diagnostics.error(detention.span(), "bad-range", "拘留上限为 0 日，等于不拘留：删去这一项（阶次不予处罚的，"
            + "写 exempt \"理由\" basis 条款）");
      }
      return null;
    }

    @Override
    public Void visitExempt(SanctionSpec.Exempt exempt) {
      exempt.grounds().forEach(articles);
      return null;
    }

    @Override
    public Void visitAlternative(SanctionSpec.Alternative alternative) {
      alternative.options().forEach(SanctionChecks.this::check);
      return null;
    }

    // The other kinds are text as written: nothing to check.
    @Override
    public Void visitWarning(SanctionSpec.Warning warning) {
      return null;
    }

    @Override
    public Void visitCriticism(SanctionSpec.Criticism criticism) {
      return null;
    }

    @Override
    public Void visitOrder(SanctionSpec.Order order) {
      // 责令停产停业、责令关闭、限制从业… are penalties (第九条第（四）项), not orders: written as an
      // order they would drop out of the penalty decision, its hearing (第六十三条第一款第（四）项)
      // and, for a tier of orders only, the decision itself (legal review).
      for (String penalty : PENALTIES_AS_ORDERS) {
        if (order.text().contains(penalty)) {
          diagnostics.error(order.span(), "order-penalty", "「" + order.text() + "」是行政处罚（《行政处罚法》第九条第（四）项"
              + "：限制开展生产经营活动、责令停产停业、责令关闭、限制从业），不是责令改正类措施：请写 suspension \""
              + order.text() + "\"");
          break;
        }
      }
      return null;
    }

    @Override
    public Void visitConfiscation(SanctionSpec.Confiscation confiscation) {
      return null;
    }

    @Override
    public Void visitLicence(SanctionSpec.Licence licence) {
      return null;
    }

    @Override
    public Void visitSuspension(SanctionSpec.Suspension suspension) {
      return null;
    }

    @Override
    public Void visitReferral(SanctionSpec.Referral referral) {
      return null;
    }
  };

  private void amount(SanctionSpec.Fine fine) {
    fine.amount().accept(new SanctionSpec.AmountVisitor<Void>() {
      @Override
      public Void visitYuan(SanctionSpec.Yuan yuan) {
        range(fine, yuan.min(), yuan.max(), "元", "");
        return null;
      }

      @Override
      public Void visitMultiple(SanctionSpec.Multiple multiple) {
        range(fine, multiple.minFactor(), multiple.maxFactor(), "倍", percentOnOneEnd(multiple));
        violation.fact(multiple.fact().name()).ifPresentOrElse(
            fact -> {
              if (!(fact.type() instanceof FactType.Amount)) {
                diagnostics.error(multiple.fact().span(), "type",
                    "罚款倍数只能以金额类事实（amount）为基数，事实 " + fact.id() + " 是 " + fact.type().name() + " 类型");
              }
            },
            () -> diagnostics.error(multiple.fact().span(), "unknown-fact", "未知事实 " + multiple.fact().name()));
        return null;
      }
    });
  }

  /**
   * {@code 30..40%} reads 30倍 to 0.4倍: a percentage with % on its upper end only. The hint
   * when the range is reversed that way (a lower bound of at least 1倍 over an upper below it).
   */
  private static String percentOnOneEnd(SanctionSpec.Multiple multiple) {
    BigDecimal min = multiple.minFactor();
    BigDecimal max = multiple.maxFactor();
    if (!multiple.percent() || min == null || max == null || min.compareTo(BigDecimal.ONE) < 0
        || max.compareTo(BigDecimal.ONE) >= 0) {
      return "";
    }
    return "；提示：百分数两端都要写 %，如 " + min.stripTrailingZeros().toPlainString() + "%.."
        + max.movePointRight(2).stripTrailingZeros().toPlainString() + "%（不写 % 的 "
        + min.stripTrailingZeros().toPlainString() + " 是 " + min.stripTrailingZeros().toPlainString() + "倍）";
  }

  private void range(SanctionSpec.Fine fine, BigDecimal min, BigDecimal max, String unit, String hint) {
    if (min != null && max != null && min.compareTo(max) > 0) {
      diagnostics.error(fine.span(), "bad-range",
          "幅度下限 " + min.toPlainString() + unit + " 大于上限 " + max.toPlainString() + unit + hint);
    }
    if ("元".equals(unit) && (min != null && min.stripTrailingZeros().scale() > 2 || max != null && max.stripTrailingZeros().scale() > 2)) {
      diagnostics.error(fine.span(), "bad-amount", "罚款金额不能小于分（0.01元）");
    }
  }

  private void party(Ref ref) {
    if (standard.party(ref.name()).isEmpty()) {
      StringBuilder known = new StringBuilder();
      standard.parties().forEach(p -> known.append(known.length() == 0 ? "" : "、").append(p.id()).append("「").append(p.label()).append("」"));
      diagnostics.error(ref.span(), "unknown-party", "未声明的当事人 " + ref.name()
          + (known.length() == 0 ? "：请先用 party 声明" : "；已声明：" + known));
    }
  }
}
