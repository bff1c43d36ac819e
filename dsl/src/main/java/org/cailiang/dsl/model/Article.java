package org.cailiang.dsl.model;

import java.util.List;

/**
 * An article of a regulation.
 *
 * @param number its numbering as written: {@code 第十九条}, {@code 第五条第一款}
 * @param text its verbatim text
 * @param facts the facts its statute reads, when it has one
 * @param statute what it allows, when a lower violation implements it; empty when not written
 */
public record Article(
    String id, String number, String text, List<Fact> facts, List<StatuteClause> statute,
    SourceSpan span) {

  public Article {
    facts = List.copyOf(facts);
    statute = List.copyOf(statute);
  }

  /** An article cited only by its text. */
  public Article(String id, String number, String text, SourceSpan span) {
    this(id, number, text, List.of(), List.of(), span);
  }
}
