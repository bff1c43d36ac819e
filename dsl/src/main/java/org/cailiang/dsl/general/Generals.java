package org.cailiang.dsl.general;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.dsl.model.Adjustment;
import org.cailiang.dsl.model.Combination;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;

/**
 * The general part a standard uses: its {@code uses} list laid over each other, a later part
 * overriding an earlier one where both speak (a public-security part over 行政处罚法's).
 */
public final class Generals {
  private Generals() {}

  /** The general parts by id; the first declaration wins (a duplicate is reported by the checks). */
  public static Map<String, GeneralPart> byId(List<GeneralPart> generals) {
    Map<String, GeneralPart> byId = new LinkedHashMap<>();
    generals.forEach(general -> byId.putIfAbsent(general.id(), general));
    return byId;
  }

  /** The general part the standard uses, laid over; empty when it uses none (or only unknown ones). */
  public static Optional<GeneralPart> of(Standard standard, List<GeneralPart> generals) {
    Map<String, GeneralPart> byId = byId(generals);
    List<GeneralPart> used = new ArrayList<>();
    for (Ref ref : standard.uses()) {
      GeneralPart part = byId.get(ref.name());
      if (part != null) {
        used.add(part);
      }
    }
    return used.isEmpty() ? Optional.empty() : Optional.of(layered(used));
  }

  /**
   * Later parts override: a circumstance with the same id, the adjustment of the same effect,
   * the combination rule, all limitation periods when the later part declares any, and all rules
   * of a procedure when the later part declares that procedure.
   */
  public static GeneralPart layered(List<GeneralPart> parts) {
    Map<String, GeneralCircumstance> circumstances = new LinkedHashMap<>();
    Map<Effect.Kind, Adjustment> adjustments = new EnumMap<>(Effect.Kind.class);
    Optional<Combination> combination = Optional.empty();
    List<Limitation> limitations = List.of();
    Map<ProcedureRule.Procedure, List<ProcedureRule>> procedures =
        new EnumMap<>(ProcedureRule.Procedure.class);
    StringBuilder title = new StringBuilder();
    for (GeneralPart part : parts) {
      part.circumstances().forEach(c -> circumstances.put(c.id(), c));
      part.adjustments().forEach(a -> adjustments.put(a.effect(), a));
      if (part.combination().isPresent()) {
        combination = part.combination();
      }
      if (!part.limitations().isEmpty()) {
        limitations = part.limitations();
      }
      Map<ProcedureRule.Procedure, List<ProcedureRule>> declared =
          new EnumMap<>(ProcedureRule.Procedure.class);
      part.procedures().forEach(
          rule -> declared.computeIfAbsent(rule.procedure(), p -> new ArrayList<>()).add(rule));
      procedures.putAll(declared);
      title.append(title.length() == 0 ? "" : "、").append(part.title());
    }
    GeneralPart last = parts.get(parts.size() - 1);
    return new GeneralPart(last.id(), title.toString(), List.copyOf(circumstances.values()),
        List.copyOf(adjustments.values()), combination, limitations,
        procedures.values().stream().flatMap(List::stream).toList(), last.span());
  }
}
