package org.cailiang.dsl.model;

/** A value of an enumerated fact: {@code individual "个人设置"}. */
public record EnumValue(String id, String label, SourceSpan span) {}
