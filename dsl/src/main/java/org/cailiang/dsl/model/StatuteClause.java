package org.cailiang.dsl.model;

/**
 * One sanction the penalty article allows, and when it allows it.
 *
 * @param condition when the statute allows the sanction; {@link Condition.Always} when always
 */
public record StatuteClause(SanctionSpec sanction, Condition condition, SourceSpan span) {}
