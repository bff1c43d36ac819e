package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.GeneralEvaluation;
import org.cailiang.dsl.eval.InterpretedViolation;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.GeneralFacts;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Statute;
import org.junit.jupiter.api.Test;

/**
 * Differential testing of the general part: random standards using random general parts (one or
 * two laid over), some with a second regulation whose violations use a part of their own on top
 * (or alone, when the standard uses none), their generated Java compiled in memory; on random facts, random general
 * circumstances, dates and proposed fines, the generated {@code decide} must give the
 * interpreter's outcome (tier, steps, options, flags, limitation, explanation), exceptions
 * included. Violations carry random statutes (none, without a minimum, with one, on a fact or a
 * multiple of an amount): 减轻 goes below the statute's minimum, read per case on both sides.
 */
class GeneralDifferentialTest {
  static final long SEED = 20261202L;
  static final int STANDARDS = 16;
  static final int GENERALS = 6;
  static final int CASES_PER_CODE = 60;

  @Test
  void generatedGeneralPartsDecideAsTheInterpreterOnRandomStandards() throws Exception {
    RandomStandards randomStandards = new RandomStandards(SEED);
    RandomGenerals randomGenerals = new RandomGenerals(SEED);
    Random random = new Random(SEED);
    List<SourceFile> sources = new ArrayList<>();
    Map<String, List<String>> circumstances = new HashMap<>();
    StringBuilder generals = new StringBuilder();
    for (int g = 0; g < GENERALS; g++) {
      List<String> ids = new ArrayList<>();
      generals.append(randomGenerals.general("g" + g, ids));
      circumstances.put("g" + g, ids);
    }
    sources.add(new SourceFile("generals.cailiang", generals.toString()));
    for (int s = 0; s < STANDARDS; s++) {
      String uses = "g" + random.nextInt(GENERALS) + (random.nextBoolean() ? ", g" + random.nextInt(GENERALS) : "");
      // Scoped parts: the violations from the second on belong to a regulation with its own
      // uses; a third of the standards use none themselves.
      int scoped = random.nextInt(3);
      String second = String.format("  violation R%03d03", s);
      String source = randomStandards.standard(s, 3)
          .replaceFirst("\\{\n}\n", scoped == 0 ? "{\n}\n" : "{\n  uses " + uses + "\n}\n")
          .replace(second, scoped == 2 ? second : "}\nregulation reg2 \"随机条例二\" {\n  uses g"
              + random.nextInt(GENERALS) + "\n  article a1 \"第一条\" \"罚则。\"\n"
              + "  article a2 \"第二条\" \"不予处罚的情形。\"\n" + second)
          .replace("party p0 \"单位\"", "party p0 \"单位\" organization")
          .replace("party p1 \"个人\"", "party p1 \"个人\" person");
      sources.add(new SourceFile("r" + s + ".cailiang", withStatutes(source, random)));
    }
    // The general parts pass every check; the standards pass the checks the plain differential
    // test holds them to (the legal analysis would reject random tiers for gaps and overlaps).
    Compilation checkedGenerals = StandardCompiler.compileSources(sources.subList(0, 1));
    assertFalse(checkedGenerals.hasErrors(), checkedGenerals.render());
    List<GeneralPart> allGenerals = checkedGenerals.generals();
    Diagnostics diagnostics = new Diagnostics();
    List<Standard> standards = new ArrayList<>();
    for (SourceFile source : sources.subList(1, sources.size())) {
      StandardParser.parse(source, diagnostics).ifPresent(standards::add);
    }
    Checker.check(standards, diagnostics);
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(STANDARDS, standards.size());
    List<GeneratedFile> files = new JavaGenerator("test.general").generate(standards, allGenerals);
    ClassLoader loader = InMemoryJavac.compile(files);
    Standards generated = Standards.load(loader);
    Standards interpreted = Interpreter.standards(standards);
    int evaluations = 0;
    int punished = 0;
    int waived = 0;
    int barred = 0;
    int steps = 0;
    int options = 0;
    int rejected = 0;
    int scopedViolations = 0;
    int reducedBelowStatute = 0;
    int leftToOfficer = 0;
    int plain = 0;
    // Facts left out of the untyped entry, drawn apart so the complete cases stay as they were.
    Random leaving = new Random(SEED + 3);
    int partialDecided = 0;
    int partialStatuteRefused = 0;
    Random plainDraw = new Random(SEED + 1);
    for (Standard standard : standards) {
      for (Violation violation : standard.violations()) {
        // Each violation decides with the parts of its own regulation, through its own class.
        Optional<GeneralPart> used = Generals.of(standard, violation, allGenerals);
        String violationType = generated.violation(violation.codes().first()).getClass().getSimpleName();
        String violationSource = files.stream()
            .filter(f -> f.path().endsWith("/" + violationType + ".java")).findFirst().orElseThrow()
            .content();
        if (used.isEmpty()) {
          // Neither the standard nor the regulation uses a part: no general entry at all.
          assertFalse(violationSource.contains("GeneralFacts general"), violationType);
          continue;
        }
        GeneralPart general = used.get();
        List<String> ids = general.circumstances().stream().map(c -> c.id()).toList();
        String generalType = generalType(standard, violation, allGenerals);
        Object typedViolation = generated.violation(violation.codes().first());
        Class<?> factsType = loader.loadClass("test.general." + violationType + "$Facts");
        Method decide = typedViolation.getClass()
            .getMethod("evaluate", factsType, GeneralFacts.class);
        assertTrue(violationSource.contains(generalType + ".decide(evaluate(facts), general,"),
            violationType + " should decide with " + generalType);
        scopedViolations += violation.regulation().equals("reg2") ? 1 : 0;
        List<RandomStandards.FactDef> defs = new ArrayList<>();
        violation.facts().forEach(f -> defs.add(new RandomStandards.FactDef(f.id(), f.type().name(),
            f.type() instanceof org.cailiang.dsl.model.FactType.Enum e
                ? e.values().stream().map(v -> v.id()).toList() : List.of())));
        String code = violation.codes().first();
        for (int i = 0; i < CASES_PER_CODE; i++) {
          Map<String, Object> facts = randomStandards.facts(defs);
          Decision decision;
          try {
            decision = interpreted.evaluate(code, facts);
          } catch (RuntimeException e) {
            continue;
          }
          assertEquals(decision, generated.evaluate(code, facts));
          // Without general facts a constant tier's outcome is a constant of the generated class.
          GeneralFacts given = plainDraw.nextInt(5) == 0 ? GeneralFacts.NONE
              : generalFacts(random, ids, decision);
          Statute statute = given.circumstances().isEmpty() ? Statute.UNDECLARED
              : new InterpretedViolation(standard, violation, code).statute(facts);
          Object expected = interpreted(standard, general, decision, given, statute);
          Object actual = generated(decide, typedViolation, typed(factsType, defs, facts), given);
          assertEquals(expected, actual, code + " " + facts + " " + given);
          // The untyped entry (facts as given, by id) reaches the same outcome.
          Object untyped;
          try {
            untyped = generated.evaluate(code, facts, given);
          } catch (org.cailiang.runtime.CailiangException e) {
            untyped = e.getMessage();
          }
          assertEquals(expected, untyped, "untyped " + code + " " + facts + " " + given);
          // The untyped entry with facts left out decides as the command line does: the table
          // on what was given; the statute read only for 减轻, refused only when it depends on
          // a fact left out.
          Map<String, Object> partial = new java.util.LinkedHashMap<>(facts);
          partial.keySet().removeIf(id -> leaving.nextInt(3) == 0);
          if (!given.circumstances().isEmpty() && partial.size() < facts.size()) {
            Object expectedPartial = partialOutcome(standard, general, violation, interpreted, code, partial, given);
            Object actualPartial;
            try {
              actualPartial = generated.evaluate(code, partial, given);
            } catch (RuntimeException e) {
              actualPartial = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            assertEquals(expectedPartial, actualPartial, "left out " + code + " " + partial + " " + given);
            partialDecided += expectedPartial instanceof CaseDecision ? 1 : 0;
            partialStatuteRefused += String.valueOf(expectedPartial).contains("法定幅度取决于未给出的事实") ? 1 : 0;
          }
          if (given == GeneralFacts.NONE && generated.evaluate(code, facts) == generated.evaluate(code, facts)) {
            // A constant tier: its outcome without general facts is decided once.
            assertSame(actual, generated(decide, typedViolation, typed(factsType, defs, facts), given),
                code + " " + facts);
            plain++;
          }
          evaluations++;
          if (expected instanceof CaseDecision outcome) {
            punished += outcome.verdict() == CaseDecision.Verdict.PUNISHED ? 1 : 0;
            waived += outcome.verdict() == CaseDecision.Verdict.WAIVED ? 1 : 0;
            barred += outcome.verdict() == CaseDecision.Verdict.TIME_BARRED ? 1 : 0;
            steps += outcome.steps().size();
            options += outcome.options().size();
            leftToOfficer += outcome.needsOfficer() ? 1 : 0;
            reducedBelowStatute += outcome.steps().stream().anyMatch(step ->
                step.rule().contains("法定最低限以下") && !step.before().equals(step.result())
                    && step.effect().kind() == org.cailiang.runtime.GeneralEffect.Kind.REDUCED)
                ? 1 : 0;
          } else {
            rejected++;
          }
        }
      }
    }
    System.out.println("general differential: " + STANDARDS + " standards, " + evaluations
        + " outcomes (" + punished + " punished, " + waived + " waived, " + barred + " time-barred; "
        + steps + " steps, " + options + " options; " + rejected + " rejected; "
        + scopedViolations + " violations with a regulation's own parts; " + reducedBelowStatute
        + " reduced below a statute's minimum, " + leftToOfficer + " left to the officer; " + plain
        + " without general facts), all equal");
    assertTrue(reducedBelowStatute > 0 && leftToOfficer > 0,
        "减轻 should be computed from a statute, and be left to the officer without a minimum");
    assertTrue(plain > 0, "some cases of constant tiers should have no general facts");
    System.out.println("general differential, facts left out: " + partialDecided + " decided, "
        + partialStatuteRefused + " refused over the statute");
    assertTrue(partialDecided > 0 && partialStatuteRefused > 0,
        "facts left out should be decided with a circumstance, and refused where the statute needs them");
    assertTrue(files.stream().anyMatch(f -> f.content().contains("plainOutcome(this, facts)")),
        "some violations should choose a constant outcome without general facts");
    assertTrue(scopedViolations > 0, "some violations should use a regulation's own parts");
    assertTrue(punished > 0 && waived > 0 && barred > 0 && steps > 0 && options > 0 && rejected > 0,
        "the random cases should reach every verdict, steps, options and rejections");
  }

  /**
   * The class of the general parts a violation uses: StandardGeneral for the standard's own
   * list, StandardGeneral + the first regulation using a longer (or different) list.
   */
  private static String generalType(Standard standard, Violation violation,
      List<GeneralPart> generals) {
    Generals.Scope scope = Generals.scopes(standard, generals).stream()
        .filter(s -> s.covers(violation.regulation())).findFirst().orElseThrow();
    List<String> own = standard.uses().stream().map(r -> r.name()).toList();
    return JavaNames.type(standard.id()) + "General"
        + (scope.ids().equals(own) ? "" : JavaNames.type(scope.regulations().get(0).id()));
  }

  /**
   * What the interpreter gives for facts left out with general facts, as the command line reads
   * it: its outcome, or the exception's class and message.
   */
  private static Object partialOutcome(Standard standard, GeneralPart general,
      org.cailiang.dsl.model.Violation violation, Standards interpreted, String code,
      Map<String, Object> facts, GeneralFacts given) {
    try {
      Decision decision = interpreted.evaluate(code, facts);
      boolean reads = GeneralEvaluation.readsStatute(standard, general, new org.cailiang.dsl.eval.GeneralFacts(
          given.circumstances(), given.actDate(), given.discoveryDate(), given.proposedFine()), decision);
      Statute statute = reads ? new InterpretedViolation(standard, violation, code).statute(facts)
          : Statute.UNDECLARED;
      return org.cailiang.dsl.eval.GeneralLowering.rules(standard, general).decide(decision, given, statute);
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** The runtime outcome, also checked against the interpreter's own view (its explanation). */
  private static Object interpreted(Standard standard, GeneralPart general, Decision decision,
      GeneralFacts given, Statute statute) {
    Object viaRules;
    try {
      viaRules = org.cailiang.dsl.eval.GeneralLowering.rules(standard, general)
          .decide(decision, given, statute);
    } catch (org.cailiang.runtime.CailiangException e) {
      viaRules = e.getMessage();
    }
    Object viaModel;
    try {
      CaseOutcome outcome = GeneralEvaluation.decide(standard, general, decision,
          new org.cailiang.dsl.eval.GeneralFacts(given.circumstances(), given.actDate(),
              given.discoveryDate(), given.proposedFine()), statute);
      viaModel = outcome.explanation();
    } catch (org.cailiang.runtime.CailiangException e) {
      viaModel = e.getMessage();
    }
    assertEquals(viaModel, viaRules instanceof CaseDecision d ? d.explain() : viaRules);
    return viaRules;
  }

  private static Object generated(Method evaluate, Object violation, Object facts,
      GeneralFacts given) throws IllegalAccessException {
    try {
      return evaluate.invoke(violation, facts, given);
    } catch (InvocationTargetException e) {
      return e.getCause() instanceof org.cailiang.runtime.CailiangException ? e.getCause().getMessage()
          : e.getCause().toString();
    }
  }

  /**
   * A random statute after each violation's facts: none, one without a minimum, one with a
   * minimum, or clauses on a fact and a multiple of an amount fact. Statutes are not weighed
   * against the tiers here (the legal analysis is not run), so any of them may meet any tier.
   */
  private static String withStatutes(String source, Random random) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
      boolean lastFact = lines[i].startsWith("    fact ")
          && (i + 1 >= lines.length || !lines[i + 1].startsWith("    fact "));
      if (!lastFact) {
        continue;
      }
      List<String> bools = new ArrayList<>();
      List<String> amounts = new ArrayList<>();
      for (int j = i; j >= 0 && lines[j].startsWith("    fact "); j--) {
        String id = lines[j].substring("    fact ".length()).split(" ")[0];
        if (lines[j].endsWith(": bool")) {
          bools.add(id);
        } else if (lines[j].endsWith(": amount")) {
          amounts.add(id);
        }
      }
      List<String> clauses = new ArrayList<>();
      switch (random.nextInt(4)) {
        case 1 -> clauses.addAll(List.of("fine p0 ..5000", "fine p1, p2 each ..5000",
            "detain p1 ..15 days"));
        case 2 -> clauses.addAll(List.of("warning", "fine p0 100..50000",
            "fine p1, p2 each 100..5000", "detain p1 3..15 days"));
        case 3 -> {
          String flag = bools.isEmpty() ? null : bools.get(0);
          clauses.add(flag == null ? "fine p0 1000..50000" : "fine p0 1000..50000 when " + flag);
          clauses.add(flag == null ? "fine p1, p2 each ..5000"
              : "fine p1, p2 each 200..5000 when not " + flag);
          clauses.add("detain p1 " + (random.nextBoolean() ? "1" : "5") + "..15 days");
          if (!amounts.isEmpty()) {
            clauses.add("fine p0 1..10 times " + amounts.get(0) + " when " + amounts.get(0) + " > 0");
            clauses.add("fine p0, p2 each 10%..60% of " + amounts.get(0));
          }
        }
        default -> { }
      }
      if (!clauses.isEmpty()) {
        out.append("    statute {\n");
        clauses.forEach(c -> out.append("      ").append(c).append("\n"));
        out.append("    }\n");
      }
    }
    return out.toString();
  }

  /** The typed facts of a generated violation for the random facts (in declaration order). */
  private static Object typed(Class<?> factsType, List<RandomStandards.FactDef> defs,
      Map<String, Object> facts) throws ReflectiveOperationException {
    var components = factsType.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      Object value = facts.get(defs.get(i).id());
      if (types[i].isEnum()) {
        for (Object constant : types[i].getEnumConstants()) {
          if (((org.cailiang.runtime.Labelled) constant).id().equals(value)) {
            value = constant;
          }
        }
      }
      values[i] = value;
    }
    return factsType.getConstructor(types).newInstance(values);
  }

