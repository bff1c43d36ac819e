package it.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * What docs/json.md promises a Jackson user, from outside the cailiang build: the runtime jar and
 * a generated standard as a consumer's dependencies, Jackson and a schema validator beside them.
 */
class DecisionJacksonTest {
  // Exact numbers both ways: amounts read back as BigDecimal, never through double.
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Income 5000 for a unit: 1 to 3 times, so the bounds 5000 and 15000 (1E+3 is the trap). */
  private static Decision decision() {
    return X00001_X00002Violation.X00002.evaluate(
        new X00001_X00002Violation.Facts(new BigDecimal("5000.00"), X00001_X00002Violation.Setter.UNIT));
  }

  private static Schema schema(String text) throws Exception {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JACKSON.readTree(text));
  }

  @Test
  void jacksonWritesTheTreeAsTheRuntimeDoes() throws Exception {
    Decision decision = decision();
    String written = JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(decision.toJsonTree());
    assertEquals(JACKSON.readTree(decision.toJson()), JACKSON.readTree(written));
    // Money as plain digits, in Jackson's output as in the runtime's.
    assertTrue(written.contains("\"min\" : 5000,"), written);
    assertTrue(written.contains("\"max\" : 15000\n"), written);
    assertTrue(decision.toJson().contains("\"max\": 15000\n"), decision.toJson());
    assertFalse(written.contains("E+"), written);
    JsonNode tree = JACKSON.readTree(written);
    assertEquals("shop", tree.get("standard").asText());
    assertEquals("X00002B010", tree.get("code").asText());
    assertEquals("X00002", tree.get("violationCode").asText());
    assertEquals("违规经营", tree.get("violationTitle").asText());
    assertEquals("confiscation", tree.get("sanctions").get(0).get("kind").asText());
    assertEquals("fine", tree.get("sanctions").get(1).get("kind").asText());
    assertEquals(decision.explain(), tree.get("explanation").asText());
  }

  @Test
  void bothWritersMatchTheSchemaShippedInTheRuntimeJar() throws Exception {
    Decision decision = decision();
    Schema schema = schema(Decision.jsonSchema());
    assertEquals(List.of(), schema.validate(JACKSON.valueToTree(decision.toJsonTree())));
    assertEquals(List.of(), schema.validate(JACKSON.readTree(decision.toJson())));
    Decision person = Standards.load().evaluate("X00001", Map.of("income", "0", "setter", "person"));
    assertEquals(List.of(), schema.validate(JACKSON.valueToTree(person.toJsonTree())));
    // Not vacuous: a decision without its code is refused.
    JsonNode broken = JACKSON.readTree(decision.toJson().replace("\"code\"", "\"kode\""));
    assertFalse(schema.validate(broken).isEmpty());
  }

  @Test
  void readBackAndWrittenAgainItIsTheRuntimesDocument() throws Exception {
    Decision decision = decision();
    String written = JACKSON.writeValueAsString(decision.toJsonTree());
    Map<?, ?> read = JACKSON.readValue(written, Map.class);
    assertEquals(JACKSON.readTree(decision.toJson()), JACKSON.valueToTree(read));
    // The members in the runtime's order, as Jackson keeps the tree's map order.
    assertEquals(List.copyOf(decision.toJsonTree().keySet()), List.copyOf(read.keySet()));
  }

  @Test
  void theProblemsOfInvalidFactsAsJackson() throws Exception {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> Standards.load().evaluate("X00001", Map.of("income", "-5", "setter", "x", "incme", "1")));
    String written = JACKSON.writeValueAsString(e.toJsonTree());
    assertEquals(JACKSON.readTree(e.toJson()), JACKSON.readTree(written));
    assertEquals(List.of(), schema(InvalidFactsException.jsonSchema()).validate(JACKSON.readTree(written)));
    JsonNode problems = JACKSON.readTree(written).get("problems");
    assertEquals(e.problems().size(), problems.size());
    for (int i = 0; i < e.problems().size(); i++) {
      FactProblem problem = e.problems().get(i);
      JsonNode node = problems.get(i);
      assertEquals(problem.fact(), node.get("fact").asText());
      assertEquals(problem.kind().name().toLowerCase(java.util.Locale.ROOT), node.get("kind").asText());
      assertEquals(problem.message(), node.get("message").asText());
      assertEquals(problem.allowed().size(), node.get("allowed").size());
    }
    List<String> kinds = problems.findValuesAsText("kind");
    assertTrue(kinds.containsAll(List.of("negative", "invalid", "unknown")), kinds.toString());
  }

  @Test
  void theSchemasAreTheFilesInTheJar() throws Exception {
    try (var in = Decision.class.getResourceAsStream("/org/cailiang/runtime/decision.schema.json")) {
      assertEquals(Decision.jsonSchema(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    try (var in = Decision.class.getResourceAsStream("/org/cailiang/runtime/problems.schema.json")) {
      assertEquals(InvalidFactsException.jsonSchema(),
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
