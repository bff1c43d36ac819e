package org.cailiang.dsl.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cailiang.dsl.diag.Spelling;

/**
 * The check names a {@code suppress} may name (the legal review's warnings and infos) and the
 * others (errors, and notes outside the analysis), so that a suppression that drops nothing can
 * say why: a misspelt name, or an error, which no suppress drops. {@code CheckNamesTest} keeps
 * both lists equal to the catalogue of docs/language.md (检查一览).
 */
final class CheckNames {
  static final Set<String> SUPPRESSIBLE = Set.of("confiscate-income", "exclusive-missing", "higher-law",
      "mitigated", "mitigated-unused", "no-statute", "order-omitted", "order-text", "party-kind-unknown", "party-omitted",
      "referral-unlisted",
      "severity-order", "statute-omits", "statute-text", "text-mismatch", "text-modality", "threshold-wording",
      "unreachable-range");

  static final Set<String> NOT_SUPPRESSIBLE = Set.of("ambiguous-value", "analysis-limit",
      "bad-amount", "bad-code", "bad-date", "bad-escape", "bad-period", "bad-priority", "before-law",
      "bad-range", "below-minimum", "case", "conditional-sanction", "contradictory-case", "dead-tier",
      "detention-combined", "detention-level", "detention-limit", "detention-party",
      "duplicate-article", "duplicate-basis", "duplicate-code", "duplicate-level",
      "duplicate-name", "duplicate-property", "duplicate-otherwise", "duplicate-referral", "either-both",
      "either-omitted", "empty-file", "empty-tier", "encoding", "envelope", "exclusive",
      "exempt-basis", "exempt-penalty", "fine-limit", "hidden-text", "fine-limit-undeclared", "fine-twice", "gap",
      "implements", "io", "level-undeclared", "licence-level", "mandatory-omitted", "order-penalty", "unexecuted-outside-case",
      "mandatory-optional", "missing-basis", "named-circumstance", "mitigated-no-penalty", "no-tiers", "overlap",
      "referral", "rule-kinds", "suppress", "syntax", "too-deep", "too-long", "too-many-errors",
      "too-many-facts", "too-many-items", "too-many-values", "type", "unexpected-character", "unknown-article",
      "unknown-fact", "unknown-level", "unknown-party", "unknown-value", "unknown-version",
      "unterminated-comment", "unterminated-string", "unused-suppression", "version-cycle",
      "version-fact", "version-fork", "version-gap", "version-overlap", "version-undated",
      // The general part's checks (issue 13): declarations, reported before any suppress applies.
      "adjustment-missing", "adjustment-mode", "adjustment-out-of-range", "bad-limitation",
      "contradictory-effects", "duplicate-general", "general-statute", "limitation-without-default",
      "reduction-without-floor", "threshold-not-positive", "unknown-circumstance",
      "unknown-combination", "unknown-effect", "unknown-general", "unknown-procedure",
      "unused-circumstance", "waiver-without-basis", "person-circumstance", "implies", "too-many-circumstances",
      "contradictory-circumstance",
      // Which violations a general part applies to (issue 13: scope).
      "unused-general");

  private CheckNames() {}

  /** Up to three suppressible names within two edits of the given one, nearest first. */
  static List<String> nearest(String name) {
    return SUPPRESSIBLE.stream()
        .filter(known -> Spelling.distance(name, known) <= 2)
        .sorted(Comparator.comparingInt((String known) -> Spelling.distance(name, known))
            .thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .toList();
  }

  /** Every name, for the test against the catalogue. */
  static Stream<String> all() {
    return Stream.concat(SUPPRESSIBLE.stream(), NOT_SUPPRESSIBLE.stream());
  }
}
