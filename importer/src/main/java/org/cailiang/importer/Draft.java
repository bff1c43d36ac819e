package org.cailiang.importer;

import java.util.List;
import java.util.Map;

/**
 * A draft standard inferred from a table, before it is written as source text. Sanctions are
 * already in the language's notation; doubts are what a reviewer must check (待核对), each kept
 * beside the element it concerns.
 */
record Draft(String source, Map<String, String> parties, List<Regulation> regulations, int rows) {

  record Regulation(String id, String name, List<String> doubts, List<Article> articles,
      List<Violation> violations) {}

  record Article(String id, String number, String text, List<String> doubts) {}

  record Violation(String from, String to, String title, String text, String basis,
      List<String> duties, List<String> amountFacts, List<Value> values, List<Clause> statute,
      List<String> referrals, List<Tier> tiers, List<String> doubts) {}

  /** A value of the violation's circumstance fact: one per tier. */
  record Value(String id, String label) {}

  /** A statute clause: a sanction, and the values of the circumstance it applies to (any if null). */
  record Clause(String sanction, String when, List<String> doubts) {}

  record Tier(String suffix, String label, String valueId, List<String> sanctions, String text,
      List<String> doubts) {}

  /** How many tiers were drafted. */
  int tierCount() {
    return regulations.stream().flatMap(r -> r.violations().stream())
        .mapToInt(v -> v.tiers().size()).sum();
  }

  /** How many sanctions were read from the tiers' texts. */
  int sanctionCount() {
    return regulations.stream().flatMap(r -> r.violations().stream())
        .flatMap(v -> v.tiers().stream()).mapToInt(t -> t.sanctions().size()).sum();
  }

  /** How many spots are marked 待核对. */
  int doubtCount() {
    int count = 0;
    for (Regulation regulation : regulations) {
      count += regulation.doubts().size();
      for (Article article : regulation.articles()) {
        count += article.doubts().size();
      }
      for (Violation violation : regulation.violations()) {
        count += violation.doubts().size();
        count += violation.statute().stream().mapToInt(c -> c.doubts().size()).sum();
        count += violation.tiers().stream().mapToInt(t -> t.doubts().size()).sum();
      }
    }
    return count;
  }
}
