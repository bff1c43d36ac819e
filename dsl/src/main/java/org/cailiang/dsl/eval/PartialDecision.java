package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;

/**
 * A decision on facts of which some were left out: made when the result is the same whatever
 * the missing facts are, else refused naming exactly the missing facts it depends on. Conditions
 * are evaluated three-valued ({@link ThreeValued}), in the order the interpreter tries them: a
 * referral or tier is taken when its condition is true and every one before it false.
 */
final class PartialDecision {
  private final Standard standard;
  private final Violation violation;
  private final String code;
  private final List<FactSpec> specs;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
  private final ThreeValued conditions;
  private final Lowering lowering;
  /** The missing facts the decision was found to depend on. */
  private final Set<String> needed = new LinkedHashSet<>();

  PartialDecision(Standard standard, Violation violation, String code, List<FactSpec> specs, FactReader reader) {
    this.standard = standard;
    this.violation = violation;
    this.code = code;
    this.specs = specs;
    for (int i = 0; i < specs.size(); i++) {
      values.put(specs.get(i).id(), reader.value(i));
      if (reader.value(i) instanceof BigDecimal amount) {
        amounts.put(specs.get(i).id(), amount);
      }
    }
    // 互斥: beside an exclusive fact that holds, a fact left out cannot hold either.
    for (Exclusive exclusive : violation.exclusives()) {
      if (exclusive.factIds().stream().anyMatch(id -> Boolean.TRUE.equals(values.get(id)))) {
        exclusive.factIds().forEach(id -> values.replace(id, null, Boolean.FALSE));
      }
    }
    this.conditions = new ThreeValued(new ConditionEvaluator(violation));
    this.lowering = new Lowering(standard);
  }

  /**
   * Decides, contradictions being already rejected on the facts given. When the decision is
   * undecided, every missing fact it depends on is named at once: those of the undecided
   * conditions, and those the sanctions of every tier that may still apply read.
   */
  Decision decide() {
    for (Handover handover : violation.endingHandovers()) {
      if (holds(handover.trigger().orElseThrow()) && needed.isEmpty()) {
        return Decision.handedOver(standard.id(), code, violation.title(), handover.text(),
            lowering.citations(violation));
      }
    }
    List<Tier> candidates = new ArrayList<>();
    Optional<Tier> tier = Optional.empty();
    for (Tier candidate : violation.triedTiers()) {
      Boolean value = conditions.holds(candidate.condition(), values);
      if (value == null) {
        needed.addAll(ThreeValued.missingRead(candidate.condition(), values));
        candidates.add(candidate);
      } else if (value) {
        tier = Optional.of(candidate);
        break;
      }
    }
    Optional<Tier> chosen = tier.or(violation::otherwise);
    chosen.ifPresent(candidates::add);
    List<SanctionSpec> imposed = new ArrayList<>();
    for (Tier candidate : candidates) {
      imposed = imposed(candidate);
    }
    List<String> besides = new ArrayList<>();
    for (Handover handover : violation.besideHandovers()) {
      if (holds(handover.trigger().orElseThrow())) {
        besides.add(handover.text());
      }
    }
    requireNothingNeeded();
    Tier decided = chosen.orElseThrow(
        () -> new NoApplicableTierException(code, FactSpec.describe(specs, values.values().toArray())));
    List<Sanction> sanctions = new ArrayList<>();
    imposed.forEach(s -> sanctions.add(lowering.lower(violation, s, amounts)));
    // The same decision as with every fact given: the violation's code and title too.
    Decision decision = new Decision(standard.id(), code, violation.title(), code + decided.suffix(),
        decided.circumstance(), sanctions, lowering.citations(violation), decided.text(), false);
    for (String text : besides) {
      decision = decision.besides(text);
    }
    return decision;
  }

  /** The sanctions of a tier imposed on these facts, noting the missing facts they read. */
  private List<SanctionSpec> imposed(Tier tier) {
    List<SanctionSpec> imposed = new ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      Optional<Condition> when = tier.sanctionCondition(i);
      Boolean value = when.isEmpty() ? Boolean.TRUE : conditions.holds(when.get(), values);
      if (value == null) {
        needed.addAll(ThreeValued.missingRead(when.get(), values));
      }
      if (!Boolean.FALSE.equals(value)) {
        readAmounts(tier.sanctions().get(i));
        imposed.add(tier.sanctions().get(i));
      }
    }
    return imposed;
  }

  /** Whether the condition is true; an unknown one counts as not, and its missing facts as needed. */
  private boolean holds(Condition condition) {
    Boolean value = conditions.holds(condition, values);
    if (value == null) {
      needed.addAll(ThreeValued.missingRead(condition, values));
      return false;
    }
    return value;
  }

  /** A fine by a multiple of a missing amount needs that amount. */
  private void readAmounts(SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Multiple m
        && values.get(m.fact().name()) == null) {
      needed.add(m.fact().name());
    } else if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(this::readAmounts);
    }
  }

  private void requireNothingNeeded() {
    if (needed.isEmpty()) {
      return;
    }
    List<FactProblem> problems = new ArrayList<>();
    for (FactSpec spec : specs) { // in the order the facts are declared
      if (needed.contains(spec.id())) {
        problems.add(FactReader.missingProblem(spec));
      }
    }
    throw InvalidFactsException.of(code, problems);
  }
}
