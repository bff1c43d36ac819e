package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * A lower statute stays within the kinds, parties and ranges of the higher one it implements
 * (《行政处罚法》第十一条第二款、第十二条第二款、第十三条第一款、第十四条第一款). In every cell, each
 * penalty of the tier that applies, and of each statute clause that applies, must be one the
 * higher article allows there. The higher article's facts that the violation does not declare
 * are free: the lower standard does not know them, so it must be lawful for every value of them.
 * A warning, not an error: the encoding of the higher article (its parties, its facts) is the
 * author's reading, and a finding calls for a legal review, whose outcome a suppress records.
 */
final class HigherLawChecks {
  private final Standard standard;
  private final Violation violation;
  private final Reporter reporter;
  private final Set<String> reported = new HashSet<>();

  HigherLawChecks(Standard standard, Violation violation, Reporter reporter) {
    this.standard = standard;
    this.violation = violation;
    this.reporter = reporter;
  }

  void run() {
    for (ArticleRef ref : violation.implementations()) {
      Regulation higher = standard.regulation(ref.regulation()).orElse(null);
      Article article = standard.article(ref).orElse(null);
      if (higher != null && article != null && !article.statute().isEmpty()) {
        new Against(ref, higher, article).run();
      }
    }
  }

  /** The check against one higher article. */
  private final class Against {
    private final String cite;
    private final Article article;
    private final Violation combined;
    private final List<Allowance> allowances;

    Against(ArticleRef ref, Regulation higher, Article article) {
      this.cite = "《" + higher.title() + "》" + article.number();
      this.article = article;
      this.combined = combined(article);
      this.allowances = Allowance.of(article.statute());
    }

    void run() {
      Explorer explorer = new Explorer(combined);
      List<Cell> cells = explorer.cells();
      if (explorer.truncated()) {
        reporter.report(Severity.ERROR, violation, null, violation.span(), "analysis-limit",
            "分析超出上限：违法行为 " + violation.codes() + " 与上位法" + cite + "的事实组合超过 "
                + Explorer.MAX_CELLS + " 类，上位法审查未能完成；请拆分该违法行为");
        return;
      }
      int offset = article.statute().size();
      Tier otherwise = violation.otherwise().orElse(null);
      for (Cell cell : cells) {
        List<Allowance> applicable = allowances.stream()
            .filter(a -> cell.statute().get(a.clause())).toList();
        for (int i = 0; i < violation.statute().size(); i++) {
          if (cell.statute().get(offset + i)) {
            for (SanctionSpec s : LevelChecks.penalties(violation.statute().get(i).sanction())) {
              check(null, s, applicable, cell);
            }
          }
        }
        Tier tier = Cells.winner(otherwise, cell);
        if (tier != null) {
          for (SanctionSpec sanction : tier.sanctions()) {
            LevelChecks.penalties(sanction).forEach(s -> check(tier, s, applicable, cell));
          }
          if (!GeneralRules.exempts(tier)) {
            eitherBoth(tier, applicable, cell);
            mandatory(tier, applicable, cell);
          }
        }
      }
    }

    /** The higher 或者 stays a choice: a tier may not impose two of its options together. */
    private void eitherBoth(Tier tier, List<Allowance> applicable, Cell cell) {
      for (int c = 0; c < article.statute().size(); c++) {
        if (!cell.statute().get(c)
            || !(article.statute().get(c).sanction() instanceof SanctionSpec.Alternative either)) {
          continue;
        }
        SanctionSpec first = null;
        SanctionSpec firstOption = null;
        for (SanctionSpec sanction : tier.sanctions()) {
          if (sanction instanceof SanctionSpec.Alternative || allowedAlone(sanction, applicable)) {
            continue;
          }
          SanctionSpec option = either.options().stream()
              .filter(o -> Kinds.sameKind(o, sanction) && Kinds.coversParties(o, sanction))
              .findFirst().orElse(null);
          if (option == null) {
            continue;
          }
          if (first == null) {
            first = sanction;
            firstOption = option;
          } else if (option != firstOption) {
            SanctionSpec one = first;
            once(tier, sanction, sanction.span(), "either", () -> "上位法" + cite + "规定"
                + String.join("或者", either.options().stream().map(o -> Kinds.name(standard, o)).toList())
                + "，阶次 " + Cells.tier(tier) + " 却同时适用了" + Kinds.name(standard, one) + "与"
                + Kinds.name(standard, sanction) + "：上位法的「或者」只能择一（" + Cells.describe(combined, cell) + "）");
          }
        }
      }
    }

    /**
     * Whether the tier deals with the parties a required fine or detention names. The higher
     * article's 对违法个人…对违法单位… names the penalty of whichever party offends: a tier that
     * fines or detains none of them is about another offender (this project's reading). Kinds
     * without parties are required of every tier.
     */
    private static boolean addresses(Tier tier, SanctionSpec required) {
      List<String> parties = parties(required);
      if (parties.isEmpty()) {
        return true;
      }
      return tier.sanctions().stream().flatMap(s -> LevelChecks.penalties(s).stream())
          .anyMatch(s -> parties(s).stream().anyMatch(parties::contains));
    }

    private static List<String> parties(SanctionSpec sanction) {
      if (sanction instanceof SanctionSpec.Fine fine) {
        return fine.parties().stream().map(p -> p.name()).toList();
      } else if (sanction instanceof SanctionSpec.Detention detention) {
        return List.of(detention.party().name());
      }
      return List.of();
    }

