package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.FineLimit;
import org.cailiang.dsl.model.LawLevel;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * What a regulation of each level may set (《行政处罚法》第九条至第十四条): detention only by a
 * 法律 and only on a person, no 吊销营业执照 by a 地方性法规 or a 规章, no fine above the 规章
 * limit. A kind the implemented higher articles allow is left to {@link HigherLawChecks}: within
 * a higher law's range a lower one may make specific provisions (第十二条至第十四条各第一、二款).
 */
final class LevelChecks {
  private final Standard standard;
  private final Violation violation;
  private final Reporter reporter;
  private final Optional<LawLevel> level;
  private final Optional<FineLimit> fineLimit;
  private final List<Allowance> higher = new ArrayList<>();

  LevelChecks(Standard standard, Violation violation, Reporter reporter) {
    this.standard = standard;
    this.violation = violation;
    this.reporter = reporter;
    Optional<Regulation> regulation = standard.regulation(violation.regulation());
    this.level = regulation.flatMap(Regulation::level);
    this.fineLimit = regulation.flatMap(Regulation::fineLimit);
    higher.addAll(higherAllowances(standard, violation));
  }

  void run() {
    for (StatuteClause clause : violation.statute()) {
      penalties(clause.sanction()).forEach(s -> check(null, s));
    }
    for (Tier tier : violation.tiers()) {
      tier.sanctions().forEach(sanction -> penalties(sanction).forEach(s -> check(tier, s)));
    }
  }

  /** A sanction, or the options of an alternative. */
  static List<SanctionSpec> penalties(SanctionSpec sanction) {
    return sanction instanceof SanctionSpec.Alternative a ? a.options() : List.of(sanction);
  }

