package org.cailiang.dsl.eval;

import java.util.List;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.CircumstanceExclusions;

/**
 * A violation's declarations that list circumstances of the general part beside its boolean facts
 * ({@code exclusive harm, trivial}), as the runtime checks them: one record for the interpreter and
 * the generated code (which writes its arrays as literals).
 *
 * @param facts each declaration's facts, by id
 * @param factLabels their labels
 * @param circumstances each declaration's circumstances, by id
 * @param reasons each declaration's reason, {@code ""} when none
 */
public record CircumstanceExclusionRecords(List<List<String>> facts, List<List<String>> factLabels,
    List<List<String>> circumstances, List<String> reasons) {

  /** The records of a violation; empty lists when it has none. */
  public static CircumstanceExclusionRecords of(Violation violation) {
    List<Exclusive> declared = violation.circumstanceExclusives();
    return new CircumstanceExclusionRecords(
        declared.stream().map(e -> e.facts().stream().map(Ref::name).toList()).toList(),
        declared.stream().map(e -> e.facts().stream()
            .map(ref -> violation.fact(ref.name()).map(f -> f.label()).orElse(ref.name())).toList()).toList(),
        declared.stream().map(e -> e.circumstances().stream().map(Ref::name).toList()).toList(),
        declared.stream().map(Exclusive::message).toList());
  }

  /** {@return whether the violation declares none} */
  public boolean isEmpty() {
    return reasons.isEmpty();
  }

  /** {@return the facts any declaration lists, each once, in order} */
  public List<String> factIds() {
    return facts.stream().flatMap(List::stream).distinct().toList();
  }

  /** {@return the runtime's check of these declarations} */
  public CircumstanceExclusions runtime() {
    return isEmpty() ? CircumstanceExclusions.NONE : CircumstanceExclusions.of(arrays(facts),
        arrays(factLabels), arrays(circumstances), reasons.toArray(String[]::new));
  }

  private static String[][] arrays(List<List<String>> lists) {
    return lists.stream().map(list -> list.toArray(String[]::new)).toArray(String[][]::new);
  }
}
