package org.cailiang.dsl.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Suppression;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.HigherLawNotes;

/**
 * A violation's {@code suppress "higher-law" "理由"} records, as the runtime's {@link HigherLawNotes}
 * take them: the interpreter builds the notes from these, the generator writes these arrays.
 *
 * @param periods the implemented regulations' periods, two entries each (first day, day of
 *     repeal), {@code ""} where not declared
 * @param suffixes per record, its tier's suffix; {@code ""} for one on the violation
 * @param reasons per record, the author's reason
 */
public record HigherLawRecords(List<String> periods, List<String> suffixes, List<String> reasons) {
  /** Copies the lists. */
  public HigherLawRecords {
    periods = List.copyOf(periods);
    suffixes = List.copyOf(suffixes);
    reasons = List.copyOf(reasons);
  }

  /**
   * {@return the records of a violation; empty reasons when it has none or implements no law}
   *
   * @param standard the standard
   * @param violation one of its violations
   */
  public static HigherLawRecords of(Standard standard, Violation violation) {
    List<String> periods = new ArrayList<>();
    for (ArticleRef ref : violation.implementations()) {
      Optional<Regulation> regulation = standard.regulation(ref.regulation());
      regulation.ifPresent(r -> {
        periods.add(r.validity().effective().map(Object::toString).orElse(""));
        periods.add(r.validity().repealed().map(Object::toString).orElse(""));
      });
    }
    List<String> suffixes = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (!periods.isEmpty()) {
      add(violation.suppressions(), "", suffixes, reasons);
      for (Tier tier : violation.tiers()) {
        add(tier.suppressions(), tier.suffix(), suffixes, reasons);
      }
    }
    return new HigherLawRecords(reasons.isEmpty() ? List.of() : periods, suffixes, reasons);
  }

  private static void add(List<Suppression> suppressions, String suffix, List<String> suffixes,
      List<String> reasons) {
    for (Suppression suppression : suppressions) {
      if (suppression.check().equals("higher-law")) {
        suffixes.add(suffix);
        reasons.add(suppression.reason());
      }
    }
  }

  /** {@return whether there is any record} */
  public boolean isEmpty() {
    return reasons.isEmpty();
  }

  /** {@return the runtime's notes of these records} */
  public HigherLawNotes notes() {
    return isEmpty() ? HigherLawNotes.NONE : HigherLawNotes.of(periods.toArray(String[]::new),
        suffixes.toArray(String[]::new), reasons.toArray(String[]::new));
  }
}
