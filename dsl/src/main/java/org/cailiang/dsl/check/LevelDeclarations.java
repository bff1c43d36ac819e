package org.cailiang.dsl.check;

import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.CodeRange;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.LawLevel;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Violation;

/**
 * Checks the declarations of levels of law and higher law: a fine limit only on a 规章, the facts
 * and sanctions of article statutes, and every {@code implements} reference.
 */
final class LevelDeclarations {
  private final Standard standard;
  private final Diagnostics diagnostics;

  LevelDeclarations(Standard standard, Diagnostics diagnostics) {
    this.standard = standard;
    this.diagnostics = diagnostics;
  }

  void run() {
    for (Regulation regulation : standard.regulations()) {
      regulation.fineLimit().ifPresent(limit -> {
        if (regulation.level().isEmpty() || !regulation.level().get().isRule()) {
          diagnostics.error(limit.span(), "fine-limit", "罚款限额（fine-limit）只适用于规章："
              + regulation.level().map(l -> "法规 " + regulation.id() + " 的位阶是" + l.label())
                  .orElse("请先声明法规 " + regulation.id() + " 的位阶（level）")
              + "（《行政处罚法》第十三条第二款、第十四条第二款）");
        }
      });
      for (Article article : regulation.articles()) {
        if (!article.statute().isEmpty() || !article.facts().isEmpty()) {
          statute(regulation, article);
        }
      }
      for (Violation violation : regulation.violations()) {
        violation.implementations().forEach(ref -> implementation(violation, ref));
      }
    }
  }

  /** An article's statute: its facts declared once, its conditions and sanctions well-typed. */
  private void statute(Regulation regulation, Article article) {
    Names.unique(article.facts(), Fact::id, Fact::span, "事实", diagnostics);
    Violation scope = asViolation(regulation, article);
    ConditionTypes conditions = new ConditionTypes(scope, diagnostics);
    SanctionChecks sanctions = new SanctionChecks(standard, scope, diagnostics, ref -> { });
    for (StatuteClause clause : article.statute()) {
      conditions.check(clause.condition());
      sanctions.check(clause.sanction());
    }
  }

  /** The article's statute as a violation's, for the checks written for violations. */
  private static Violation asViolation(Regulation regulation, Article article) {
    return new Violation(regulation.id(), new CodeRange(article.id(), article.id(), article.span()),
        article.number(), article.text(), Optional.empty(), List.of(), article.facts(),
        article.statute(), List.of(), List.of(), List.of(), article.span());
  }

  private void implementation(Violation violation, ArticleRef ref) {
    Optional<Regulation> regulation = standard.regulation(ref.regulation());
    if (regulation.isEmpty()) {
      diagnostics.error(ref.span(), "unknown-article", "未知法规 " + ref.regulation());
      return;
    }
    Optional<Article> article = regulation.get().article(ref.article());
    if (article.isEmpty()) {
      diagnostics.error(ref.span(), "unknown-article",
          "法规 " + ref.regulation() + " 中没有条款 " + ref.article());
      return;
    }
    if (ref.regulation().equals(violation.regulation())) {
      diagnostics.error(ref.span(), "implements", "implements 应引用上位法的条款，条款 " + ref.article()
          + " 属于本违法行为所在的法规 " + ref.regulation());
      return;
    }
    Optional<LawLevel> upLevel = regulation.get().level();
    Optional<LawLevel> ownLevel = standard.regulation(violation.regulation()).flatMap(Regulation::level);
    if (upLevel.isPresent() && ownLevel.isPresent() && !above(upLevel.get(), ownLevel.get())) {
      diagnostics.error(ref.span(), "implements", "implements 应引用上位法的条款：法规 " + ref.regulation()
          + " 是" + upLevel.get().label() + "，并不高于本违法行为所在的" + ownLevel.get().label()
          + "（《行政处罚法》第十一条至第十四条）");
      return;
    }
    if (article.get().statute().isEmpty()) {
      diagnostics.error(ref.span(), "implements", "上位法条款 " + ref + "（" + article.get().number()
          + "）没有结构化的罚则（statute），无法审查本违法行为是否在其范围内");
      return;
    }
    for (Fact higher : article.get().facts()) {
      violation.fact(higher.id()).ifPresent(lower -> {
        if (!compatible(higher.type(), lower.type())) {
          diagnostics.error(ref.span(), "implements", "上位法条款 " + ref + " 的事实 " + higher.id() + "（"
              + higher.type().name() + "）与本违法行为的同名事实（" + lower.type().name()
              + "）类型或取值不同；请改名，或使两者一致");
        }
      });
    }
  }

  /**
   * Whether a regulation of the first level is higher law for one of the second, as 《行政处罚法》
   * 第十一条至第十四条 name the higher law of each level. 部门规章 and 地方政府规章 are higher law
   * for none; a provincial and a city regulation of one level are not told apart (this project's
   * reading: implements across one level is refused).
   */
  static boolean above(LawLevel higher, LawLevel lower) {
    return switch (higher) {
      case LAW -> lower != LawLevel.LAW;
      case ADMINISTRATIVE_REGULATION -> lower == LawLevel.LOCAL_REGULATION || lower.isRule();
      case LOCAL_REGULATION -> lower == LawLevel.LOCAL_GOVERNMENT_RULE;
      case DEPARTMENT_RULE, LOCAL_GOVERNMENT_RULE -> false;
    };
  }

  /**
   * Whether the lower fact can stand for the higher one: same type, and every value of a higher
   * enum in the lower one under the same name and label, since conditions may name either.
   */
  private static boolean compatible(FactType higher, FactType lower) {
    if (higher instanceof FactType.Enum h && lower instanceof FactType.Enum l) {
      List<String> values = l.values().stream().map(v -> v.id() + "\u0000" + v.label()).toList();
      return h.values().stream().map(v -> v.id() + "\u0000" + v.label()).allMatch(values::contains);
    }
    return higher.getClass() == lower.getClass();
  }
}
