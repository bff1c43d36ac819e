package org.cailiang.dsl.model;

/**
 * Accepts the warnings of one check within the element it is written in, for a stated reason:
 * {@code suppress "text-mismatch" "原文笔误，已与原件核对"}. Errors cannot be suppressed.
 */
public record Suppression(String check, String reason, SourceSpan span) {}
