package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.eval.LawInTime;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.TimedDecision;
import org.cailiang.runtime.Violation;
import org.junit.jupiter.api.Test;

/**
 * The generated classes of both versions of the security example, found on the class path, and
 * the interpreter over their sources decide every code alike under the law in time: for every
 * combination of facts, at dates on both sides of 2026-01-01.
 */
class LawInTimeAgreementTest {
  private static final Path SOURCES = Path.of("src/main/cailiang");
  private static final List<LocalDate[]> DATES = List.of(
      dates("2025-12-01", "2025-12-01"), dates("2025-12-01", "2026-02-01"),
      dates("2025-12-31", "2026-01-01"), dates("2026-01-01", "2026-01-01"),
      dates("2026-02-01", "2026-12-01"));

  private static LocalDate[] dates(String act, String decision) {
    return new LocalDate[] {LocalDate.parse(act), LocalDate.parse(decision)};
  }

  @Test
  void generatedAndInterpretedDecideEveryCodeAliveAtEveryDate() {
    Compilation compilation = StandardCompiler.compile(List.of(
        SOURCES.resolve("example_security.cailiang"),
        SOURCES.resolve("example_security_2026.cailiang")), SOURCES);
    LawInTime interpreted = new LawInTime(compilation.standards());
    Standards generated = Standards.load();
    TreeSet<String> codes = new TreeSet<>();
    Map<String, Map<String, FactSpec>> facts = new LinkedHashMap<>();
    for (String id : List.of("example_security", "example_security_2026")) {
      Standard version = generated.standard(id).orElseThrow();
      for (Violation violation : version.violations()) {
        codes.add(violation.code());
        violation.facts().forEach(f ->
            facts.computeIfAbsent(violation.code(), c -> new LinkedHashMap<>()).putIfAbsent(f.id(), f));
      }
    }
    int compared = 0;
    int byArticle37 = 0;
    for (String code : codes) {
      for (Map<String, Object> caseFacts : combinations(List.copyOf(facts.get(code).values()))) {
        for (LocalDate[] at : DATES) {
          String expected = outcome(() -> interpreted.decide(code, caseFacts, at[0], at[1]));
          String actual = outcome(() -> generated.evaluate(code, caseFacts, at[0], at[1]));
          assertEquals(expected, actual, code + " " + caseFacts + " " + at[0] + "→" + at[1]);
          compared++;
          byArticle37 += expected.contains("第三十七条") ? 1 : 0;
        }
      }
    }
    assertTrue(compared > 100, "cases compared: " + compared);
    assertTrue(byArticle37 > 0, "some case is decided by 第三十七条");
  }

  private interface Decide {
    TimedDecision decide();
  }

  /** Everything an officer sees: ground, explanation, each version's decision, or the refusal. */
  private static String outcome(Decide decide) {
    try {
      TimedDecision decision = decide.decide();
      StringBuilder text = new StringBuilder(decision.ground() + " " + decision.explanation());
      for (TimedDecision.Applied applied : decision.applied()) {
        text.append('\n').append(applied.version()).append(' ').append(applied.period())
            .append(' ').append(applied.decision().explain());
      }
      return text.toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static List<Map<String, Object>> combinations(List<FactSpec> specs) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(new LinkedHashMap<>());
    for (FactSpec spec : specs) {
      List<Object> values = switch (spec.type()) {
        case BOOL -> List.of(true, false);
        case ENUM -> new ArrayList<>(spec.values().stream().map(Labelled::id).toList());
        default -> List.of("0", "5000", "50000", "500000");
      };
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : all) {
        for (Object value : values) {
          Map<String, Object> more = new LinkedHashMap<>(partial);
          more.put(spec.id(), value);
          next.add(more);
        }
      }
      all = next;
    }
    return all;
  }
}
