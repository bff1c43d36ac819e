package org.cailiang.dsl.model;

/**
 * A reference to an article. An unqualified reference in the source is resolved against the
 * enclosing regulation, so {@code regulation} is always filled in.
 */
public record ArticleRef(String regulation, String article, SourceSpan span) {
  @Override
  public String toString() {
    return regulation + "." + article;
  }
}
