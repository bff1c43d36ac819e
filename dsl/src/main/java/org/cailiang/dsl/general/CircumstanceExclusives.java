package org.cailiang.dsl.general;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.eval.CircumstanceExclusionRecords;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.InvalidGeneralFactsException;

/**
 * The names of a violation's {@code exclusive} that are none of its facts: circumstances of the
 * general part it uses ({@code exclusive harm, trivial}), or unknown; and the test cases whose facts
 * and general circumstances such a declaration excludes (no possible case).
 */
final class CircumstanceExclusives {
  private CircumstanceExclusives() {}

  static void check(Standard standard, List<GeneralPart> generals, Diagnostics out) {
    java.util.Set<String> generalIds = new java.util.HashSet<>();
    generals.forEach(part -> generalIds.add(part.id()));
    for (Violation violation : standard.violations()) {
      if (violation.circumstanceExclusives().isEmpty()
          || CaseGeneralChecks.namesAnUnknownPart(standard, violation, generalIds)) {
        continue; // a part that cannot be read is reported (unknown-general), not each name
      }
      Optional<GeneralPart> part = Generals.of(standard, violation, generals);
      boolean known = true;
      for (Exclusive exclusive : violation.circumstanceExclusives()) {
        for (Ref ref : exclusive.circumstances()) {
          if (part.isEmpty() || part.get().circumstance(ref.name()).isEmpty()) {
            known = false;
            String facts = violation.facts().isEmpty() ? "本违法行为没有声明任何事实（fact）"
                : "已声明的事实有：" + violation.facts().stream().map(f -> f.id()).collect(Collectors.joining("、"));
            out.error(ref.span(), "unknown-fact", part.isEmpty()
                ? "未知事实 " + ref.name() + "；" + facts + "（本违法行为没有适用的总则，互斥声明中也不能是总则情节）"
                : "未知事实或总则情节 " + ref.name() + "：互斥声明（exclusive）中的名称须是本违法行为的事实或所用总则的情节；"
                    + facts + "；总则情节有：" + part.get().circumstances().stream().map(c -> c.id())
                        .collect(Collectors.joining("、")));
          }
        }
      }
      if (known && part.isPresent()) {
        cases(standard, violation, part.get(), out);
      }
    }
  }

  /** A case whose facts and circumstances the declarations exclude is no possible case. */
  private static void cases(Standard standard, Violation violation, GeneralPart part, Diagnostics out) {
    CircumstanceExclusionRecords records = CircumstanceExclusionRecords.of(violation);
    for (TestCase testCase : violation.cases()) {
      if (testCase.general().isEmpty() || testCase.general().get().circumstances().isEmpty()) {
        continue;
      }
      List<String> given = testCase.general().get().circumstances().stream().map(Ref::name).toList();
      if (given.stream().anyMatch(name -> part.circumstance(name).isEmpty())) {
        continue; // reported as an unknown circumstance of the case
      }
      try {
        records.runtime().check(GeneralLowering.rules(standard, part),
            org.cailiang.runtime.GeneralFacts.of(java.util.Set.copyOf(given)), id -> testCase.isTrue(id));
      } catch (InvalidGeneralFactsException e) {
        out.error(testCase.span(), "contradictory-case", "测试用例「" + testCase.name() + "」不是可能的案件："
            + e.getMessage());
      }
    }
  }
}
