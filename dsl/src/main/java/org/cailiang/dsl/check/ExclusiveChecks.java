package org.cailiang.dsl.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Violation;

/**
 * Checks {@code exclusive} declarations (two or more declared boolean facts, each once) and the
 * test cases against them: a case in which two exclusive facts hold is no case at all, so it is
 * an error at the case, naming the declaration.
 */
final class ExclusiveChecks {
  private ExclusiveChecks() {}

  static void check(Violation violation, ConditionTypes types, Diagnostics diagnostics) {
    for (Exclusive exclusive : violation.exclusives()) {
      declaration(exclusive, types, diagnostics);
    }
    for (Exclusive exclusive : violation.circumstanceExclusives()) {
      // Its circumstances are the general checks' (CircumstanceExclusives): its facts are read here.
      if (exclusive.circumstances().size() > 1) {
        // Two circumstances of one violation's declaration: one could make the other impossible
        // without any error (re-check); the general part says which exclude each other.
        diagnostics.error(exclusive.circumstances().get(1).span(), "exclusive", "互斥声明（exclusive）至多列出一个总则情节"
            + "（或一个写错的事实名称）：情节之间的互斥写在总则中（general … { exclusive … }）");
      }
      if (exclusive.facts().isEmpty()) {
        diagnostics.error(exclusive.span(), "exclusive", "互斥声明（exclusive）没有列出本违法行为的事实："
            + "只涉及总则情节的互斥写在总则中（general … { exclusive … }）");
      }
      facts(exclusive, types, diagnostics);
    }
    for (TestCase testCase : violation.cases()) {
      for (Exclusive exclusive : violation.exclusives()) {
        List<String> holding = exclusive.holding(id -> testCase.isTrue(id));
        if (holding.size() > 1) {
          diagnostics.error(testCase.span(), "contradictory-case", "测试用例「" + testCase.name() + "」中 "
              + labels(violation, holding) + "同时成立，违反第 " + exclusive.span().line()
              + " 行的互斥声明（exclusive）" + reason(exclusive) + "：这不是可能的案件，请删除或改正该用例");
        }
      }
    }
  }

  /** {@code minor（情节轻微）与 serious（情节严重）}. */
  static String labels(Violation violation, List<String> ids) {
    return String.join("与 ", ids.stream().map(id -> id + violation.fact(id)
        .map(f -> "（" + f.label() + "）").orElse("")).toList());
  }

  private static String reason(Exclusive exclusive) {
    return exclusive.message().isEmpty() ? "" : "「" + exclusive.message() + "」";
  }

  private static void declaration(Exclusive exclusive, ConditionTypes types, Diagnostics diagnostics) {
    if (exclusive.facts().size() < 2) {
      diagnostics.error(exclusive.span(), "exclusive", "互斥声明（exclusive）至少要列出两个事实");
    }
    facts(exclusive, types, diagnostics);
  }

  private static void facts(Exclusive exclusive, ConditionTypes types, Diagnostics diagnostics) {
    Set<String> seen = new HashSet<>();
    for (Ref ref : exclusive.facts()) {
      if (!seen.add(ref.name())) {
        diagnostics.error(ref.span(), "exclusive", "事实 " + ref.name() + " 在互斥声明中重复");
        continue;
      }
      Optional<Fact> fact = types.fact(ref);
      if (fact.isPresent() && !(fact.get().type() instanceof FactType.Bool)) {
        diagnostics.error(ref.span(), "exclusive", "互斥声明只能列出 bool 类型的事实，事实 " + ref.name()
            + "（" + fact.get().label() + "）不是");
      }
    }
  }
}
