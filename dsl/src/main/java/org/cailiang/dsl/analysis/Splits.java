package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cailiang.dsl.model.AtomVisitor;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Literal;

/**
 * Groups the regions of one fact on which the conditions still undecided read the same: a
 * case analysis needs one branch per group, not per region. {@code income >= 5万} left undecided
 * by the other facts splits income into two branches, whatever other constants the violation
 * compares income with elsewhere; this keeps the cells of many facts with many thresholds to
 * the product of the bands the tiers actually tell apart.
 */
final class Splits {
  private Splits() {}

  /**
   * The regions of {@code fact}, in order, grouped so that every atom of {@code atoms} (the
   * atoms on the fact of the conditions still undecided) has one truth value in each group; a
   * region whose value is in {@code alone} gets a group of its own.
   */
  static List<List<Region>> of(String fact, List<Region> regions, List<Condition> atoms,
      Set<Object> alone, Truth truth) {
    boolean numeric = regions.get(0) instanceof Region.Interval;
    return numeric ? adjacent(fact, regions, atoms, alone, truth) : bySignature(fact, regions, atoms, alone, truth);
  }

  /**
   * Numeric regions are ordered and an atom changes its truth only at its own constants, so two
   * neighbours differ only in the atoms whose constant is the boundary between them: each
   * atom is evaluated at most twice per constant, not once per region.
   */
  private static List<List<Region>> adjacent(String fact, List<Region> regions, List<Condition> atoms,
      Set<Object> alone, Truth truth) {
    TreeMap<BigDecimal, List<Condition>> byConstant = new TreeMap<>();
    for (Condition atom : atoms) {
      for (BigDecimal constant : constants(atom)) {
        byConstant.computeIfAbsent(constant, c -> new ArrayList<>()).add(atom);
      }
    }
    List<List<Region>> groups = new ArrayList<>();
    List<Region> group = new ArrayList<>();
    Region previous = null;
    boolean previousAlone = false;
    for (Region region : regions) {
      boolean isAlone = !alone.isEmpty() && alone.contains(Explorer.key(region));
      if (previous != null && (isAlone || previousAlone
          || differ(fact, previous, region, between(byConstant, previous, region), truth))) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(region);
      previous = region;
      previousAlone = isAlone;
    }
    groups.add(group);
    return groups;
  }

  /**
   * The atoms whose constant lies between two neighbours: the boundary, or several constants
   * when a gap holds no value of the fact's granularity (2 and 3 around {@code count > 2.5}).
   */
  private static List<Condition> between(TreeMap<BigDecimal, List<Condition>> byConstant, Region lower,
      Region upper) {
    List<Condition> found = new ArrayList<>();
    byConstant.subMap(((Region.Interval) lower).high(), true, ((Region.Interval) upper).low(), true)
        .values().forEach(found::addAll);
    return found;
  }

  private static boolean differ(String fact, Region a, Region b, List<Condition> atoms, Truth truth) {
    for (Condition atom : atoms) {
      if (!truth.of(atom, Map.of(fact, a)).equals(truth.of(atom, Map.of(fact, b)))) {
        return true;
      }
    }
    return false;
  }

  /** Enum and boolean facts have few values: each is compared on every atom. */
  private static List<List<Region>> bySignature(String fact, List<Region> regions, List<Condition> atoms,
      Set<Object> alone, Truth truth) {
    Map<Object, List<Region>> groups = new java.util.LinkedHashMap<>();
    for (Region region : regions) {
      Object key = Explorer.key(region);
      Object signature;
      if (alone.contains(key)) {
        signature = List.of("alone", key);
      } else {
        List<Boolean> truths = new ArrayList<>(atoms.size());
        for (Condition atom : atoms) {
          truths.add(truth.of(atom, Map.of(fact, region)));
        }
        signature = truths;
      }
      groups.computeIfAbsent(signature, s -> new ArrayList<>()).add(region);
    }
    return new ArrayList<>(groups.values());
  }

  /** The numbers an atom compares with. */
  static List<BigDecimal> constants(Condition atom) {
    List<Literal> compared = atom.accept(ComparedLiterals.INSTANCE);
    List<BigDecimal> found = new ArrayList<>();
    compared.stream().filter(v -> v instanceof Literal.Number)
        .forEach(v -> found.add(((Literal.Number) v).value()));
    return found;
  }

  /** The literals an atom compares its fact with: none for a boolean fact on its own. */
  private static final class ComparedLiterals extends AtomVisitor<List<Literal>> {
    static final ComparedLiterals INSTANCE = new ComparedLiterals();

    @Override
    public List<Literal> visitCompare(Condition.Compare c) {
      return List.of(c.value());
    }

    @Override
    public List<Literal> visitIn(Condition.In c) {
      return c.values();
    }

    @Override
    public List<Literal> visitIsTrue(Condition.IsTrue c) {
      return List.of();
    }
  }
}
