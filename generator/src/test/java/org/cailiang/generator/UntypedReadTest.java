package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated untyped path reads every spelling of every fact type as the interpreter does
 * (which reads through the runtime's {@code FactReader}): the quick read of plain values and the
 * reader behind it give the same decisions, the same exceptions and the same {@code
 * FactProblem}s, for enum values by id, label, constant name and as the enum itself, yes and
 * no, amounts and counts in each Java type and text form, padded, invalid, missing and unknown.
 */
class UntypedReadTest {
  private static Standards generated;
  private static Standards interpreted;

  @BeforeAll
  static void compile() {
    List<Standard> standards = Sources.compile(Sources.BEIJING, Sources.FEATURES);
    generated = Standards.load(InMemoryJavac.compile(new JavaGenerator("test.untyped").generate(standards)));
    interpreted = Interpreter.standards(standards);
  }

  /** F00001: kind (enum), hashCode (bool), income (amount), count (int); the tiers read all four. */
  private static Map<String, Object> base() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("kind", "class");
    facts.put("hashCode", "false");
    facts.put("income", "20000");
    facts.put("count", "3");
    return facts;
  }

  private static Object outcome(Standards standards, String code, Map<String, Object> facts) {
    try {
      Decision decision = standards.evaluate(code, facts);
      return List.of(decision, decision.explain());
    } catch (InvalidFactsException e) {
      return List.of(e.getMessage(), e.problems());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * Each value in turn for one fact of the base case, the others as in the base: the generated
   * path as given, the generated path with every text a {@link StringBuilder} (which only the
   * reader reads), and, unless the value is a generated enum constant or its Java name (which
   * the interpreter's values do not have), the interpreter, all agree.
   */
  private static List<Object> agreeing(String fact, List<Object> values) {
    List<Object> outcomes = new ArrayList<>();
    for (Object value : values) {
      Map<String, Object> facts = new HashMap<>(base());
      facts.put(fact, value);
      Object outcome = outcome(generated, "F00001", facts);
      assertEquals(outcome(generated, "F00001", throughTheReader(facts)), outcome, fact + " = " + value);
      if (!javaOnly(value)) {
        assertEquals(outcome(interpreted, "F00001", facts), outcome, fact + " = " + value);
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  private static boolean javaOnly(Object value) {
    return value instanceof Enum<?> || List.of("NEW", "CLASS", "FACTS", "OTHER").contains(value);
  }

  /** The same facts with each text as a {@link StringBuilder}: no quick read takes it. */
  private static Map<String, Object> throughTheReader(Map<String, Object> facts) {
    Map<String, Object> slow = new HashMap<>();
    facts.forEach((id, value) -> slow.put(id, value instanceof String text ? new StringBuilder(text) : value));
    return slow;
  }

  private static Class<?> kindType() throws ClassNotFoundException {
    return Class.forName("test.untyped.F00001_F00003Violation$Kind", true,
        generated.violation("F00001").getClass().getClassLoader());
  }

  @Test
  void enumValuesByIdLabelConstantNameAndThemselves() throws Exception {
    Object classConstant = kindType().getEnumConstants()[1];
    List<Object> outcomes = agreeing("kind", List.of("class", "类", "CLASS", classConstant, " class ",
        "\u3000类", "Class", "klass", "", 7, "new", "新", "NEW", "facts", "事实", "FACTS", "other"));
    // The id, the label, the constant name and the constant itself are one value.
    assertEquals(outcomes.get(0), outcomes.get(1));
    assertEquals(outcomes.get(0), outcomes.get(2));
    assertEquals(outcomes.get(0), outcomes.get(3));
    assertEquals(outcomes.get(0), outcomes.get(4), "padded text is read by the reader");
    assertTrue(outcomes.get(7).toString().contains("的值无效：klass"), outcomes.get(7).toString());
  }

  @Test
  void yesAndNoInEverySpelling() {
    List<Object> outcomes = agreeing("hashCode", List.of("false", "否", "FALSE", "False", false, " 否 ",
        "fAlSe", "true", "是", "TRUE", "True", true, "有", "", 0));
    for (int i = 1; i < 7; i++) {
      assertEquals(outcomes.get(0), outcomes.get(i), "spelling " + i);
    }
  }

  @Test
  void amountsInEveryTypeAndSpelling() {
    List<Object> outcomes = agreeing("income", List.of("20000", "2万", "2万元", "20000.00",
        new BigDecimal("20000"), 20000, 20000L, (short) 20000, BigInteger.valueOf(20000), " 20000 ",
        "２万", "1200.50", "15000", "14999.99", "30000", "30000.01", "0", "0.001", "1.500", "-5",
        "10000000000000.01", new BigDecimal("-1"), 0.5, "五百", ""));
    for (int i = 1; i < 11; i++) {
      assertEquals(outcomes.get(0).toString().replace("20000.00", "20000"),
          outcomes.get(i).toString().replace("20000.00", "20000"), "spelling " + i);
    }
  }

  @Test
  void countsInEveryTypeAndSpelling() {
    List<Object> outcomes = agreeing("count", List.of("3", 3, 3L, (short) 3, (byte) 3, "003", " 3 ",
        "2", "1", "0", "101", "123456789012345678", "1234567890123456789", "-1", -1, "三", "1.5",
        new BigDecimal("3")));
    for (int i = 1; i < 7; i++) {
      assertEquals(outcomes.get(0), outcomes.get(i), "spelling " + i);
    }
  }

  @Test
  void missingUnknownAndNullFactsAsBefore() {
    Map<String, Object> missing = base();
    missing.remove("count");
    Map<String, Object> unknown = base();
    unknown.put("remarks", "x");
    Map<String, Object> unknownInstead = base();
    unknownInstead.remove("count");
    unknownInstead.put("cuont", "3");
    Map<String, Object> nullValue = new HashMap<>(base());
    nullValue.put("count", null);
    for (Map<String, Object> facts : List.of(missing, unknown, unknownInstead, nullValue, Map.<String, Object>of())) {
      assertEquals(outcome(interpreted, "F00001", facts), outcome(generated, "F00001", facts), facts.toString());
      assertEquals(outcome(interpreted.lenient(), "F00001", facts),
          outcome(generated.lenient(), "F00001", facts), "lenient " + facts);
    }
    assertEquals(outcome(interpreted, "F00001", null), outcome(generated, "F00001", null));
  }

  @Test
  void beijingCasesByEveryCodeForm() {
    Map<String, Object> facts = Map.of("setter", "单位设置", "harm", "是");
    for (String code : List.of("C05837", " C05837 ", "C05837B020", "C05837B010", "C05838", "", "C0583")) {
      assertEquals(outcome(interpreted, code, new HashMap<>(facts)), outcome(generated, code, new HashMap<>(facts)), code);
    }
    assertEquals("C05837B020", generated.evaluate("C05837", facts).tierCode());
  }
}
