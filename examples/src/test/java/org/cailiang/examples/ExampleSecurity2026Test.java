package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cailiang.examples.standards.E05403Violation;
import org.cailiang.examples.standards.ExampleSecurity2026_E05403Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one standard generated into one package and found on one class path: each
 * keeps its classes, and the registry indexes a shared code under the later version.
 */
class ExampleSecurity2026Test {

  @Test
  void bothVersionsLoadAndTheRegistryIndexesTheSharedCodeUnderTheLaterOne() {
    Standards standards = Standards.load();
    assertEquals(List.of("beijing_psb", "example_security", "example_security_2026"),
        standards.standards().stream().map(Standard::id).toList());
    assertEquals("example_security", standards.standard("example_security_2026").orElseThrow().supersedes());
    assertEquals("example_security_2026", standards.violation("E05403").standardId());
    Decision latest = standards.evaluate("E05403", Map.of("minor", true, "again", false));
    assertTrue(latest.explain().contains("5日以上10日以下拘留"), latest.explain());
  }

  @Test
  void eachVersionsTypedClassDecidesUnderItsOwnText() {
    Decision old = E05403Violation.E05403.evaluate(new E05403Violation.Facts(true));
    Decision revised = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(true, false));
    assertEquals("E05403B020", old.code());
    assertEquals("E05403B020", revised.code());
    assertTrue(old.explain().contains("第五十四条") && old.explain().contains("5日以下拘留"), old.explain());
    assertTrue(revised.explain().contains("第六十五条") && revised.explain().contains("1000元以上3000元以下罚款"),
        revised.explain());
    Decision again = ExampleSecurity2026_E05403Violation.E05403.evaluate(
        new ExampleSecurity2026_E05403Violation.Facts(true, true));
    assertEquals("E05403B030", again.code());
  }
}
