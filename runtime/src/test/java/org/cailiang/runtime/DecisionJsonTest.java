package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A decision's JSON: the runtime's own writer, Jackson given {@link Decision#toJsonTree()}, and
 * the schema shipped in the runtime jar all agree.
 */
class DecisionJsonTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final Party UNIT = new Party("unit", "单位");
  private static final Party PERSON = new Party("individual", "个人");

  private static final Decision DECISION = new Decision("beijing-psb", "C05837", "擅自设置<系统>",
      "C05837B010", "单位设置", List.of(
          new Sanction.Order("责令拆除"),
          new Sanction.Fine(List.of(UNIT), false,
              new MoneyRange(new BigDecimal("37037.010"), null), "违法所得1倍以上", false),
          new Sanction.Detention(PERSON, 5, 10, true),
          new Sanction.Alternative(List.of(new Sanction.Warning(false),
              new Sanction.Criticism(false)), false)),
      List.of(new Citation("某办法", "第七条", "禁止……")), "文本", false);

  private static Schema schema(String text) throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JACKSON.readTree(text));
  }

  @Test
  void writesTheDocumentedShapeWithExactAmounts() {
    String json = DECISION.toJson();
    assertTrue(json.startsWith("{\n  \"standard\": \"beijing-psb\",\n  \"code\": \"C05837B010\",\n"
        + "  \"violationCode\": \"C05837\",\n  \"violationTitle\": \"擅自设置\\u003c系统\\u003e\",\n"), json);
    assertTrue(json.contains("\"min\": 37037.01,\n"), json);
    assertTrue(json.contains("\"kind\": \"detention\""), json);
    assertTrue(json.endsWith("}\n"));
  }

  @Test
  void jacksonWritesTheTreeAsTheRuntimeDoesAndReadsItBack() throws IOException {
    JsonNode own = JACKSON.readTree(DECISION.toJson());
    String written = JACKSON.writeValueAsString(DECISION.toJsonTree());
    assertEquals(own, JACKSON.readTree(written));
    // Round trip: read into plain maps, written again, the same document.
    Map<?, ?> read = JACKSON.readValue(written, Map.class);
    assertEquals(own, JACKSON.valueToTree(read));
  }

  @Test
  void theDecisionMatchesTheShippedSchema() throws IOException {
    Schema schema = schema(Decision.jsonSchema());
    JsonNode viaJackson = JACKSON.valueToTree(DECISION.toJsonTree());
    assertEquals(List.of(), schema.validate(viaJackson));
    Decision handedOver = Decision.handedOver("s", "C1", "标题", "构成犯罪的，依法追究刑事责任", List.of());
    assertEquals(List.of(), schema.validate(JACKSON.readTree(handedOver.toJson())));
    // The schema is not vacuous: a fine without its bounds is refused.
    JsonNode broken = JACKSON.readTree(DECISION.toJson().replace("\"max\": null", "\"maxx\": null"));
    assertFalse(schema.validate(broken).isEmpty());
  }

  @Test
  void theProblemsMatchTheirSchema() throws IOException {
    InvalidFactsException e = InvalidFactsException.of("C1", List.of(
        new FactProblem("harm", FactProblem.Kind.MISSING, null, List.of("true（是）、false（否）"), "缺少事实 harm"),
        FactProblem.other("事实表为 null")));
    assertEquals(List.of(), schema(InvalidFactsException.jsonSchema()).validate(JACKSON.readTree(e.toJson())));
    assertEquals(JACKSON.readTree(e.toJson()), JACKSON.valueToTree(e.toJsonTree()));
  }
}
