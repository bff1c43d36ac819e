package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.junit.jupiter.api.Test;

/** Which keys of an untyped fact map the reader takes, leaves out, or reports as unknown. */
class FactReaderKeysTest {
  // Declared out of alphabetical order on purpose: suggestions are sorted, problems are not.
  private static final List<FactSpec> SPECS = List.of(
      new FactSpec("count", "人数", FactSpec.Type.INT, List.of()),
      new FactSpec("cost", "成本", FactSpec.Type.AMOUNT, List.of()),
      new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()));

  @Test
  void aCompleteMapHasNothingMissing() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS,
        Map.of("count", 2, "cost", "10", "harm", true));
    assertFalse(reader.hasMissing());
    assertEquals(List.of(), reader.missing());
    assertEquals(2L, reader.integer(0));
    assertEquals(new BigDecimal("10"), reader.amount(1));
    assertTrue(reader.bool(2));
  }

  @Test
  void leftOutFactsAreListedInDeclarationOrderAndReadAsNull() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS, Map.of("cost", "10"));
    assertTrue(reader.hasMissing());
    assertEquals(List.of("count", "harm"), reader.missing());
    assertNull(reader.value(0));
    assertEquals(new BigDecimal("10"), reader.value(1));
    assertNull(reader.value(2));
  }

  /** The interpreter's enum values are no Java enums: they answer to their constant names too. */
  private record Value(String id, String label, String constantName)
      implements org.cailiang.runtime.Labelled, ConstantNamed {}

  @Test
  void aValueThatIsNoEnumIsReadByItsConstantName() {
    Value unit = new Value("unit", "单位", "UNIT");
    Value other = new Value("other", "其他", "OTHER_2");
    List<FactSpec> specs = List.of(new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, List.of(unit, other)));
    assertSame(other, new FactReader("C1", specs, Map.of("setter", "OTHER_2")).value(0));
    assertSame(unit, new FactReader("C1", specs, Map.of("setter", " UNIT ")).value(0));
    assertThrows(InvalidFactsException.class, () -> new FactReader("C1", specs, Map.of("setter", "OTHER")));
  }

  @Test
  void aCountMayBeWrittenWithAChineseUnitButMustBeWhole() {
    assertEquals(10000L, new FactReader("C1", SPECS, Map.of("count", "1万", "cost", "1", "harm", true)).integer(0));
    assertEquals(15000L, new FactReader("C1", SPECS, Map.of("count", " 1.5万", "cost", "1", "harm", true)).integer(0));
    assertEquals(3000L, new FactReader("C1", SPECS, Map.of("count", "３千", "cost", "1", "harm", true)).integer(0));
    assertEquals(10001L, new FactReader("C1", SPECS, Map.of("count", "1.0001万", "cost", "1", "harm", true)).integer(0));
    assertEquals(999999999999999999L, new FactReader("C1", SPECS,
        Map.of("count", "99999999999999.9999万", "cost", "1", "harm", true)).integer(0));
    assertEquals(1_000_000_000_000_000_000L, new FactReader("C1", SPECS,
        Map.of("count", "100000000000000万", "cost", "1", "harm", true)).integer(0), "10¹⁸, a long");
    for (String refused : new String[] {"1.5", "5000元", "1.00001万", "-1万", "万", "1000000000000000万"}) {
      InvalidFactsException e = assertThrows(InvalidFactsException.class,
          () -> new FactReader("C1", SPECS, Map.of("count", refused, "cost", "1", "harm", true)), refused);
      assertEquals("count", e.problems().get(0).fact(), refused);
    }
  }

  @Test
  void aBlankValueIsAFactNotGivenAsAFormsEmptyFieldIs() {
    FactReader reader = FactReader.allowingMissing("C1", SPECS,
        Map.of("count", "", "cost", " \u3000", "harm", true));
    assertEquals(List.of("count", "cost"), reader.missing());
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> new FactReader("C1", SPECS, Map.of("count", "", "cost", "10", "harm", true)));
    assertEquals(List.of(FactProblem.Kind.MISSING), e.problems().stream().map(FactProblem::kind).toList());
    assertEquals("count", e.problems().get(0).fact());
  }

  @Test
  void anUnknownKeyShowsItsValueAndAFactsLabelSuggestsTheFact() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> new FactReader("C1", SPECS, Map.of("count", 1, "cost", "10", "造成危害后果", "是")));
    FactProblem unknown = e.problems().get(1); // after harm, missing
    assertEquals(FactProblem.Kind.UNKNOWN, unknown.kind());
    assertEquals("是", unknown.given());
    assertEquals(List.of("harm", "count", "cost"), unknown.allowed());
    assertTrue(unknown.message().endsWith("；是否要写 harm？"), unknown.message());
  }

  @Test
  void withoutAllowingMissingEveryLeftOutFactIsAProblem() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> new FactReader("C1", SPECS, Map.of("cost", "10")));
    assertEquals(List.of("count", "harm"), e.problems().stream().map(FactProblem::fact).toList());
    assertTrue(e.problems().stream().allMatch(p -> p.kind() == FactProblem.Kind.MISSING));
  }

  @Test
  void aPaddedCountIsReadUpToTheLongestTextAnAmountMayBe() {
    // Amounts.MAX_TEXT is 32: a count padded to 32 characters is read, one more is not.
    String padded = " ".repeat(31) + "7";
    assertEquals(7L, new FactReader("C1", SPECS, Map.of("count", padded, "cost", "1", "harm", true))
        .integer(0));
    InvalidFactsException tooLong = assertThrows(InvalidFactsException.class,
        () -> new FactReader("C1", SPECS, Map.of("count", " " + padded, "cost", "1", "harm", true)));
    assertEquals(List.of(FactProblem.Kind.INVALID),
        tooLong.problems().stream().map(FactProblem::kind).toList());
  }

  @Test
  void aMissingProblemNamesTheFactAndWhatItTakes() {
    FactProblem problem = FactReader.missingProblem(SPECS.get(2));
    assertEquals("harm", problem.fact());
    assertEquals(FactProblem.Kind.MISSING, problem.kind());
    assertNull(problem.given());
    assertTrue(problem.message().startsWith("缺少事实 harm（造成危害后果）"), problem.message());
  }

  @Test
  void anUnknownKeyIsReportedEvenWhenAllFactsAreMissingAndAllowed() {
    InvalidFactsException e = assertThrows(InvalidFactsException.class,
        () -> FactReader.allowingMissing("C1", SPECS, Map.of("nobody", 1)));
    assertEquals(List.of(FactProblem.Kind.UNKNOWN),
        e.problems().stream().map(FactProblem::kind).toList());
  }

  @Test
  void anUnknownKeySuggestsTheNearestFactsSortedThenListsTheOthers() {
    Map<String, Object> facts = new HashMap<>(Map.of("count", 1, "cost", "1", "harm", false));
    facts.put("cout", 1); // one edit from both count and cost
    InvalidFactsException e =
        assertThrows(InvalidFactsException.class, () -> new FactReader("C1", SPECS, facts));
    FactProblem unknown = e.problems().get(0);
    assertEquals(FactProblem.Kind.UNKNOWN, unknown.kind());
    assertEquals(List.of("cost", "count", "harm"), unknown.allowed());
    assertTrue(unknown.message().endsWith("；是否要写 cost、count？"), unknown.message());
    assertTrue(unknown.message().contains("本违法行为的事实有：count, cost, harm"),
        unknown.message());
  }

  @Test
  void unknownKeysAreDroppedForLenientCallersAndAKnownMapIsKept() {
    Map<String, Object> known = Map.of("count", 1, "harm", true);
    assertSame(known, FactReader.withoutUnknownKeys(SPECS, known));
    Map<String, Object> mixed = Map.of("count", 1, "harm", true, "extra", "x");
    assertEquals(known, FactReader.withoutUnknownKeys(SPECS, mixed));
    assertNull(FactReader.withoutUnknownKeys(SPECS, null));
  }
}
