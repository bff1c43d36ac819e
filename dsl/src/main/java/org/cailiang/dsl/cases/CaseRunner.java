package org.cailiang.dsl.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.Lowering;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;

/**
 * Runs the test cases of checked standards against any evaluator of them: the interpreter for
 * {@code cailiang test}, the generated classes for the Maven plugin's {@code test} goal. The
 * evaluator is reached only through {@link Standards}, by code and untyped facts.
 */
public final class CaseRunner {
  private CaseRunner() {}

  /** Runs cases without general parts: a case that states general facts fails, saying so. */
  public static List<CaseResult> run(List<Standard> standards, Standards evaluators) {
    return run(standards, List.of(), evaluators);
  }

  /**
   * Runs the cases; those with {@code general { … }} are decided with the general part their
   * violation uses among {@code generals} (as {@code eval} decides them).
   */
  public static List<CaseResult> run(List<Standard> standards, List<GeneralPart> generals,
      Standards evaluators) {
    List<CaseResult> results = new ArrayList<>();
    for (Standard standard : standards) {
      Lowering lowering = new Lowering(standard);
      for (Violation violation : standard.violations()) {
        for (TestCase testCase : violation.cases()) {
          results.add(run(standard, violation, testCase, evaluators, lowering, generals));
        }
      }
    }
    return results;
  }

  /**
   * The violation of the case's own standard: versions of one standard share codes, and the
   * registry's lookup by code alone finds the latest version, not the one the case is written in.
   */
  private static org.cailiang.runtime.Violation ownVersion(Standards evaluators, String standardId, String code) {
    for (org.cailiang.runtime.Violation candidate
        : evaluators.standard(standardId).map(s -> s.violations()).orElse(List.of())) {
      if (candidate.code().equals(code)) {
        return candidate;
      }
    }
    return evaluators.violation(code);
  }

  private static CaseResult run(Standard standard, Violation violation, TestCase testCase, Standards evaluators,
      Lowering lowering, List<GeneralPart> generals) {
    String code = testCase.code(violation);
    Map<String, Object> facts = new LinkedHashMap<>();
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    for (TestCase.CaseFact fact : testCase.facts()) {
      Object value = value(violation.fact(fact.fact().name()).orElseThrow(), fact.value());
      facts.put(fact.fact().name(), value);
      if (value instanceof BigDecimal amount) {
        amounts.put(fact.fact().name(), amount);
      }
    }
    String expectedCode = testCase.expectsHandover(violation) ? code : code + testCase.expected().name();
    Decision decision;
    try {
      decision = ownVersion(evaluators, standard.id(), code).evaluate(facts);
    } catch (CailiangException e) {
      return new CaseResult(standard.id(), code, testCase, "期望 " + expectedCode + "，实际抛出 " + e.getMessage(), "");
    }
    String reached = decision.tierCode().substring(code.length());
    String otherVersion = earlierVersionApplies(standard, testCase, evaluators, code, facts);
    if (!otherVersion.isEmpty()) {
      return new CaseResult(standard.id(), code, testCase, otherVersion, reached);
    }
    if (!decision.tierCode().equals(expectedCode)) {
      return new CaseResult(standard.id(), code, testCase,
          "期望 " + expectedCode + "，实际 " + decision.tierCode() + "（" + decision.circumstance() + "）", reached);
    }
    List<Sanction> decided = decision.sanctions();
    if (testCase.general().isPresent()) {
      CaseOutcome outcome;
      try {
        outcome = GeneralCases.decide(standard, violation, code, testCase.general().get(), decision,
            facts, generals);
      } catch (IllegalArgumentException | CailiangException e) {
        return new CaseResult(standard.id(), code, testCase, "期望 " + expectedCode + "，实际抛出 " + e.getMessage(),
            reached);
      }
      String failure = GeneralCases.compare(testCase.general().get(), outcome);
      if (!failure.isEmpty()) {
        return new CaseResult(standard.id(), code, testCase, failure, reached);
      }
      decided = outcome.sanctions();
    }
    if (testCase.sanctions().isPresent()) {
      List<Sanction> expected = new ArrayList<>();
      testCase.sanctions().get().forEach(s -> expected.add(lowering.lower(violation, s, amounts)));
      if (testCase.partial()) {
        List<Sanction> lacking = ExpectedSanctions.lacking(expected, decided);
        if (!lacking.isEmpty()) {
          return new CaseResult(standard.id(), code, testCase,
              "处罚不符：期望包含 " + chinese(lacking) + "，实际 " + chinese(decided), reached);
        }
      } else if (!ExpectedSanctions.exactly(expected, decided)) {
        return new CaseResult(standard.id(), code, testCase,
            "处罚不符：期望 " + chinese(expected) + "，实际 " + chinese(decided), reached);
      }
    }
    return new CaseResult(standard.id(), code, testCase, "", reached);
  }

