package org.cailiang.dsl.model;

/** A name used in the source, where it was used: a reference to a fact or a party. */
public record Ref(String name, SourceSpan span) {}
