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
import org.cailiang.dsl.model.Ref;
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
  /** What a fact says that a waiving circumstance's words deny, by the words that deny it. */
  private static final List<List<String>> DENIED = List.of(
      List.of("轻微", "严重", "较重", "恶劣"),
      List.of("没有造成危害后果", "危害后果", "严重后果"),
      List.of("及时改正", "拒不", "逾期"));

  private ExclusiveHints() {}

  static void run(Violation violation, Optional<GeneralPart> general, Reporter reporter) {
    general.ifPresent(part -> waiving(violation, part, reporter));
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

  /** A boolean fact that a 不予 circumstance's words deny, with no declaration between them. */
  private static void waiving(Violation violation, GeneralPart part, Reporter reporter) {
    for (GeneralCircumstance circumstance : part.circumstances()) {
      if (circumstance.effect().map(Effect::kind).orElse(null) != Effect.Kind.WAIVE) {
        continue;
      }
      for (Fact fact : violation.facts()) {
        if (isBool(fact) && denies(circumstance.label(), fact.label())
            && !declared(violation, fact, circumstance)) {
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
    for (List<String> words : DENIED) {
      if (circumstance.contains(words.get(0))
          && words.subList(1, words.size()).stream().anyMatch(fact::contains)
          && !fact.contains(words.get(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean declared(Violation violation, Fact fact, GeneralCircumstance circumstance) {
    for (Exclusive exclusive : violation.circumstanceExclusives()) {
      if (exclusive.factIds().contains(fact.id())
          && exclusive.circumstances().stream().map(Ref::name).anyMatch(circumstance.id()::equals)) {
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

  private static boolean declared(Violation violation, Fact a, Fact b) {
    for (Exclusive exclusive : violation.exclusives()) {
      if (exclusive.factIds().contains(a.id()) && exclusive.factIds().contains(b.id())) {
        return true;
      }
    }
    return false;
  }
}
