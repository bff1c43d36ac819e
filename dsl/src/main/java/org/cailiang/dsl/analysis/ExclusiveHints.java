package org.cailiang.dsl.analysis;

import java.util.List;
import java.util.Optional;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.Exclusive;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Violation;

/**
 * Contradictory facts are excluded only where the author declares them ({@code exclusive}). A
 * boolean fact labelled as a light circumstance (轻微, 较轻) next to one labelled as a grave one
 * (严重, 较重, 恶劣) almost always excludes it; when no declaration says so, a case with both true
 * still gets a tier, so the author is told. A warning, not an error: labels are only a hint.
 *
 * <p>The same between a fact and a circumstance of the general part that waives the penalty (不予):
 * 违法行为轻微并及时改正，没有造成危害后果 cannot hold beside 造成严重后果, 造成危害后果 or 拒不改正, and
 * without a declaration such a case is waived — the tier's fine and its referrals gone (integrator:
 * C05847 造成严重后果 with {@code trivial} was not punished).
 */
final class ExclusiveHints {
  private static final List<String> LIGHT = List.of("轻微", "较轻");
  private static final List<String> GRAVE = List.of("严重", "较重", "恶劣");
  /** Words of a waiving circumstance, and what a fact's label may say that they deny. */
  private record Denial(String said, List<String> denied) {}

  private static final List<Denial> DENIALS = List.of(
      new Denial("轻微", GRAVE),
      new Denial("没有造成危害后果", List.of("危害后果", "严重后果")),
      new Denial("及时改正", List.of("拒不", "逾期")));

  private ExclusiveHints() {}

  static void run(Violation violation, Optional<GeneralPart> general, Reporter reporter) {
    general.ifPresent(part -> waiving(violation, part, reporter));
    for (Fact light : violation.facts()) {
      if (!isBool(light) || !mentions(light, LIGHT) || mentions(light, GRAVE)) {
        continue;
      }
      for (Fact grave : violation.facts()) {
        if (isBool(grave) && mentions(grave, GRAVE) && !mentions(grave, LIGHT)
            && !declared(violation.exclusives(), light.id(), grave.id())) {
          reporter.report(Severity.WARNING, violation, null, grave.span(), "exclusive-missing",
              "事实 " + light.id() + "（" + light.label() + "）与 " + grave.id() + "（" + grave.label()
                  + "）看来不能同时成立，却没有互斥声明：二者同时为真的输入仍会选出阶次；请写 exclusive "
                  + light.id() + ", " + grave.id() + "，或以 suppress \"exclusive-missing\" \"理由\" 说明二者可以同时成立");
        }
      }
    }
  }

  /** A boolean fact that a 不予 circumstance's words deny, with no declaration between them. */
  private static void waiving(Violation violation, GeneralPart part, Reporter reporter) {
    for (GeneralCircumstance circumstance : part.circumstances()) {
      if (circumstance.effect().map(Effect::kind).orElse(null) != Effect.Kind.WAIVE) {
        continue;
      }
      for (Fact fact : violation.facts()) {
        if (isBool(fact) && denies(circumstance.label(), fact.label())
            && !declared(violation.circumstanceExclusives(), fact.id(), circumstance.id())) {
          reporter.report(Severity.WARNING, violation, null, fact.span(), "exclusive-missing",
              "事实 " + fact.id() + "（" + fact.label() + "）与总则情节 " + circumstance.id() + "（"
                  + circumstance.label() + "）看来不能同时成立，却没有互斥声明：事实为“是”又给出该情节的案件会"
                  + "不予处罚，阶次的处罚与移送都不再适用；请写 exclusive " + fact.id() + ", " + circumstance.id()
                  + "，或以 suppress \"exclusive-missing\" \"理由\" 说明二者可以同时成立");
        }
      }
    }
  }

  /** Whether the circumstance's label says the opposite of what the fact's label says. */
  private static boolean denies(String circumstance, String fact) {
    for (Denial denial : DENIALS) {
      if (circumstance.contains(denial.said()) && denial.denied().stream().anyMatch(fact::contains)
          && !fact.contains(denial.said())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBool(Fact fact) {
    return fact.type() instanceof FactType.Bool;
  }

  private static boolean mentions(Fact fact, List<String> words) {
    return words.stream().anyMatch(fact.label()::contains);
  }

  /** Whether one of the declarations names both: facts, or a fact and a circumstance. */
  private static boolean declared(List<Exclusive> exclusives, String a, String b) {
    for (Exclusive exclusive : exclusives) {
      List<String> names = new java.util.ArrayList<>(exclusive.factIds());
      exclusive.circumstances().forEach(ref -> names.add(ref.name()));
      if (names.contains(a) && names.contains(b)) {
        return true;
      }
    }
    return false;
  }

}
