package org.cailiang.runtime.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.GeneralRules;
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

  /**
   * The circumstances of a general part. Not generic, unlike {@code List.of}: javac infers
   * nothing per element, so a long list compiles in linear time.
   *
   * @param circumstances the circumstances, in source order
   * @return them, unmodifiable
   */
  public static List<GeneralRules.Circumstance> circumstances(
      GeneralRules.Circumstance... circumstances) {
    return List.of(circumstances);
  }

  /**
   * The kinds of a standard's parties, from pairs of a party id and a {@link
   * GeneralRules.PartyKind} name: plain strings, where {@code Map.ofEntries(Map.entry(…), …)}
   * made javac's time grow with the square of the parties.
   *
   * @param idsAndKinds a party id, its kind's name, and so on
   * @return the kinds by party id, unmodifiable
   * @throws IllegalArgumentException when a kind's name is unknown or a pair is incomplete
   */
  public static Map<String, GeneralRules.PartyKind> partyKinds(String... idsAndKinds) {
    if (idsAndKinds.length % 2 != 0) {
      throw new IllegalArgumentException("party kinds come in pairs of an id and a kind");
    }
    Map<String, GeneralRules.PartyKind> kinds = new HashMap<>();
    for (int i = 0; i < idsAndKinds.length; i += 2) {
      kinds.put(idsAndKinds[i], GeneralRules.PartyKind.valueOf(idsAndKinds[i + 1]));
    }
    return Map.copyOf(kinds);
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
