package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Party;
import org.cailiang.runtime.Sanction;

/**
 * A decision as a tree of plain JSON values, in the shape of docs/json.md and of the schema
 * {@code org/cailiang/runtime/decision.schema.json}. Use {@link Decision#toJson()} or {@link
 * Decision#toJsonTree()}; this class is not API.
 */
public final class DecisionJson {
  private DecisionJson() {}

  /**
   * The decision's JSON tree.
   *
   * @param decision the decision
   * @return an ordered, mutable map
   */
  public static Map<String, Object> of(Decision decision) {
    List<Object> citations = new ArrayList<>();
    for (Citation citation : decision.citations()) {
      citations.add(Json.object("regulation", citation.regulation(), "number", citation.number(),
          "text", citation.text()));
    }
    return Json.object(
        "standard", decision.standardId(),
        "code", decision.tierCode(),
        "violationCode", decision.violationCode(),
        "violationTitle", decision.violationTitle(),
        "circumstance", decision.circumstance(),
        "sanctions", sanctions(decision.sanctions()),
        "citations", citations,
        "officialText", decision.officialText(),
        "handedOver", decision.handedOver(),
        "explanation", decision.explain());
  }

  /**
   * Sanctions as JSON: each with {@code kind}, {@code optional}, {@code text}, and the fields of
   * its kind.
   *
   * @param sanctions the sanctions
   * @return a mutable list of ordered maps
   */
  public static List<Object> sanctions(List<Sanction> sanctions) {
    List<Object> list = new ArrayList<>();
    for (Sanction sanction : sanctions) {
      Map<String, Object> item = Json.object("kind", sanction.kind().name().toLowerCase(Locale.ROOT),
          "optional", sanction.optional(), "text", sanction.toChinese());
      item.putAll(details(sanction));
      list.add(item);
    }
    return list;
  }

  /**
   * An amount without trailing zeros and without an exponent ({@code 1000}, not {@code 1E+3}):
   * so that a library that writes {@code BigDecimal.toString()}, as Jackson does, writes the
   * digits the runtime's writer does.
   */
  private static BigDecimal amount(BigDecimal yuan) {
    if (yuan == null) {
      return null;
    }
    BigDecimal plain = yuan.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /**
   * The fields only some kinds carry. A switch expression over the kind must cover every kind: a
   * new kind of sanction fails to compile here until its JSON is decided, instead of being
   * written without its data.
   */
  private static Map<String, Object> details(Sanction sanction) {
    return switch (sanction.kind()) {
      case FINE -> {
        Sanction.Fine fine = (Sanction.Fine) sanction;
        yield Json.object("parties", fine.parties().stream().map(Party::id).toList(),
            "each", fine.each(), "min", amount(fine.range().min()), "max", amount(fine.range().max()));
      }
      case DETENTION -> {
        Sanction.Detention detention = (Sanction.Detention) sanction;
        Map<String, Object> fields = Json.object("parties", List.of(detention.party().id()),
            "minDays", detention.minDays(), "maxDays", detention.maxDays());
        if (!detention.executed()) {
          fields.put("executed", false); // only then: every tier's detention is executed
        }
        yield fields;
      }
      case ALTERNATIVE ->
          Json.object("options", sanctions(((Sanction.Alternative) sanction).options()));
      case WARNING, CRITICISM, ORDER, CONFISCATION, LICENCE, SUSPENSION, REFERRAL, NO_PENALTY ->
          Json.object(); // text, kind and optional say all there is
    };
  }
}
