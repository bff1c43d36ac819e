package org.cailiang.dsl.model;

/**
 * An article of a regulation.
 *
 * @param number its numbering as written: {@code 第十九条}, {@code 第五条第一款}
 * @param text its verbatim text
 */
public record Article(String id, String number, String text, SourceSpan span) {}
