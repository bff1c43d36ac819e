package org.cailiang.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A regulation the standard implements, with the articles it cites and the violations of it.
 *
 * @param title the regulation's title without book-title marks
 * @param level its level of law; empty when not declared (the level rules are then skipped)
 * @param fineLimit the fine limit for 规章 in its region, when declared
 */
public record Regulation(
    String id, String title, Optional<LawLevel> level, Optional<FineLimit> fineLimit,
    List<Article> articles, List<Violation> violations, SourceSpan span) {

  public Regulation {
    articles = List.copyOf(articles);
    violations = List.copyOf(violations);
  }

  /** A regulation whose level is not declared. */
  public Regulation(
      String id, String title, List<Article> articles, List<Violation> violations, SourceSpan span) {
    this(id, title, Optional.empty(), Optional.empty(), articles, violations, span);
  }

  /** The article with this id, if declared. */
  public Optional<Article> article(String articleId) {
    return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
  }
}
