package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedDecision;
import org.cailiang.runtime.internal.HigherLawNotes;
import org.junit.jupiter.api.Test;

/**
 * Integrator: the Beijing table's own caveat on C05837 and C05838 (the national 条例 fines only
 * after a refusal since 2025-04-01; the author's {@code suppress "higher-law"}) reached only the
 * command line; the jar gave the table's fine for a 2025 act as an ordinary decision. The generated
 * classes and the interpreter now say it alike, and a dated case is the officer's.
 */
class HigherLawNotesTest {
  private static final Map<String, String> FACTS = Map.of("setter", "个人设置", "harm", "否");

  @Test
  void aDatedCaseAfterTheHigherLawTookEffectCarriesTheAuthorsCaveat() {
    Standards generated = Standards.load();
    TimedDecision after = generated.evaluate("C05837", FACTS, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1));
    assertEquals(TimedDecision.Ground.IN_FORCE, after.ground());
    assertTrue(after.needsOfficer());
    List<String> notes = after.applied().get(0).notes();
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith(HigherLawNotes.PREFIX + "原表照录、不作改动，但自国务院令第799号施行（2025-04-01）起"),
        notes.get(0));
    assertTrue(after.toJson().contains("\"notes\": [\n        \"" + HigherLawNotes.PREFIX.replace("\"", "\\\"")), after.toJson());

    TimedDecision before = generated.evaluate("C05837", FACTS, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31));
    assertEquals(List.of(), before.applied().get(0).notes(), "the day before 国务院令第799号 took effect");
    assertFalse(before.needsOfficer());
    // Legal re-review: an act before it, decided after it — whether the higher law is the lighter
    // "新的规定" of 第三十七条 is the officer's.
    TimedDecision decidedAfter = generated.evaluate("C05837", FACTS, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1));
    assertTrue(decidedAfter.needsOfficer());
    assertTrue(decidedAfter.applied().get(0).notes().get(0).startsWith(
        "作出处罚决定之日（2025-06-01）上位法已施行，新的规定处罚较轻的适用新的规定（《中华人民共和国行政处罚法》第三十七条），由执法人员判断："
            + HigherLawNotes.PREFIX), decidedAfter.applied().get(0).notes().toString());
    assertEquals(notes, C05837Violation.C05837.higherLawNotes("C05837B030", LocalDate.of(2025, 4, 1)),
        "from its first day");
    assertEquals(List.of(), generated.evaluate("C05839", Map.of("stage", "found"), LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 7, 1)).applied().get(0).notes(), "a code without the record");
  }

  /** Integrator's re-check: the explanation of a dated case with the note said nothing of it. */
  @Test
  void theExplanationOfADatedCaseSaysTheNote() {
    String explained = Standards.load().evaluate("C05837", FACTS, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1),
        org.cailiang.runtime.GeneralFacts.NONE).explain();
    assertTrue(explained.contains("\n注意：" + HigherLawNotes.PREFIX), explained);
  }

  /** Integrator's re-check: with the act's day in the general facts, the note was not said. */
  @Test
  void theUntypedEntryWithAnActDateSaysItToo() {
    Standards generated = Standards.load();
    org.cailiang.runtime.CaseDecision dated = generated.evaluate("C05837", FACTS,
        org.cailiang.runtime.GeneralFacts.NONE.dated(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
    assertTrue(dated.needsOfficer());
    assertTrue(dated.unresolved().get(dated.unresolved().size() - 1).startsWith(HigherLawNotes.PREFIX), dated.unresolved().toString());
    org.cailiang.runtime.CaseDecision before = generated.evaluate("C05837", FACTS,
        org.cailiang.runtime.GeneralFacts.NONE.dated(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)));
    assertTrue(before.unresolved().stream().noneMatch(n -> n.startsWith(HigherLawNotes.PREFIX)), before.unresolved().toString());
    // Integrator: an act date alone (no discovery date) had no way in; the limitation is not weighed.
    org.cailiang.runtime.GeneralFacts actOnly = org.cailiang.runtime.GeneralFacts.NONE.actOn(LocalDate.of(2025, 5, 1));
    assertEquals(java.util.Optional.empty(), actOnly.discoveryDate());
    org.cailiang.runtime.CaseDecision actDated = generated.evaluate("C05837", FACTS, actOnly);
    assertTrue(actDated.needsOfficer());
    assertEquals(dated.unresolved().get(dated.unresolved().size() - 1),
        actDated.unresolved().get(actDated.unresolved().size() - 1));
    assertEquals(java.util.Optional.empty(), actDated.limitation());
  }

  /**
   * Outside check: the typed entry, the one the README shows integrators, said nothing of the note
   * with the act's day in the general facts; the dated call says it once, on the version applied.
   */
  @Test
  void theTypedEntryWithAnActDateSaysItAndTheDatedCallOnce() {
    C05837Violation.Facts facts = new C05837Violation.Facts(C05837Violation.Setter.INDIVIDUAL, false);
    org.cailiang.runtime.CaseDecision after = C05837Violation.C05837.evaluate(facts,
        org.cailiang.runtime.GeneralFacts.NONE.dated(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
    assertEquals(C05837Violation.C05837.higherLawNotes("C05837B030", LocalDate.of(2025, 5, 1)),
        after.unresolved().stream().filter(n -> n.startsWith(HigherLawNotes.PREFIX)).toList());
    assertTrue(after.needsOfficer());
    org.cailiang.runtime.CaseDecision before = C05837Violation.C05837.evaluate(facts,
        org.cailiang.runtime.GeneralFacts.NONE.dated(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)));
    assertEquals(List.of(), before.unresolved(), "before 国务院令第799号");
    assertEquals(List.of(), C05837Violation.C05837.evaluate(facts, org.cailiang.runtime.GeneralFacts.NONE)
        .unresolved(), "no act date, no note");

    org.cailiang.runtime.TimedCaseDecision dated = Standards.load().evaluate("C05837", FACTS,
        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1),
        org.cailiang.runtime.GeneralFacts.NONE.dated(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)));
    org.cailiang.runtime.TimedCaseDecision.Outcome outcome = dated.outcomes().get(0);
    assertEquals(1, outcome.applied().notes().size(), outcome.applied().notes().toString());
    assertTrue(outcome.general().orElseThrow().unresolved().stream().noneMatch(n -> n.startsWith(HigherLawNotes.PREFIX)),
        "said on the version, not twice: " + outcome.general().orElseThrow().unresolved());
  }

  @Test
  void theInterpreterSaysTheSame() {
    Path sources = Path.of("src/main/cailiang");
    Compilation compilation = StandardCompiler.compile(List.of(sources.resolve("beijing.cailiang")), sources);
    assertFalse(compilation.hasErrors(), compilation.render());
    Standards interpreted = Interpreter.standards(compilation.standards());
    Standards generated = Standards.load();
    for (String code : List.of("C05837", "C05838")) {
      for (LocalDate act : List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 1, 1))) {
        Map<String, String> facts = code.equals("C05837") ? FACTS : Map.of("refused", "否", "harm", "是", "otherSerious", "否");
        assertEquals(interpreted.evaluate(code, facts, act, act).applied().get(0).notes(),
            generated.evaluate(code, facts, act, act).applied().get(0).notes(), code + " " + act);
      }
    }
  }
}