  /**
   * A case of a later version dated before that version took effect is decided by eval under the
   * version in force at the act unless this one is lighter (第三十七条): when eval, deciding on
   * this version's first day, would not apply this version, the case asserts what eval never
   * gives (legal author: such a case passed). Empty when this version applies.
   */
  private static String earlierVersionApplies(Standard standard, TestCase testCase,
      Standards evaluators, String code, Map<String, Object> facts) {
    if (standard.supersedes().isEmpty() || standard.effective().isEmpty()
        || testCase.general().flatMap(g -> g.act()).isEmpty()) {
      return "";
    }
    java.time.LocalDate act = org.cailiang.dsl.parse.IsoDates.parse(
        testCase.general().get().act().get().name().strip());
    java.time.LocalDate first = standard.effective().get();
    if (!act.isBefore(first)) {
      return "";
    }
    org.cailiang.runtime.TimedDecision timed;
    try {
      timed = evaluators.evaluate(code, facts, act, first);
    } catch (CailiangException e) {
      return ""; // a version weighed cannot read these facts: the case's own run says what it can
    }
    if (timed.applied().stream().anyMatch(a -> a.version().equals(standard.id()))) {
      return "";
    }
    String applied = String.join("、", timed.applied().stream().map(a -> a.version()).toList());
    return "行为之日 " + act + " 早于本版本 " + standard.id() + " 的施行日期 " + first + "：eval 在本版本施行后作出决定时，"
        + (applied.isEmpty() ? "不用任何版本裁量此案" : "适用 " + applied) + "（" + timed.explanation()
        + "），不是本版本；本用例应写在" + (applied.isEmpty() ? "行为时施行的版本" : "该版本") + "中，或写本版本处罚较轻的情形";
  }

  private static String chinese(List<Sanction> sanctions) {
    return String.join("；", sanctions.stream().map(Sanction::toChinese).toList());
  }

  /** A case's literal as the untyped facts map takes it. */
  private static Object value(Fact fact, Literal literal) {
    if (fact.type() instanceof FactType.Enum type) {
      return type.resolve(literal).orElseThrow().id();
    }
    if (literal instanceof Literal.Bool b) {
      return b.value();
    }
    BigDecimal number = ((Literal.Number) literal).value();
    return fact.type() instanceof FactType.Int ? (Object) number.longValueExact() : number;
  }

  /** The tiers no case reached, as {@code C05837 B030「个人设置」}. */
  public static List<String> unreached(List<Standard> standards, List<CaseResult> results) {
    List<String> unreached = new ArrayList<>();
    for (Standard standard : standards) {
      for (Violation violation : standard.violations()) {
        for (Tier tier : violation.tiers()) {
          boolean reached = results.stream().anyMatch(r -> r.testCase() != null
              && violation.cases().contains(r.testCase()) && r.reachedTier().equals(tier.suffix()));
          if (!reached) {
            // Versions share codes: with several standards, each tier says whose it is (legal
            // author: two A010 of A09401, one per version, could not be told apart).
            unreached.add((standards.size() > 1 ? standard.id() + " " : "") + violation.codes() + " "
                + tier.suffix() + "「" + tier.circumstance() + "」");
          }
        }
      }
    }
    return unreached;
  }
}