    /** A higher clause other than an {@code either} that allows the sanction by itself. */
    private boolean allowedAlone(SanctionSpec sanction, List<Allowance> applicable) {
      return applicable.stream().anyMatch(a -> a.clause() < article.statute().size()
          && !(article.statute().get(a.clause()).sanction() instanceof SanctionSpec.Alternative)
          && Kinds.sameKind(a.sanction(), sanction) && Kinds.coversParties(a.sanction(), sanction));
    }

    /**
     * What the higher article requires (并处) the tier imposes, unless it is {@code mitigated}
     * (减轻 may leave a kind out, 第三十二条). 没收违法所得 is left to confiscate-income: the law
     * itself requires it where there is income (第二十八条第二款).
     */
    private void mandatory(Tier tier, List<Allowance> applicable, Cell cell) {
      if (!tier.mitigation().isEmpty()) {
        return;
      }
      for (Allowance required : applicable) {
        if (!required.mandatory() || !required.isPenalty() || required.clause() >= article.statute().size()
            || GeneralRules.isIncomeConfiscation(required.sanction())) {
          continue;
        }
        if (!addresses(tier, required.sanction())) {
          continue;
        }
        List<SanctionSpec> imposed = tier.sanctions().stream().filter(s -> !s.optional()).toList();
        boolean present = required.sanction() instanceof SanctionSpec.Confiscation objects
            ? ConfiscatedObjects.missing(objects, imposed, true).isEmpty()
            : imposed.stream().anyMatch(s -> Kinds.sameKind(required.sanction(), s)
                && Kinds.coversParties(required.sanction(), s));
        if (!present) {
          once(tier, required.sanction(), tier.span(), "mandatory", () -> "上位法" + cite + "规定应当并处"
              + Kinds.name(standard, required.sanction()) + "，阶次 " + Cells.tier(tier) + " 却没有"
              + "（" + Cells.describe(combined, cell) + "）");
        }
      }
    }

    private void check(Tier tier, SanctionSpec sanction, List<Allowance> applicable, Cell cell) {
      if (!sanction.isPenalty()) {
        return; // 责令改正 and referrals are not penalties (第二十八条), nor is an exemption
      }
      List<Allowance> matching = applicable.stream()
          .filter(a -> Kinds.sameKind(a.sanction(), sanction)
              && Kinds.coversParties(a.sanction(), sanction))
          .toList();
      String subject = (tier == null ? "罚则（statute）中的" : "阶次 " + Cells.tier(tier) + " 的")
          + Kinds.name(standard, sanction);
      if (matching.isEmpty()) {
        boolean elsewhere = allowances.stream().anyMatch(a -> Kinds.sameKind(a.sanction(), sanction)
            && Kinds.coversParties(a.sanction(), sanction));
        once(tier, sanction, elsewhere ? "case" : "kind", () -> "超出上位法" + cite + "：" + subject
            + (elsewhere ? " 在此情形下上位法没有规定此项处罚（" + Cells.describe(combined, cell) + "）"
                : " 不是上位法规定的处罚种类或处罚对象"));
        return;
      }
      BigDecimal[] range = Kinds.range(sanction);
      if (range == null) {
        return;
      }
      List<BigDecimal[]> allowed = matching.stream().map(a -> Kinds.range(a.sanction())).toList();
      if (allowed.stream().noneMatch(a -> Kinds.withinMax(range, a))) {
        once(tier, sanction, "max", () -> "超出上位法" + cite + "：" + subject + " "
            + Kinds.show(sanction, range) + " 超出上位法幅度 " + Kinds.show(sanction, allowed.get(0))
            + "（" + Cells.describe(combined, cell) + "）");
      } else if ((tier == null || tier.mitigation().isEmpty())
          && allowed.stream()
              .noneMatch(a -> Kinds.withinMax(range, a) && Kinds.reachesMin(range, a))) {
        once(tier, sanction, "min", () -> "低于上位法" + cite + "：" + subject + " "
            + Kinds.show(sanction, range) + " 低于上位法幅度 " + Kinds.show(sanction, allowed.get(0))
            + "（" + Cells.describe(combined, cell) + "）");
      }
    }

    /** Reported once per subject and kind of finding, at the first cell that shows it. */
    private void once(Tier tier, SanctionSpec sanction, String finding, Supplier<String> message) {
      once(tier, sanction, sanction.span(), finding, message);
    }

    private void once(Tier tier, SanctionSpec subject, SourceSpan span, String finding,
        Supplier<String> message) {
      String key = article.id() + "|" + (tier == null ? "" : tier.suffix()) + "|"
          + System.identityHashCode(subject) + "|" + finding;
      if (reported.add(key)) {
        reporter.report(Severity.WARNING, violation, tier, span, "higher-law", message.get());
      }
    }
  }

  /**
   * The violation with the higher article's clauses before its own statute, and the higher facts
   * it does not declare as facts of its own: free, so the cells range over every value of them.
   */
  private Violation combined(Article article) {
    List<Fact> facts = new ArrayList<>(violation.facts());
    for (Fact fact : article.facts()) {
      if (violation.fact(fact.id()).isEmpty()) {
        facts.add(fact);
      }
    }
    List<StatuteClause> statute = new ArrayList<>(article.statute());
    statute.addAll(violation.statute());
    return new Violation(violation.regulation(), violation.codes(), violation.title(),
        violation.text(), violation.basis(), violation.duties(), facts, statute, violation.tiers(),
        violation.suppressions(), List.of(), List.of(), violation.exclusives(),
        violation.handovers(), violation.span());
  }
}
