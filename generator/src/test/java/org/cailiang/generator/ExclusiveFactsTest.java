package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Facts that contradict an {@code exclusive} declaration: the generated typed and untyped APIs
 * and the interpreter all reject them with the same {@link InvalidFactsException}, and still
 * decide every consistent case.
 */
class ExclusiveFactsTest {
  private static final List<Standard> FEATURES = Sources.compile(Sources.FEATURES);
  private static final ClassLoader LOADER =
      InMemoryJavac.compile(new JavaGenerator("test.exclusive").generate(FEATURES));

  @Test
  void theTypedApiRejectsTwoExclusiveCircumstances() throws Exception {
    InvalidFactsException e = assertInstanceOf(InvalidFactsException.class, typed(true, true, false));
    assertEquals("H00001: 事实 minor（情节轻微）与 serious（情节严重）不能同时成立：轻微与严重 */ \" 不能同时成立",
        e.getMessage());
    InvalidFactsException three = assertInstanceOf(InvalidFactsException.class, typed(false, true, true));
    assertEquals(List.of("事实 serious（情节严重）与 repeated（多次 */ \"违法\"）不能同时成立"), three.messages());
  }

  @Test
  void theTypedApiDecidesConsistentFacts() throws Exception {
    assertEquals("H00001C010", ((Decision) typed(true, false, false)).tierCode());
    assertEquals("H00001C020", ((Decision) typed(false, false, true)).tierCode());
    assertEquals("H00001C020", ((Decision) typed(false, false, false)).tierCode());
  }

  @Test
  void theUntypedApiAndTheInterpreterRejectAlike() {
    Map<String, Object> facts = Map.of("minor", true, "serious", false, "repeated", "是");
    Standards generated = Standards.load(LOADER);
    Standards interpreted = Interpreter.standards(FEATURES);
    InvalidFactsException fromCode = assertThrows(InvalidFactsException.class, () -> generated.evaluate("H00001", facts));
    InvalidFactsException fromModel = assertThrows(InvalidFactsException.class, () -> interpreted.evaluate("H00001", facts));
    assertEquals("H00001: 事实 minor（情节轻微）与 repeated（多次 */ \"违法\"）不能同时成立", fromCode.getMessage());
    assertEquals(fromCode.getMessage(), fromModel.getMessage());
  }

  /**
   * 互斥 and a fact left out: beside an exclusive fact that holds, it cannot hold either, so the
   * decision does not wait for it (the interpreter and the generated untyped path alike).
   */
  @Test
  void aFactLeftOutBesideAnExclusiveOneThatHoldsIsFalse() {
    Standards generated = Standards.load(LOADER);
    Standards interpreted = Interpreter.standards(FEATURES);
    for (Map<String, Object> facts : List.<Map<String, Object>>of(
        Map.of("serious", true, "repeated", false), Map.of("repeated", "是"))) {
      assertEquals("H00001C020", interpreted.evaluate("H00001", facts).tierCode(), facts.toString());
      assertEquals(interpreted.evaluate("H00001", facts), generated.evaluate("H00001", facts));
    }
    // Nothing holds: whether minor does still decides the tier.
    Map<String, Object> open = Map.of("serious", false, "repeated", false);
    assertEquals(List.of("minor"), assertThrows(InvalidFactsException.class,
        () -> generated.evaluate("H00001", open)).problems().stream().map(p -> p.fact()).toList());
  }

  /** The typed {@code evaluate(Facts)}: the decision, or what it threw. */
  private static Object typed(boolean minor, boolean serious, boolean repeated) throws Exception {
    Class<?> violation = LOADER.loadClass("test.exclusive.H00001Violation");
    Class<?> facts = LOADER.loadClass("test.exclusive.H00001Violation$Facts");
    Object instance = violation.getField("H00001").get(null);
    Object input = facts.getConstructor(boolean.class, boolean.class, boolean.class).newInstance(minor, serious, repeated);
    Method evaluate = violation.getMethod("evaluate", facts);
    try {
      return evaluate.invoke(instance, input);
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }
}
