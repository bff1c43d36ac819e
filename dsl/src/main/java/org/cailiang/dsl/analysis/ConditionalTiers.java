package org.cailiang.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Lowers a tier with sanctions that depend on a fact ({@code confiscate "违法所得" when income >
 * 0}) into variants the analysis knows: one tier per combination of those conditions, with the
 * tier's condition and each sanction condition or its negation, and the sanctions imposed there.
 * The variants split the tier's cases without overlap, keep its code, priority and place in the
 * order, so every check judges each sanction only where it is imposed.
 */
final class ConditionalTiers {
  private ConditionalTiers() {}

  /** The violation with every tier that has conditional sanctions replaced by its variants. */
  static Violation lower(Violation violation) {
    if (violation.tiers().stream().noneMatch(Tier::hasConditionalSanctions)) {
      return violation;
    }
    List<Tier> tiers = new ArrayList<>();
    for (Tier tier : violation.tiers()) {
      if (tier.hasConditionalSanctions() && !tier.isOtherwise()) {
        tiers.addAll(variants(tier));
      } else {
        tiers.add(tier);
      }
    }
    return withTiers(violation, tiers);
  }

  /**
   * The lowered violation without the variants that hold in no cell (a tier whose condition
   * already implies the sanction's has one variant only); a tier no variant of which applies
   * keeps its first, so that the dead-tier check still finds it.
   */
  static Violation withoutDead(Violation original, Violation lowered, List<Cell> cells) {
    if (original == lowered) {
      return lowered;
    }
    Set<Tier> alive = Collections.newSetFromMap(new IdentityHashMap<>());
    cells.forEach(cell -> alive.addAll(cell.matching()));
    List<Tier> tiers = new ArrayList<>();
    int next = 0;
    for (Tier tier : original.tiers()) {
      int count = tier.hasConditionalSanctions() && !tier.isOtherwise()
          ? 1 << conditionalCount(tier) : 1;
      List<Tier> own = lowered.tiers().subList(next, next + count);
      next += count;
      List<Tier> living = own.stream().filter(t -> count == 1 || alive.contains(t)).toList();
      tiers.addAll(living.isEmpty() ? own.subList(0, 1) : living);
    }
    return tiers.size() == lowered.tiers().size() ? lowered : withTiers(original, tiers);
  }

  private static int conditionalCount(Tier tier) {
    int count = 0;
    for (int i = 0; i < tier.sanctions().size(); i++) {
      count += tier.sanctionCondition(i).isPresent() ? 1 : 0;
    }
    return count;
  }

  private static List<Tier> variants(Tier tier) {
    List<Integer> conditional = new ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      if (tier.sanctionCondition(i).isPresent()) {
        conditional.add(i);
      }
    }
    List<Tier> variants = new ArrayList<>();
    for (int mask = (1 << conditional.size()) - 1; mask >= 0; mask--) { // all imposed first
      List<Condition> operands = new ArrayList<>();
      operands.add(tier.condition());
      List<SanctionSpec> sanctions = new ArrayList<>();
      for (int i = 0; i < tier.sanctions().size(); i++) {
        int bit = conditional.indexOf(i);
        if (bit < 0) {
          sanctions.add(tier.sanctions().get(i));
          continue;
        }
        Condition when = tier.sanctionCondition(i).orElseThrow();
        if ((mask & (1 << bit)) != 0) {
          operands.add(when);
          sanctions.add(tier.sanctions().get(i));
        } else {
          operands.add(new Condition.Not(when, when.span()));
        }
      }
      variants.add(new Tier(tier.suffix(), tier.circumstance(),
          new Condition.And(operands, tier.condition().span()), sanctions, tier.text(),
          tier.textSpan(), tier.priority(), tier.mitigation(), tier.suppressions(), tier.span()));
    }
    return variants;
  }

  private static Violation withTiers(Violation v, List<Tier> tiers) {
    return new Violation(v.regulation(), v.codes(), v.title(), v.text(), v.basis(), v.duties(),
        v.facts(), v.statute(), tiers, v.suppressions(), v.cases(), v.implementations(),
        v.exclusives(), v.handovers(), v.span());
  }
}
