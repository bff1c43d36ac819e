package org.cailiang.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.cli.Json;
import org.cailiang.runtime.GeneralEffect;
import org.cailiang.runtime.GeneralRules;

/** A general part (总则), laid over, as the JSON render writes it; docs/json.md has the schema. */
final class GeneralJson {
  private GeneralJson() {}

  static Map<String, Object> of(GeneralRules rules) {
    List<Object> circumstances = new ArrayList<>();
    for (GeneralRules.Circumstance c : rules.circumstances()) {
      circumstances.add(Json.object("id", c.id(), "label", c.label(),
          "effect", c.effect().map(GeneralJson::effect).orElse(null), "basis", c.basis(),
          "party", c.onlyFor().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
          "implies", c.implies()));
    }
    List<Object> exclusions = new ArrayList<>();
    for (GeneralRules.Exclusion e : rules.exclusions()) {
      exclusions.add(Json.object("circumstances", e.circumstances(), "reason", e.reason()));
    }
    List<Object> adjustments = new ArrayList<>();
    for (GeneralRules.Adjustment a : rules.adjustments()) {
      adjustments.add(Json.object("effect", a.effect().name(), "mode", a.mode().name(),
          "percent", a.percent(), "rule", a.describe(), "basis", a.basis()));
    }
    List<Object> limitations = new ArrayList<>();
    for (GeneralRules.Limitation l : rules.limitations()) {
      limitations.add(Json.object("months", l.months(), "period", l.label(),
          "when", l.when().orElse(null), "basis", l.basis()));
    }
    List<Object> procedures = new ArrayList<>();
    for (GeneralRules.ProcedureRule r : rules.procedures()) {
      procedures.add(Json.object("procedure", r.procedure().keyword(), "label", r.procedure().label(),
          "threshold", r.threshold().map(t -> Json.object("operator", t.operator().name(),
              "amount", t.amount(), "label", t.label())).orElse(null),
          "party", r.party().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
          "when", r.when().orElse(null), "basis", r.basis()));
    }
    return Json.object("title", rules.title(), "circumstances", circumstances,
        "adjustments", adjustments,
        "combination", rules.combination().map(c -> Json.object("rule", c.rule().name(),
            "label", c.rule().label(), "basis", c.basis())).orElse(null),
        "limitations", limitations, "procedures", procedures, "exclusions", exclusions);
  }

  private static Map<String, Object> effect(GeneralEffect effect) {
    return Json.object("modality", effect.modality().name(), "kind", effect.kind().name(),
        "label", effect.label());
  }
}
