package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.eval.InterpretedViolation;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.general.Generals;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed entry of generated code with a general part: {@code evaluate(Facts, GeneralFacts)}
 * on a violation, with the circumstances named by the generated enum, gives the interpreter's
 * outcome; {@code evaluate(Facts)} still gives the table decision alone.
 */
class GeneralEntryTest {
  private static final Path SOURCE = Path.of("src/test/resources/golden/general/general.cailiang");

  @Test
  void aCaseWithoutGeneralFactsDecidesTheOutcomeOfItsOwnCodeOnly(@TempDir Path dir)
      throws Exception {
    // One violation of a hundred codes: asking for one code's outcome decides that one alone.
    Path source = dir.resolve("many.cailiang");
    Files.writeString(source, Files.readString(SOURCE)
        .replace("violation G00100 \"", "violation G00100..G00199 \""));
    Compilation compilation = Sources.compilation(source);
    ClassLoader loader = InMemoryJavac.compile(
        new JavaGenerator("typed.many").generate(compilation.standards(), compilation.generals()));
    Class<?> violation = loader.loadClass("typed.many.G00100_G00199Violation");
    Class<?> factsType = loader.loadClass("typed.many.G00100_G00199Violation$Facts");
    Object instance = violation.getMethod("of", String.class).invoke(null, "G00150");
    Object facts = factsType.getConstructor(boolean.class).newInstance(false);
    Method evaluate = violation.getMethod("evaluate", factsType, GeneralFacts.class);
    CaseDecision first = (CaseDecision) evaluate.invoke(instance, facts, GeneralFacts.NONE);
    assertEquals("G00150B1", first.decision().tierCode());
    assertSame(first, evaluate.invoke(instance, facts, GeneralFacts.NONE));
    Field kept = loader.loadClass("typed.many.G00100_G00199Violation$PlainOutcomes")
        .getDeclaredField("TIER_B1");
    kept.setAccessible(true);
    Object[] outcomes = (Object[]) kept.get(null);
    assertEquals(100, outcomes.length);
    assertEquals(1, Arrays.stream(outcomes).filter(Objects::nonNull).count());
    assertSame(first, outcomes[50]);
  }

  @Test
  void aTypedEvaluationWithCircumstancesGivesTheInterpretersOutcome() throws Exception {
    Compilation compilation = Sources.compilation(SOURCE);
    ClassLoader loader = InMemoryJavac.compile(
        new JavaGenerator("typed.general").generate(compilation.standards(), compilation.generals()));
    Class<?> violation = loader.loadClass("typed.general.G00100Violation");
    Class<?> factsType = loader.loadClass("typed.general.G00100Violation$Facts");
    Class<?> general = loader.loadClass("typed.general.GenGeneral");
    Class<?> circumstance = loader.loadClass("typed.general.GenGeneral$Circumstance");
    Object instance = violation.getField("G00100").get(null);
    Object facts = factsType.getConstructor(boolean.class).newInstance(false);
    Object circumstances = Array.newInstance(circumstance, 2);
    Array.set(circumstances, 0, circumstance.getField("MINOR").get(null));
    Array.set(circumstances, 1, circumstance.getField("HEAVY").get(null));
    GeneralFacts given = (GeneralFacts) general.getMethod("facts", circumstances.getClass())
        .invoke(null, circumstances);
    assertEquals(Set.of("minor", "heavy"), given.circumstances());

    CaseDecision typed = (CaseDecision) violation.getMethod("evaluate", factsType, GeneralFacts.class)
        .invoke(instance, facts, given);
    Decision table = (Decision) violation.getMethod("evaluate", factsType).invoke(instance, facts);
    var standard = compilation.standards().get(0);
    Decision interpretedTable = Interpreter.standard(standard).violations().get(0)
        .evaluate(Map.of("serious", false));
    CaseDecision interpreted = GeneralLowering.rules(standard,
        Generals.of(standard, compilation.generals()).orElseThrow()).decide(interpretedTable, given,
        new InterpretedViolation(standard, standard.violations().get(0), "G00100")
            .statute(Map.of("serious", false)));
    assertEquals(interpretedTable, table);
    assertEquals(interpreted, typed);
    assertEquals(table, typed.decision());
    // 从重 and 从轻或者减轻 together: the part declares offset, so the tier's range stands.
    assertEquals(1, typed.steps().size());
    assertEquals(List.of(MoneyRange.of(500, 1000)), typed.sanctions().stream()
        .map(s -> ((Sanction.Fine) s).range()).toList());
    assertTrue(typed.explain().contains("相互抵销"), typed.explain());
  }
}
