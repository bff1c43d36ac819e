package org.cailiang.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/** A runtime decision as JSON (see docs/json.md). */
final class DecisionJson {
  private DecisionJson() {}

  static Map<String, Object> of(Decision decision) {
    List<Object> citations = new ArrayList<>();
    for (Citation citation : decision.citations()) {
      citations.add(Json.object("regulation", citation.regulation(), "number", citation.number(), "text", citation.text()));
    }
    return Json.object(
        "standard", decision.standard(),
        "code", decision.code(),
        "circumstance", decision.circumstance(),
        "sanctions", sanctions(decision.sanctions()),
        "citations", citations,
        "officialText", decision.officialText(),
        "explanation", decision.explain());
  }

  private static List<Object> sanctions(List<Sanction> sanctions) {
    List<Object> list = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      Map<String, Object> item = Json.object("kind", sanction.kind().name().toLowerCase(java.util.Locale.ROOT),
          "optional", sanction.optional(), "text", sanction.toChinese());
      if (sanction instanceof Sanction.Fine fine) {
        item.put("parties", fine.parties().stream().map(Party::id).toList());
        item.put("each", fine.each());
        item.put("min", fine.range().min());
        item.put("max", fine.range().max());
      } else if (sanction instanceof Sanction.Detention detention) {
        item.put("parties", List.of(detention.party().id()));
        item.put("minDays", detention.minDays());
        item.put("maxDays", detention.maxDays());
      } else if (sanction instanceof Sanction.Alternative alternative) {
        item.put("options", sanctions(alternative.options()));
      }
      list.add(item);
    }
    return list;
  }
}
