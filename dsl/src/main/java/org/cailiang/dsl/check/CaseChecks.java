package org.cailiang.dsl.check;

import java.util.List;
import java.util.stream.Collectors;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Violation;

/**
 * Checks the test cases of a violation: a code of the violation, each fact given at most once
 * with a value of its type, and a tier that exists.
 */
final class CaseChecks {
  private CaseChecks() {}

  static void check(Violation violation, ConditionTypes types, SanctionChecks sanctions, Diagnostics diagnostics) {
    Names.unique(violation.cases(), TestCase::name, TestCase::span, "测试用例", diagnostics);
    List<String> codes;
    try {
      codes = violation.codes().codes();
    } catch (IllegalArgumentException e) {
      codes = null; // a malformed range, reported by the code checks
    }
    for (TestCase testCase : violation.cases()) {
      List<String> known = codes;
      testCase.code().ifPresent(code -> {
        if (known != null && !known.contains(code.name())) {
          diagnostics.error(code.span(), "case", "编码 " + code.name() + " 不属于违法行为 " + violation.codes());
        }
      });
      Names.unique(testCase.facts(), f -> f.fact().name(), f -> f.fact().span(), "事实", "给值", diagnostics);
      for (TestCase.CaseFact fact : testCase.facts()) {
        types.fact(fact.fact()).ifPresent(declared -> types.literal(declared, fact.value()));
      }
      // Facts left out are allowed: the run names those the decision turns out to depend on.
      Ref expected = testCase.expected();
      if (violation.tiers().stream().noneMatch(t -> t.suffix().equals(expected.name()))
          && !testCase.expectsHandover(violation)) {
        diagnostics.error(expected.span(), "case", "没有阶次 " + expected.name() + "；本违法行为的阶次有："
            + violation.tiers().stream().map(t -> t.suffix()).collect(Collectors.joining("、"))
            + (violation.endingHandovers().isEmpty() ? ""
                : "；案件移送的用例写 expect 加本用例的编码（如 expect " + testCase.code(violation) + "）"));
      }
      testCase.sanctions().ifPresent(list -> list.forEach(sanctions::check));
    }
  }
}
