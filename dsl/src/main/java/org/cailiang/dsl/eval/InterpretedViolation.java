package org.cailiang.dsl.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Statute;
import org.cailiang.runtime.Violation;

/**
 * One violation code, evaluated by walking the checked model: the reference semantics that the
 * generated code must match. Tiers are tried by priority, then in source order; the first whose
 * condition holds applies; when none does, the {@code otherwise} tier. Before any tier, facts
 * that contradict an {@code exclusive} declaration are rejected and a triggered {@code refer
 * ends} hands the case over; a triggered {@code refer beside} is listed with the tier's decision.
 */
public final class InterpretedViolation implements Violation {
  private final Standard standard;
  private final org.cailiang.dsl.model.Violation violation;
  private final String code;
  private final List<FactSpec> facts;
  private final ConditionEvaluator conditions;
  private final Lowering lowering;
  private final List<Tier> tried;
  private final org.cailiang.runtime.internal.HigherLawNotes higherLaw;

  public InterpretedViolation(Standard standard, org.cailiang.dsl.model.Violation violation, String code) {
    this.standard = standard;
    this.violation = violation;
    this.code = code;
    this.facts = violation.facts().stream().map(FactSpecs::of).toList();
    this.conditions = new ConditionEvaluator(violation);
    this.lowering = new Lowering(standard);
    this.tried = violation.triedTiers();
    this.higherLaw = HigherLawRecords.of(standard, violation).notes();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String standardId() {
    return standard.id();
  }

  @Override
  public java.util.Optional<java.time.LocalDate> lawEffective() {
    return standard.regulation(violation.regulation()).flatMap(r -> r.validity().effective());
  }

  @Override
  public List<String> higherLawNotes(String tierCode, java.time.LocalDate act) {
    return higherLaw.on(code, tierCode, act);
  }

  @Override
  public List<String> reminders() {
    return violation.reminders().stream().map(Handover::text).toList();
  }

  @Override
  public String title() {
    return violation.title();
  }

  @Override
  public List<FactSpec> facts() {
    return facts;
  }

  @Override
  public List<String> tierCodes() {
    return violation.tiers().stream().map(t -> code + t.suffix()).toList();
  }

  @Override
  public Decision evaluate(Map<String, ?> input) {
    FactReader reader = FactReader.allowingMissing(code, facts, input);
    Map<String, Object> values = values(reader);
    Map<String, BigDecimal> amounts = amounts(values);
    rejectContradictions(values);
    if (!reader.missing().isEmpty()) {
      return new PartialDecision(standard, violation, code, facts, reader).decide();
    }
    for (Handover handover : violation.endingHandovers()) {
      if (conditions.holds(handover.trigger().orElseThrow(), values)) {
        return Decision.handedOver(standard.id(), code, violation.title(), handover.text(),
            lowering.citations(violation));
      }
    }
    Tier tier = select(values);
    List<Sanction> sanctions = new ArrayList<>();
    for (int i = 0; i < tier.sanctions().size(); i++) {
      if (tier.sanctionCondition(i).map(when -> conditions.holds(when, values)).orElse(true)) {
        sanctions.add(lowering.lower(violation, tier.sanctions().get(i), amounts));
      }
    }
    Decision decision = new Decision(standard.id(), code, violation.title(), code + tier.suffix(),
        tier.circumstance(), sanctions, lowering.citations(violation), tier.text(), false);
    for (Handover handover : violation.besideHandovers()) {
      if (conditions.holds(handover.trigger().orElseThrow(), values)) {
        decision = decision.besides(handover.text());
      }
    }
    return decision;
  }

  /** Each fact's value by id, as read (null when left out). */
  private Map<String, Object> values(FactReader reader) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      values.put(facts.get(i).id(), reader.value(i));
    }
    return values;
  }

  /** The amount facts among the values, for fines computed from them. */
  private static Map<String, BigDecimal> amounts(Map<String, Object> values) {
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    values.forEach((id, value) -> {
      if (value instanceof BigDecimal amount) {
        amounts.put(id, amount);
      }
    });
    return amounts;
  }

  /**
   * What the violation's statute allows for these facts (read as {@link #evaluate} reads them),
   * for 减轻 below the statutory minimum.
   *
   * @throws InvalidFactsException when the statute depends on a fact left out: its minimum,
   *     hence 减轻, cannot be told
   */
  public Statute statute(Map<String, ?> input) {
    FactReader reader = FactReader.allowingMissing(code, facts, input);
    Map<String, Object> values = values(reader);
    Map<String, BigDecimal> amounts = amounts(values);
    ThreeValued known = new ThreeValued(conditions);
    return lowering.statute(violation, condition -> {
      Boolean holds = known.holds(condition, values);
      if (holds == null) {
        throw missing(reader);
      }
      return holds;
    }, new AmountsGiven(amounts, reader));
  }

  private InvalidFactsException missing(FactReader reader) {
    return org.cailiang.runtime.internal.PartialPlan.statuteUnknown(code, facts, reader);
  }

  /** The amounts of the case; asking for one left out is the statute depending on it. */
  private final class AmountsGiven extends java.util.AbstractMap<String, BigDecimal> {
    private final Map<String, BigDecimal> amounts;
    private final FactReader reader;

    AmountsGiven(Map<String, BigDecimal> amounts, FactReader reader) {
      this.amounts = amounts;
      this.reader = reader;
    }

    @Override
    public BigDecimal get(Object key) {
      BigDecimal amount = amounts.get(key);
      if (amount == null) {
        throw missing(reader);
      }
      return amount;
    }

    @Override
    public java.util.Set<Entry<String, BigDecimal>> entrySet() {
      return amounts.entrySet();
    }
  }

  /** Facts that two exclusive circumstances hold in are no case: no tier is picked for them. */
  void rejectContradictions(Map<String, Object> values) {
    for (Exclusive exclusive : violation.exclusives()) {
      List<String> ids = exclusive.factIds();
      if (exclusive.holding(id -> Boolean.TRUE.equals(values.get(id))).size() > 1) {
        boolean[] held = new boolean[ids.size()];
        for (int i = 0; i < held.length; i++) {
          held[i] = Boolean.TRUE.equals(values.get(ids.get(i)));
        }
        List<String> labels = ids.stream().map(id -> violation.fact(id).orElseThrow().label()).toList();
        throw FactChecks.contradiction(code, ids, labels, exclusive.message(), held);
      }
    }
  }

  private Tier select(Map<String, Object> values) {
    for (Tier tier : tried) {
      if (conditions.holds(tier.condition(), values)) {
        return tier;
      }
    }
    return violation.otherwise().orElseThrow(
        () -> new NoApplicableTierException(code, FactSpec.describe(facts, values.values().toArray())));
  }
}
