package org.cailiang.dsl.analysis;

import java.util.List;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Violation;

/**
 * Contradictory facts are excluded only where the author declares them ({@code exclusive}). A
 * boolean fact labelled as a light circumstance (轻微, 较轻) next to one labelled as a grave one
 * (严重, 较重, 恶劣) almost always excludes it; when no declaration says so, a case with both true
 * still gets a tier, so the author is told. A warning, not an error: labels are only a hint.
 */
final class ExclusiveHints {
  private static final List<String> LIGHT = List.of("轻微", "较轻");
  private static final List<String> GRAVE = List.of("严重", "较重", "恶劣");

  private ExclusiveHints() {}

  static void run(Violation violation, Reporter reporter) {
    for (Fact light : violation.facts()) {
      if (!isBool(light) || !mentions(light, LIGHT) || mentions(light, GRAVE)) {
        continue;
      }
      for (Fact grave : violation.facts()) {
        if (isBool(grave) && mentions(grave, GRAVE) && !mentions(grave, LIGHT)
            && !declared(violation, light, grave)) {
          reporter.report(Severity.WARNING, violation, null, grave.span(), "exclusive-missing",
              "事实 " + light.id() + "（" + light.label() + "）与 " + grave.id() + "（" + grave.label()
                  + "）看来不能同时成立，却没有互斥声明：二者同时为真的输入仍会选出阶次；请写 exclusive "
                  + light.id() + ", " + grave.id() + "，或以 suppress \"exclusive-missing\" \"理由\" 说明二者可以同时成立");
        }
      }
    }
  }

  private static boolean isBool(Fact fact) {
    return fact.type() instanceof FactType.Bool;
  }

  private static boolean mentions(Fact fact, List<String> words) {
    return words.stream().anyMatch(fact.label()::contains);
  }

  private static boolean declared(Violation violation, Fact a, Fact b) {
    for (Exclusive exclusive : violation.exclusives()) {
      if (exclusive.factIds().contains(a.id()) && exclusive.factIds().contains(b.id())) {
        return true;
      }
    }
    return false;
  }
}
