package org.cailiang.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A regulation the standard implements, with the articles it cites and the violations of it.
 *
 * @param title the regulation's title without book-title marks
 */
public record Regulation(
    String id, String title, List<Article> articles, List<Violation> violations, SourceSpan span) {

  public Regulation {
    articles = List.copyOf(articles);
    violations = List.copyOf(violations);
  }

  /** The article with this id, if declared. */
  public Optional<Article> article(String articleId) {
    return articles.stream().filter(a -> a.id().equals(articleId)).findFirst();
  }
}
