package org.cailiang.dsl.cases;

import org.cailiang.dsl.model.TestCase;

/**
 * The outcome of one test case.
 *
 * @param standard the id of the standard
 * @param code the violation code it was decided for
 * @param testCase the case
 * @param failure why it failed; empty when it passed
 * @param reachedTier the suffix of the tier the evaluator chose; empty when it threw
 */
public record CaseResult(String standard, String code, TestCase testCase, String failure, String reachedTier) {

  public boolean passed() {
    return failure.isEmpty();
  }
}
