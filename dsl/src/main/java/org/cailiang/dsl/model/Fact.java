package org.cailiang.dsl.model;

/** A fact a violation is decided on: {@code fact harm "造成危害后果": bool}. */
public record Fact(String id, String label, FactType type, SourceSpan span) {}
