package org.cailiang.dsl.model;

/** A party a standard declares: {@code party unit "单位"}. */
public record Party(String id, String label, SourceSpan span) {}
