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
import org.cailiang.dsl.model.GeneralExclusion;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;

/**
 * The general part a violation uses: the standard's {@code uses} list, then its regulation's,
 * laid over each other, a later part overriding an earlier one where both speak (a
 * public-security part over 行政处罚法's, for the violations of 治安管理处罚法 only).
 */
public final class Generals {
  private Generals() {}

  /**
   * One distinct list of general parts and the regulations whose violations use it.
   *
   * @param ids the ids of the parts, in the order they are laid over
   * @param part the parts laid over
   * @param regulations the regulations (of one standard) using exactly these parts
   */
  public record Scope(List<String> ids, GeneralPart part, List<Regulation> regulations) {
    public Scope {
      ids = List.copyOf(ids);
      regulations = List.copyOf(regulations);
    }

    /** Whether this scope's parts are the violations' of this regulation. */
    public boolean covers(String regulationId) {
      return regulations.stream().anyMatch(r -> r.id().equals(regulationId));
    }
  }

  /** The general parts named for a regulation's violations: the standard's, then its own. */
  public static List<Ref> uses(Standard standard, Regulation regulation) {
    List<Ref> uses = new ArrayList<>(standard.uses());
    uses.addAll(regulation.uses());
    return uses;
  }

  /** The general part a violation of the standard uses, laid over; empty when it uses none. */
  public static Optional<GeneralPart> of(
      Standard standard, Violation violation, List<GeneralPart> generals) {
    return standard.regulation(violation.regulation())
        .map(regulation -> layered(uses(standard, regulation), generals))
        .orElseGet(() -> of(standard, generals));
  }

  /**
   * The distinct lists of parts the standard's violations use, in the order of their first
   * regulation; regulations without violations, or that use no part, are in no scope.
   */
  public static List<Scope> scopes(Standard standard, List<GeneralPart> generals) {
    Map<String, GeneralPart> byId = byId(generals);
    Map<List<String>, List<Regulation>> byIds = new LinkedHashMap<>();
    for (Regulation regulation : standard.regulations()) {
      List<String> ids = uses(standard, regulation).stream().map(Ref::name)
          .filter(byId::containsKey).toList();
      if (!ids.isEmpty() && !regulation.violations().isEmpty()) {
        byIds.computeIfAbsent(ids, k -> new ArrayList<>()).add(regulation);
      }
    }
    List<Scope> scopes = new ArrayList<>();
    byIds.forEach((ids, regulations) -> scopes.add(
        new Scope(ids, layered(ids.stream().map(byId::get).toList()), regulations)));
    return scopes;
  }

  /** The general parts by id; the first declaration wins (a duplicate is reported by the checks). */
  public static Map<String, GeneralPart> byId(List<GeneralPart> generals) {
    Map<String, GeneralPart> byId = new LinkedHashMap<>();
    generals.forEach(general -> byId.putIfAbsent(general.id(), general));
    return byId;
  }

  /**
   * The general part the standard itself uses (for every violation), laid over; empty when it
   * uses none (or only unknown ones). A regulation's own parts are not in it.
   */
  public static Optional<GeneralPart> of(Standard standard, List<GeneralPart> generals) {
    return layered(standard.uses(), generals);
  }

  private static Optional<GeneralPart> layered(List<Ref> uses, List<GeneralPart> generals) {
    Map<String, GeneralPart> byId = byId(generals);
    List<GeneralPart> used = new ArrayList<>();
    for (Ref ref : uses) {
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
   * of a procedure when the later part declares that procedure. Exclusions add up: a statement
   * that circumstances cannot hold together stays true whatever part is laid over it.
   */
  public static GeneralPart layered(List<GeneralPart> parts) {
    Map<String, GeneralCircumstance> circumstances = new LinkedHashMap<>();
    Map<Effect.Kind, Adjustment> adjustments = new EnumMap<>(Effect.Kind.class);
    Optional<Combination> combination = Optional.empty();
    List<Limitation> limitations = List.of();
    Map<ProcedureRule.Procedure, List<ProcedureRule>> procedures =
        new EnumMap<>(ProcedureRule.Procedure.class);
    List<GeneralExclusion> exclusions = new ArrayList<>();
    StringBuilder title = new StringBuilder();
    for (GeneralPart part : parts) {
      exclusions.addAll(part.exclusions());
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
        procedures.values().stream().flatMap(List::stream).toList(), exclusions, last.span());
  }
}