  /** Random circumstances, sometimes dates (some beyond the period), sometimes a proposed fine. */
  private static GeneralFacts generalFacts(Random random, List<String> ids, Decision decision) {
    Set<String> set = new LinkedHashSet<>();
    for (String id : ids) {
      if (random.nextInt(4) == 0) {
        set.add(id);
      }
    }
    if (random.nextInt(20) == 0) {
      set.add("nonexistent");
    }
    Optional<LocalDate> act = Optional.empty();
    Optional<LocalDate> discovery = Optional.empty();
    if (random.nextBoolean()) {
      // Discoveries stay in the past (a later one is refused), whatever day the test runs.
      act = Optional.of(LocalDate.of(2018, 1 + random.nextInt(12), 1 + random.nextInt(28)));
      discovery = Optional.of(act.get().plusDays(random.nextInt(6 * 366) - 10));
    }
    Optional<BigDecimal> fine = Optional.empty();
    if (random.nextInt(3) == 0) {
      BigDecimal some = decision.sanctions().stream()
          .filter(s -> s instanceof Sanction.Fine).map(s -> ((Sanction.Fine) s).range())
          .map(r -> r.max() != null ? r.max() : r.min()).findFirst().orElse(BigDecimal.valueOf(200));
      // A proposed fine is to the fen (GeneralFacts refuses finer), whatever a computed range's bound.
      BigDecimal proposed = random.nextBoolean() ? some.setScale(2, java.math.RoundingMode.DOWN)
          : some.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
      // A proposed fine is positive (GeneralFacts refuses 0): a range up to 0.02 gives 0.01.
      fine = Optional.of(proposed.signum() > 0 ? proposed : new BigDecimal("0.01"));
    }
    return new GeneralFacts(set, act, discovery, fine);
  }
}
