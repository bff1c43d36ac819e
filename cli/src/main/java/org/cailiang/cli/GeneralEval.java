package org.cailiang.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.FactSpecs;
import org.cailiang.dsl.eval.GeneralEvaluation;
import org.cailiang.dsl.eval.GeneralFacts;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.eval.InterpretedViolation;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;
import org.cailiang.runtime.CaseDecision;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Statute;

/**
 * {@code eval} with the general part the deciding standard uses: the circumstances the officer
 * gives ({@code --general 名称[=是|否]}, by id or label), the discovery date and the proposed fine.
 */
final class GeneralEval {
  private final Compilation compilation;
  private final List<String> circumstances;
  private final Optional<LocalDate> discovery;
  private final Optional<BigDecimal> fine;

  private GeneralEval(Compilation compilation, List<String> circumstances,
      Optional<LocalDate> discovery, Optional<BigDecimal> fine) {
    this.compilation = compilation;
    this.circumstances = circumstances;
    this.discovery = discovery;
    this.fine = fine;
  }

  /** The options read, or {@code null} after reporting a bad one. */
  static GeneralEval parse(Compilation compilation, List<String> circumstances, String discovery,
      String fine, Optional<Dates> dates, PrintWriter err) {
    Optional<LocalDate> discoveryDay = Optional.empty();
    if (discovery != null) {
      if (dates.isEmpty()) {
        err.println("--discovery-date 须与 --act-date 一起使用：追责时效从违法行为发生之日起算（行政处罚法第三十六条）");
        return null;
      }
      try {
        discoveryDay = Optional.of(org.cailiang.dsl.parse.IsoDates.parse(discovery.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        err.println(org.cailiang.dsl.parse.IsoDates.problem("--discovery-date 的日期", discovery));
        return null;
      }
      // Bad dates are usage errors, like a decision date before the act (Dates).
      if (discoveryDay.get().isBefore(dates.get().act())) {
        // A limitation counted backwards would silently call any act "discovered in time".
        err.println("发现日期 " + discoveryDay.get() + " 早于违法行为发生日期 " + dates.get().act());
        return null;
      }
      LocalDate today = org.cailiang.runtime.internal.ChinaDay.today();
      if (discoveryDay.get().isAfter(today)) {
        err.println("发现日期 " + discoveryDay.get() + " 在今天（" + today + "，北京时间）之后：违法行为不能在将来被发现");
        return null;
      }
      if (discoveryDay.get().isAfter(dates.get().decision())) {
        err.println("发现日期 " + discoveryDay.get() + " 晚于作出处罚决定日期 " + dates.get().decision()
            + "：违法行为须先被发现，才能作出处罚决定（--decision-date 默认为今天）");
        return null;
      }
    }
    Optional<BigDecimal> amount = Optional.empty();
    if (fine != null) {
      try {
        amount = Optional.of(Amounts.parse(fine));
        String problem = FactChecks.amountProblem(amount.get()); // the runtime's rule for amounts
        if (problem != null) {
          err.println("--fine " + problem);
          return null;
        }
      } catch (NumberFormatException e) {
        err.println("--fine 应为金额（如 200、1万），不能是 \"" + fine + "\"");
        return null;
      }
    }
    return new GeneralEval(compilation, List.copyOf(circumstances), discoveryDay, amount);
  }

  /** The same options without the proposed fine. */
  GeneralEval withoutFine() {
    return new GeneralEval(compilation, circumstances, discovery, Optional.empty());
  }

  /** Whether the officer gave anything only a general part can use. */
  boolean given() {
    return !circumstances.isEmpty() || discovery.isPresent() || fine.isPresent();
  }

  /**
   * The outcome under the general part the decision's standard uses; empty when it uses none.
   *
   * @throws IllegalArgumentException with a message for the officer when a circumstance is unknown
   *     or given a value other than 是/否
   */
  Optional<CaseDecision> outcome(Decision decision, Optional<LocalDate> act,
      Map<String, String> values) {
    Optional<Standard> standard = compilation.standards().stream()
        .filter(s -> s.id().equals(decision.standardId())).findFirst();
    // The parts of the decision's violation: its regulation's may add to the standard's.
    Optional<GeneralPart> general = standard.flatMap(s -> violation(s, decision)
        .map(v -> Generals.of(s, v, compilation.generals()))
        .orElseGet(() -> Generals.of(s, compilation.generals())));
    if (general.isEmpty()) {
      if (given()) {
        throw new IllegalArgumentException("标准 " + decision.standardId()
            + " 没有使用总则（uses）：--general、--discovery-date、--fine 无从适用");
      }
      return Optional.empty();
    }
    GeneralFacts facts = facts(general.get(), act);
    // Only a circumstance of 减轻 reads the statute (its minimum); a handed-over case none at all.
    Optional<Violation> violation = violation(standard.get(), decision);
    Statute statute = !GeneralEvaluation.readsStatute(standard.get(), general.get(), facts, decision) || violation.isEmpty()
        ? Statute.UNDECLARED
        : new InterpretedViolation(standard.get(), violation.get(), decision.violationCode())
            // The table already refused keys no version declares; with dates, the facts of
            // another version of the code are given too, and are not this statute's.
            .statute(FactReader.withoutUnknownKeys(
                violation.get().facts().stream().map(FactSpecs::of).toList(), values));
    CaseDecision outcome = GeneralEvaluation.caseDecision(standard.get(), general.get(), decision, facts, statute);
    // After the decision, as the generated code: its own refusals come first.
    violation.ifPresent(v -> refuseContradictions(standard.get(), general.get(), v, facts, values));
    return Optional.of(outcome);
  }

  /**
   * A fact and a circumstance declared exclusive that both hold (造成危害后果 with 没有造成危害后果):
   * refused as the generated code refuses it (supervisor: 不予处罚 was given).
   */
  private static void refuseContradictions(Standard standard, GeneralPart general, Violation violation,
      GeneralFacts facts, Map<String, String> values) {
    org.cailiang.dsl.eval.CircumstanceExclusionRecords records =
        org.cailiang.dsl.eval.CircumstanceExclusionRecords.of(violation);
    if (records.isEmpty()) {
      return;
    }
    List<org.cailiang.runtime.FactSpec> specs = violation.facts().stream().map(FactSpecs::of).toList();
    FactReader reader = FactReader.allowingMissing(violation.codes().first(), specs,
        FactReader.withoutUnknownKeys(specs, values));
    records.runtime().check(org.cailiang.dsl.eval.GeneralLowering.rules(standard, general), facts.toRuntime(),
        id -> java.util.stream.IntStream.range(0, specs.size())
            .anyMatch(i -> specs.get(i).id().equals(id) && Boolean.TRUE.equals(reader.value(i))));
  }

  /**
   * The outcome of a case judged under {@code decision}'s version, revised for the law in time as
   * {@code Standards.evaluate(…, GeneralFacts)} revises it: when it is the only version applied,
   * a note where the other version's general part (in force on the act's or the decision's day)
   * gives a circumstance of the case another effect ({@code GeneralRules.weighedAgainst}); then
   * the procedure flags of the version in force on the decision's day (程序从新,
   * {@code GeneralRules.withProceduresOf}). Else as it is.
   */
  CaseDecision inTime(CaseDecision outcome, Decision decision, String code, LocalDate act,
      LocalDate decisionDay, boolean onlyVersionApplied) {
    Optional<Standard> own = compilation.standards().stream()
        .filter(s -> s.id().equals(decision.standardId())).findFirst();
    Optional<GeneralPart> ownPart = own.flatMap(s -> violation(s, decision)
        .flatMap(v -> Generals.of(s, v, compilation.generals())));
    if (ownPart.isEmpty()) {
      return outcome;
    }
    org.cailiang.runtime.GeneralRules ownRules = GeneralLowering.rules(own.get(), ownPart.get());
    org.cailiang.runtime.GeneralFacts facts = facts(ownPart.get(), Optional.of(act)).toRuntime();
    Optional<VersionOf> then = inForce(code, act);
    Optional<VersionOf> now = inForce(code, decisionDay);
    Optional<VersionOf> other = then.filter(v -> !v.standard().id().equals(own.get().id()))
        .or(() -> now.filter(v -> !v.standard().id().equals(own.get().id())));
    CaseDecision revised = outcome;
    if (onlyVersionApplied && other.isPresent() && other.get().rules().isPresent()) {
      revised = ownRules.weighedAgainst(other.get().rules().get(), "《"
          + other.get().standard().title() + "》（" + other.get().standard().id() + "）", revised,
          facts);
    }
    if (now.isPresent() && !now.get().standard().id().equals(own.get().id())
        && now.get().rules().isPresent()) {
      revised = ownRules.withProceduresOf(now.get().rules().get(), revised, facts);
    }
    return revised;
  }

  /** A version that has a code, with the general part its violation uses, lowered once. */
  private record VersionOf(Standard standard, Optional<GeneralPart> part,
      Optional<org.cailiang.runtime.GeneralRules> rules) {}

  /** The version in force on {@code day} (the last effective on or before it) that has the code. */
  private Optional<VersionOf> inForce(String code, LocalDate day) {
    return versionFor(code, day)
        .filter(version -> !version.standard().effective().orElse(LocalDate.MIN).isAfter(day));
  }

  /**
   * The version in force on {@code day} that has the code, else (none in force yet) the earliest
   * that has it; empty when no version has it.
   */
  private Optional<VersionOf> versionFor(String code, LocalDate day) {
    Standard chosen = null;
    Violation violation = null;
    for (Standard s : compilation.standards()) {
      Optional<Violation> v = s.violations().stream().filter(x -> names(x, code)).findFirst();
      if (v.isEmpty()) {
        continue;
      }
      LocalDate from = s.effective().orElse(LocalDate.MIN);
      LocalDate chosenFrom = chosen == null ? null : chosen.effective().orElse(LocalDate.MIN);
      boolean better = chosen == null
          || !from.isAfter(day) && (chosenFrom.isAfter(day) || from.isAfter(chosenFrom))
          || from.isAfter(day) && chosenFrom.isAfter(day) && from.isBefore(chosenFrom);
      if (better) {
        chosen = s;
        violation = v.get();
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    Standard found = chosen;
    Optional<GeneralPart> part = Generals.of(found, violation, compilation.generals());
    return Optional.of(new VersionOf(found, part,
        part.map(general -> GeneralLowering.rules(found, general))));
  }

  /** Whether a discovery date was given: only then can the limitation have run. */
  boolean dated() {
    return discovery.isPresent();
  }

  /**
   * 第三十六条 before any version (it is law, not the table): the limitation under the general part
   * of a version that has the code — the last in force on the day of the act, else the earliest —
   * empty when none has the code or uses a general part.
   *
   * @throws IllegalArgumentException when a circumstance is unknown or given a bad value
   */
  Optional<CaseDecision.LimitationCheck> limitation(String code, LocalDate act) {
    return limitation(code, act, act);
  }

  /**
   * 第三十六条 under the general part of the version in force on {@code day} (the act's or the
   * decision's) that has the code, else the earliest; the period still runs from {@code act}.
   */
  Optional<CaseDecision.LimitationCheck> limitation(String code, LocalDate act, LocalDate day) {
    return versionFor(code, day).flatMap(version -> version.part().flatMap(general ->
        version.rules().orElseThrow().limitation(facts(general, Optional.of(act)).toRuntime())));
  }

  /**
   * Whether {@code code} is one of the violation's codes or one of its tier codes (a code and a
   * tier's suffix): C05837 and C05837B030, not C05837X nor C0583.
   */
  static boolean names(Violation violation, String code) {
    String wanted = code.strip();
    for (String own : violation.codes().codes()) {
      if (wanted.equals(own)) {
        return true;
      }
      if (wanted.startsWith(own)) {
        String suffix = wanted.substring(own.length());
        if (violation.tiers().stream().anyMatch(tier -> tier.suffix().equals(suffix))) {
          return true;
        }
      }
    }
    return false;
  }

  private GeneralFacts facts(GeneralPart general, Optional<LocalDate> act) {
    Set<String> set = new LinkedHashSet<>();
    Map<String, Boolean> seen = new java.util.HashMap<>();
    for (String given : circumstances) {
      int equals = given.indexOf('=');
      String name = (equals < 0 ? given : given.substring(0, equals)).strip();
      String value = equals < 0 ? "是" : given.substring(equals + 1).strip();
      GeneralCircumstance circumstance = general.circumstance(name).orElseThrow(
          () -> new IllegalArgumentException("未知的总则情节 " + name + "：可用 " + general
              .circumstances().stream().map(c -> c.id() + "（" + c.label() + "）")
              .collect(Collectors.joining("、")) + elsewhere(name, general)));
      boolean holds = switch (value) {
        case "是", "true" -> true;
        case "否", "false" -> false;
        default -> throw new IllegalArgumentException(
            "总则情节 " + name + " 的值应为 是 或 否，不能是 " + value);
      };
      Boolean was = seen.put(circumstance.id(), holds);
      if (was != null && was != holds) {
        // As a fact given twice: which one holds is not for the order of the arguments to say.
        throw new GivenTwiceException("总则情节 " + circumstance.id() + "（" + circumstance.label()
            + "）给出了两次，值不同：" + (was ? "是" : "否") + " 与 " + (holds ? "是" : "否"));
      }
      if (holds) {
        set.add(circumstance.id());
      }
    }
    return new GeneralFacts(set, act, discovery, fine);
  }

  /**
   * Where else the circumstance is declared: a general part another version uses (治安管理处罚法
   * 2025 第二十条(三) 谅解, which the 2012 text lacks). The version was chosen on the tiers; whether
   * the new law punishes more lightly for it (第三十七条) is the officer's to weigh (legal review).
   */
  private String elsewhere(String name, GeneralPart used) {
    List<String> parts = new ArrayList<>();
    for (GeneralPart other : compilation.generals()) {
      if (!other.id().equals(used.id()) && other.circumstance(name).isPresent()
          && !parts.contains(other.title())) {
        parts.add(other.title());
      }
    }
    return parts.isEmpty() ? "" : "；它见于《" + String.join("》《", parts) + "》，而适用的版本所用的总则没有它："
        + "版本是按阶次选定的，新的规定是否因此处罚较轻（《中华人民共和国行政处罚法》第三十七条），须由执法人员判断";
  }

  /** A circumstance given twice with different values: a wrong command line. */
  static final class GivenTwiceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    GivenTwiceException(String message) {
      super(message);
    }
  }

  /** The violation that decided: its code, or the code its tier's code begins with. */
  private static Optional<Violation> violation(Standard standard, Decision decision) {
    return standard.violations().stream()
        .filter(v -> v.codes().codes().stream().anyMatch(code -> code.equals(decision.violationCode())
            || decision.violationCode().isEmpty() && decision.tierCode().startsWith(code)))
        .findFirst();
  }

  static String text(CaseDecision decision) {
    CaseOutcome outcome = GeneralEvaluation.of(decision);
    StringBuilder text = new StringBuilder("总则：").append(outcome.verdict().label()).append('\n');
    outcome.limitation().ifPresent(l -> text.append("  追责时效：").append(l.period())
        .append(l.expired() ? "，已超过" : "，未超过").append(basis(l.basis())).append('\n'));
    for (CaseOutcome.Step step : outcome.steps()) {
      text.append("  适用：").append(String.join("、", step.circumstances())).append(" → ")
          .append(step.effect().label()).append(basis(step.basis())).append("：").append(step.rule())
          .append('\n');
      step.result().forEach(s -> text.append("    - ").append(s.toChinese()).append('\n'));
    }
    for (CaseOutcome.Option option : outcome.options()) {
      text.append("  可选（未适用）：").append(option.circumstance()).append(" → ")
          .append(option.effect().label()).append(basis(option.basis())).append('\n');
      option.result().forEach(s -> text.append("    - ").append(s.toChinese()).append('\n'));
    }
    for (CaseOutcome.ProcedureFlag flag : outcome.procedures()) {
      text.append("  程序：").append(flag.procedure().label()).append("——").append(flag.status().label())
          .append(flag.trigger().isEmpty() ? "" : "（" + flag.trigger() + "）").append(basis(flag.basis()))
          .append('\n');
    }
    if (decision.verdict() == org.cailiang.runtime.CaseDecision.Verdict.ORDERS_ONLY) {
      // The measures the general part adds (责令监护人加以管教), listed with the orders (re-review:
      // only the JSON had them).
      decision.sanctions().stream().filter(s -> !decision.decision().sanctions().contains(s))
          .forEach(s -> text.append("  另须：").append(s.toChinese()).append('\n'));
    }
    outcome.unresolved().forEach(note -> text.append("  须由执法人员决定：").append(note).append('\n'));
    text.append("  说明：").append(outcome.explanation()).append('\n');
    return text.toString();
  }

  /** The {@code general} object of {@code eval --json}: the runtime's own JSON of the outcome. */
  static Map<String, Object> json(CaseDecision decision) {
    return org.cailiang.runtime.internal.CaseJson.general(decision);
  }

  private static String basis(String basis) {
    return basis.isBlank() ? "" : "（" + basis + "）";
  }
}
