package org.cailiang.runtime.internal;

import java.util.List;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/**
 * The immutable lists generated constants are built of. Each method is typed, not generic: a
 * generated standard holds thousands of such lists, and javac resolves a call to one of these
 * directly, where {@code List.of(…)} in an argument needs its type inferred — at 30,000 tiers
 * the difference is seconds of compilation.
 */
public final class ConstantLists {
  private ConstantLists() {}

  /** {@return the parties, in order} */
  public static List<Party> parties(Party... parties) {
    return List.of(parties);
  }

  /** {@return the sanctions, in order} */
  public static List<Sanction> sanctions(Sanction... sanctions) {
    return List.of(sanctions);
  }

  /** {@return the citations, in order} */
  public static List<Citation> citations(Citation... citations) {
    return List.of(citations);
  }

  /** {@return the facts, in order} */
  public static List<FactSpec> facts(FactSpec... facts) {
    return List.of(facts);
  }

  /** {@return the values of an enumerated fact, in order} */
  public static List<Labelled> values(Labelled... values) {
    return List.of(values);
  }

  /** {@return the code followed by each suffix, in order: the tier codes of one code} */
  public static List<String> suffixed(String code, String... suffixes) {
    String[] codes = new String[suffixes.length];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = code + suffixes[i];
    }
    return List.of(codes);
  }
}
