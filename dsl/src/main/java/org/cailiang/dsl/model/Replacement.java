package org.cailiang.dsl.model;

/**
 * A renumbering across versions: {@code replaces public_order.art54 -> art65} says that this
 * regulation's article {@code article} takes the place of article {@code old} of the standard
 * this one supersedes (旧第五十四条 → 新第六十五条).
 */
public record Replacement(ArticleRef old, Ref article, SourceSpan span) {}
