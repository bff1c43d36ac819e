package org.cailiang.dsl.model;

import java.util.List;

/**
 * Circumstances that cannot hold together ({@code exclusive minor, serious "…"}): at most one of
 * the listed boolean facts is true in a real case. Combinations where two hold are not cases:
 * the analysis skips them, test cases and evaluation reject them. A declaration may also list
 * circumstances of the general part the violation uses ({@code exclusive harm, trivial}): a fact
 * that is true and a circumstance given (or implied) count alike, and a case with two of them is
 * refused when decided under the general part (supervisor: 造成危害后果 with 没有造成危害后果 gave
 * 不予处罚).
 *
 * @param facts the boolean facts, as written
 * @param circumstances the general part's circumstances, as written; empty for most declarations
 * @param message why they exclude each other, shown when a case violates it; may be empty
 */
public record Exclusive(List<Ref> facts, List<Ref> circumstances, String message, SourceSpan span) {

  public Exclusive {
    facts = List.copyOf(facts);
    circumstances = List.copyOf(circumstances);
  }

  /** A declaration of facts alone. */
  public Exclusive(List<Ref> facts, String message, SourceSpan span) {
    this(facts, List.of(), message, span);
  }

  /**
   * The declaration with the names that are not the violation's facts taken as circumstances of
   * the general part (which the general checks then look up).
   */
  public Exclusive splitBy(java.util.Set<String> factIds) {
    List<Ref> all = new java.util.ArrayList<>(facts);
    all.addAll(circumstances);
    return new Exclusive(all.stream().filter(ref -> factIds.contains(ref.name())).toList(),
        all.stream().filter(ref -> !factIds.contains(ref.name())).toList(), message, span);
  }

  /** The names of the facts, in order. */
  public List<String> factIds() {
    return facts.stream().map(Ref::name).toList();
  }

  /**
   * The condition under which the declaration is violated: two of its facts hold ({@code a and
   * b}, or for more facts {@code a and b or a and c or …}). Built from the facts' spans, so a
   * message about it points at the declaration.
   */
  public Condition contradiction() {
    List<Condition.And> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      for (int j = i + 1; j < facts.size(); j++) {
        pairs.add(new Condition.And(List.of(
            new Condition.IsTrue(facts.get(i), facts.get(i).span()),
            new Condition.IsTrue(facts.get(j), facts.get(j).span())), span));
      }
    }
    if (pairs.isEmpty()) {
      throw new IllegalStateException("an exclusive declaration lists two facts or more");
    }
    return pairs.size() == 1 ? pairs.get(0) : new Condition.Or(List.copyOf(pairs), span);
  }

  /** The declaration's facts that hold, given each fact's value by id, in declaration order. */
  public List<String> holding(java.util.function.Predicate<String> isTrue) {
    return factIds().stream().distinct().filter(isTrue).toList();
  }
}