  private void check(Tier tier, SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Detention detention) {
      detention(tier, detention);
    } else if (sanction instanceof SanctionSpec.Licence licence && licence.revoke()
        && licence.licence().contains("营业执照")) {
      businessLicence(tier, licence);
    } else if (sanction instanceof SanctionSpec.Fine fine) {
      fine(tier, fine);
    } else {
      ruleKind(tier, sanction);
    }
  }

  /**
   * A 规章 sets by itself only 警告、通报批评 and fines (第十三条第二款、第十四条第二款); any other
   * kind must come from a higher article it implements. 没收违法所得 is not set by the 规章: 第二十八条
   * 第二款 of the law itself requires it. Detention and 吊销营业执照 have their own checks.
   */
  private void ruleKind(Tier tier, SanctionSpec sanction) {
    if (level.isEmpty() || !level.get().isRule() || !sanction.isPenalty()
        || sanction instanceof SanctionSpec.Warning || sanction instanceof SanctionSpec.Criticism
        || GeneralRules.isIncomeConfiscation(sanction) || allowedAbove(sanction)) {
      return;
    }
    reporter.report(Severity.ERROR, violation, tier, sanction.span(), "rule-kinds",
        where(tier) + Kinds.name(standard, sanction) + "：" + regulationName() + "是" + level.get().label()
            + "，" + ruleArticle(level.get()) + "；实施上位法的，请以 implements 引用规定此项处罚的上位法条款");
  }

  private static String ruleArticle(LawLevel level) {
    return level == LawLevel.DEPARTMENT_RULE
        ? "部门规章只能在法律、行政法规规定的范围内作出具体规定，自行设定的只能是警告、通报批评或者一定数额罚款（《行政处罚法》第十三条）"
        : "地方政府规章只能在法律、法规规定的范围内作出具体规定，"
            + "自行设定的只能是警告、通报批评或者一定数额罚款（《行政处罚法》第十四条）";
  }

  private void detention(Tier tier, SanctionSpec.Detention detention) {
    standard.party(detention.party().name())
        .filter(p -> p.kind().equals(Optional.of(PartyKind.ORGANIZATION)))
        .ifPresent(p -> reporter.report(Severity.ERROR, violation, tier, detention.span(),
            "detention-party", where(tier) + Kinds.name(standard, detention) + "：拘留限制人身自由，只能对自然人适用，"
                + "当事人 " + p.id() + "「" + p.label() + "」声明为单位（organization）"
                + "（《行政处罚法》第九条第（五）项、第十条第二款）"));
    if (level.isPresent() && level.get() != LawLevel.LAW && !allowedAbove(detention)) {
      reporter.report(Severity.ERROR, violation, tier, detention.span(), "detention-level",
          where(tier) + Kinds.name(standard, detention) + "：限制人身自由的行政处罚，只能由法律设定，" + regulationName()
              + "是" + level.get().label() + "（《行政处罚法》第九条第（五）项、第十条第二款）");
    }
  }

  private void businessLicence(Tier tier, SanctionSpec.Licence licence) {
    if (level.isEmpty() || allowedAbove(licence)) {
      return;
    }
    String article = switch (level.get()) {
      case LOCAL_REGULATION -> "地方性法规可以设定除限制人身自由、吊销营业执照以外的行政处罚（《行政处罚法》第十二条第一款）";
      case DEPARTMENT_RULE, LOCAL_GOVERNMENT_RULE -> ruleArticle(level.get());
      case LAW, ADMINISTRATIVE_REGULATION -> null;
    };
    if (article != null) {
      reporter.report(Severity.ERROR, violation, tier, licence.span(), "licence-level",
          where(tier) + "吊销" + licence.licence() + "：" + regulationName() + "是"
              + level.get().label()
              + "，" + article);
    }
  }

  private void fine(Tier tier, SanctionSpec.Fine fine) {
    if (fineLimit.isEmpty() || level.isEmpty() || !level.get().isRule() || allowedAbove(fine)) {
      return;
    }
    BigDecimal limit = fineLimit.get().amount();
    BigDecimal max = fine.amount() instanceof SanctionSpec.Yuan yuan ? yuan.max() : null;
    if (max != null && max.compareTo(limit) <= 0) {
      return;
    }
    String article = level.get() == LawLevel.DEPARTMENT_RULE ? "第十三条第二款" : "第十四条第二款";
    String amount = fine.amount() instanceof SanctionSpec.Yuan
        ? (max == null ? "没有上限" : "上限 " + Amounts.format(max))
        : "按倍数计算，没有上限";
    reporter.report(Severity.ERROR, violation, tier, fine.span(), "fine-limit",
        where(tier) + Kinds.name(standard, fine) + amount + "，超出规章罚款限额 "
            + Amounts.format(limit) + "（" + fineLimit.get().source() + "；《行政处罚法》" + article + "）");
  }

  /** Whether a higher article this violation implements allows the kind: then it bounds it. */
  private boolean allowedAbove(SanctionSpec sanction) {
    return higher.stream().anyMatch(a -> Kinds.sameKind(a.sanction(), sanction));
  }

  private String regulationName() {
    return standard.regulation(violation.regulation()).map(r -> "《" + r.title() + "》").orElse("");
  }

  private static String where(Tier tier) {
    return tier == null ? "罚则（statute）中的" : "阶次 " + Cells.tier(tier) + " 的";
  }

  /**
   * A 规章 that sets fines of its own without a {@code fine-limit}: the limit (第十三条第二款、
   * 第十四条第二款) was not checked, said once for the regulation.
   */
  private static void fineLimitUndeclared(Standard standard, Regulation regulation, Diagnostics diagnostics) {
    if (regulation.level().isEmpty() || !regulation.level().get().isRule() || regulation.fineLimit().isPresent()) {
      return;
    }
    for (Violation violation : regulation.violations()) {
      List<Allowance> higher = higherAllowances(standard, violation);
      List<SanctionSpec> sanctions = new ArrayList<>();
      violation.statute().forEach(c -> sanctions.addAll(penalties(c.sanction())));
      violation.tiers().forEach(t -> t.sanctions().forEach(s -> sanctions.addAll(penalties(s))));
      if (sanctions.stream().anyMatch(s -> s instanceof SanctionSpec.Fine
          && higher.stream().noneMatch(a -> Kinds.sameKind(a.sanction(), s)))) {
        String article = regulation.level().get() == LawLevel.DEPARTMENT_RULE
            ? "罚款的限额由国务院规定（《行政处罚法》第十三条第二款）"
            : "罚款的限额由省、自治区、直辖市人民代表大会常务委员会规定（《行政处罚法》第十四条第二款）";
        diagnostics.info(regulation.span(), "fine-limit-undeclared", "法规 " + regulation.id() + " 是"
            + regulation.level().get().label() + "，自行设定了罚款，却没有声明罚款限额（fine-limit），未审查罚款是否超出限额："
            + article);
        return;
      }
    }
  }

  private static List<Allowance> higherAllowances(Standard standard, Violation violation) {
    List<Allowance> higher = new ArrayList<>();
    for (var ref : violation.implementations()) {
      standard.article(ref).map(Article::statute).ifPresent(s -> higher.addAll(Allowance.of(s)));
    }
    return higher;
  }

  /**
   * Once a standard declares levels, each regulation without one is named, once: its level rules
   * were skipped. An info, not a warning: a standard that declares no level at all is as before.
   */
  static void undeclared(Standard standard, Diagnostics diagnostics) {
    if (standard.regulations().stream().noneMatch(r -> r.level().isPresent())) {
      return;
    }
    standard.regulations().forEach(r -> fineLimitUndeclared(standard, r, diagnostics));
    for (Regulation regulation : standard.regulations()) {
      if (regulation.level().isEmpty()) {
        diagnostics.info(regulation.span(), "level-undeclared", "法规 " + regulation.id()
            + " 没有声明位阶（level），未审查其可以设定的处罚种类（《行政处罚法》第十条至第十四条）；应为："
            + String.join("、", LawLevel.labels()));
      }
    }
  }
}
