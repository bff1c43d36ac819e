package org.cailiang.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A regulation the standard implements, with the articles it cites and the violations of it.
 *
 * @param title the regulation's title without book-title marks
 * @param level its level of law; empty when not declared (the level rules are then skipped)
 * @param fineLimit the fine limit for 规章 in its region, when declared
 * @param validity the version of the regulation: its dates and 文号
 * @param replacements which articles of the superseded standard its articles renumber
 * @param uses the general parts its violations use on top of the standard's, in order: a later
 *     one overrides an earlier one (治安管理处罚法's rules govern only 违反治安管理行为)
 */
public record Regulation(
    String id,
    String title,
    Optional<LawLevel> level,
    Optional<FineLimit> fineLimit,
    List<Article> articles,
    List<Violation> violations,
    SourceSpan span,
    Validity validity,
    List<Replacement> replacements,
    List<Ref> uses) {

  public Regulation {
    articles = List.copyOf(articles);
    violations = List.copyOf(violations);
    java.util.Objects.requireNonNull(validity, "validity");
    replacements = List.copyOf(replacements);
    uses = List.copyOf(uses);
  }

  /** A regulation whose violations use only the standard's general parts. */
  public Regulation(
      String id, String title, Optional<LawLevel> level, Optional<FineLimit> fineLimit,
      List<Article> articles, List<Violation> violations, SourceSpan span, Validity validity,
      List<Replacement> replacements) {
    this(id, title, level, fineLimit, articles, violations, span, validity, replacements,
        List.of());
  }

  /** A regulation whose level is not declared, without a version in time. */
  public Regulation(
      String id, String title, List<Article> articles, List<Violation> violations, SourceSpan span) {
    this(id, title, Optional.empty(), Optional.empty(), articles, violations, span);
  }

  /** A regulation with a level of law, without a version in time. */
  public Regulation(
      String id, String title, Optional<LawLevel> level, Optional<FineLimit> fineLimit,
      List<Article> articles, List<Violation> violations, SourceSpan span) {
    this(id, title, level, fineLimit, articles, violations, span, Validity.UNDATED, List.of());
  }

  /** A regulation with a version in time, whose level is not declared. */
  public Regulation(
      String id, String title, List<Article> articles, List<Violation> violations, SourceSpan span,
      Validity validity, List<Replacement> replacements) {
    this(id, title, Optional.empty(), Optional.empty(), articles, violations, span, validity,
        replacements);
  }

  /** The article with this id, if declared. */
  public Optional<Article> article(String articleId) {
    return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
  }
}
