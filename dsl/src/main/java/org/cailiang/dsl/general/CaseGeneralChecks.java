package org.cailiang.dsl.general;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.eval.CaseOutcome;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.model.CaseGeneral;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.TestCase;
import org.cailiang.dsl.model.Violation;

/**
 * Checks what a test case states for the general part ({@code general { … }}): a part the
 * violation uses, circumstances of that part, dates that are dates with the discovery not before
 * the act, and expected words that mean something. The runner then meets only sound cases.
 */
final class CaseGeneralChecks {
  private CaseGeneralChecks() {}

  /**
   * The first day a standard no longer decides an act, and why: a later version took effect, or
   * the standard was repealed.
   */
  record End(LocalDate day, java.util.function.Function<LocalDate, String> why) {}

  static void check(Standard standard, List<GeneralPart> generals, Optional<End> end,
      Diagnostics out) {
    java.util.Set<String> generalIds = new java.util.HashSet<>();
    generals.forEach(part -> generalIds.add(part.id()));
    for (Violation violation : standard.violations()) {
      for (TestCase testCase : violation.cases()) {
        testCase.general().ifPresent(general -> check(standard, violation,
            Generals.of(standard, violation, generals), general, end, generalIds, out));
      }
    }
  }

  /**
   * Whether the standard or the violation's regulation uses a general part no file declares: that
   * is reported (unknown-general), and each case's "no general part applies" would only repeat it
   * (integrator's review: one real error, then five of these).
   */
  static boolean namesAnUnknownPart(Standard standard, Violation violation,
      java.util.Set<String> generalIds) {
    List<Ref> named = new java.util.ArrayList<>(standard.uses());
    standard.regulation(violation.regulation()).ifPresent(r -> named.addAll(r.uses()));
    return named.stream().anyMatch(ref -> !generalIds.contains(ref.name()));
  }

  private static void check(Standard standard, Violation violation, Optional<GeneralPart> part,
      CaseGeneral general, Optional<End> end, java.util.Set<String> generalIds, Diagnostics out) {
    if (part.isEmpty() && !namesAnUnknownPart(standard, violation, generalIds)) {
      out.error(general.span(), "case", "标准 " + standard.id() + " 的违法行为 " + violation.codes()
          + " 没有适用的总则（uses）：用例的 general 无从适用");
    } else if (part.isPresent()) {
      boolean known = true;
      for (Ref circumstance : general.circumstances()) {
        if (part.get().circumstance(circumstance.name()).isEmpty()) {
          known = false;
          out.error(circumstance.span(), "case", "未知的总则情节 " + circumstance.name() + "：违法行为 "
              + violation.codes() + " 适用的总则中可用 " + part.get().circumstances().stream()
                  .map(c -> c.id() + "（" + c.label() + "）").collect(Collectors.joining("、")));
        }
      }
      if (known && !general.circumstances().isEmpty()) {
        List<String> ids = general.circumstances().stream()
            .map(ref -> part.get().circumstance(ref.name()).orElseThrow().id()).toList();
        GeneralLowering.rules(standard, part.get()).contradiction(ids).ifPresent(why ->
            out.error(general.circumstances().get(0).span(), "contradictory-case",
                "用例的总则情节不是可能的案件：" + why));
      }
    }
    Optional<LocalDate> act = general.act().flatMap(ref -> date(ref, "行为之日", out));
    Optional<LocalDate> discovered = general.discovered().flatMap(ref -> date(ref, "发现之日", out));
    general.discovered().ifPresent(ref -> {
      if (general.act().isEmpty()) {
        out.error(ref.span(), "case", "发现之日（discovered）须与行为之日（act）一起给出：追责时效从违法行为发生之日起算"
            + "（行政处罚法第三十六条）");
      }
    });
    // The legal author's review: a case dated before the first version's first day passed, while
    // eval, choosing the version in force at the act (第三十七条), says the standard does not
    // decide it. A later version may be lighter than its predecessor and decide older acts.
    if (act.isPresent() && standard.supersedes().isEmpty() && standard.effective().isPresent()
        && act.get().isBefore(standard.effective().get())) {
      out.error(general.act().get().span(), "case", "行为之日 " + act.get() + " 早于标准 " + standard.id()
          + " 的施行日期 " + standard.effective().get() + "，它也没有取代更早的版本：eval 不会用本标准裁量此案"
          + "（《中华人民共和国行政处罚法》第三十七条，由执法人员依当时的规定判断）");
    }
    // Legal re-review: eval does not decide an act before its violation's law took effect
    // (NOT_COVERED_AT_ACT), so a case dated then asserts what eval never gives.
    Optional<LocalDate> lawFrom = standard.regulation(violation.regulation())
        .flatMap(r -> r.validity().effective());
    if (act.isPresent() && lawFrom.isPresent() && act.get().isBefore(lawFrom.get())) {
      out.error(general.act().get().span(), "case", "行为之日 " + act.get() + " 早于违法行为 "
          + violation.codes() + " 所在法规的施行日期 " + lawFrom.get() + "：该行为发生时还不是这部法规规定的违法行为，"
          + "eval 不作裁量（法不溯及既往）");
    }
    // Hostile re-check: a case dated after today passed check and failed test, by the clock.
    LocalDate today = org.cailiang.runtime.internal.ChinaDay.today();
    for (Optional<LocalDate> day : List.of(act, discovered)) {
      if (day.isPresent() && day.get().isAfter(today)) {
        out.error(general.span(), "case", "用例的日期 " + day.get() + " 晚于今天（" + today
            + "，北京时间）：违法行为不能在将来发生或被发现");
      }
    }
    // The legal author's review: a case of a superseded version dated after its successor took
    // effect passed `test`, while eval decides such an act under the successor (第三十七条).
    if (act.isPresent() && end.isPresent() && !act.get().isBefore(end.get().day())) {
      out.error(general.act().get().span(), "case", "行为之日 " + act.get() + " 时，标准 " + standard.id()
          + " " + end.get().why().apply(act.get()));
    }
    if (act.isPresent() && discovered.isPresent() && discovered.get().isBefore(act.get())) {
      out.error(general.discovered().get().span(), "case", "发现之日 " + discovered.get()
          + " 早于违法行为发生之日 " + act.get());
    }
    general.fine().ifPresent(fine -> {
      if (fine.signum() <= 0) {
        out.error(general.span(), "case", "拟罚款数额须为正数，不能是 " + fine.toPlainString());
      } else if (fine.stripTrailingZeros().scale() > 2) {
        // The runtime refuses it (GeneralFacts): said here, not only when the case runs.
        out.error(general.span(), "case", "拟罚款精度不能小于分（0.01元）：" + fine.toPlainString());
      }
    });
    general.verdict().ifPresent(verdict -> {
      if (CaseGeneral.Verdict.of(verdict.name()).isEmpty()) {
        out.error(verdict.span(), "case", "未知的结论 " + verdict.name() + "：应为 "
            + Arrays.stream(CaseGeneral.Verdict.values()).map(CaseGeneral.Verdict::word)
                .collect(Collectors.joining("、")));
      }
    });
    for (Ref option : general.options()) {
      if (Arrays.stream(Effect.Kind.values()).noneMatch(k -> k.label().equals(option.name()))) {
        out.error(option.span(), "case", "未知的处罚效果 " + option.name() + "：应为 "
            + Arrays.stream(Effect.Kind.values()).map(Effect.Kind::label)
                .collect(Collectors.joining("、")));
      }
    }
    for (CaseGeneral.ExpectedProcedure expected : general.procedures()) {
      if (ProcedureRule.Procedure.of(expected.procedure().name()).isEmpty()) {
        out.error(expected.procedure().span(), "case", "未知的程序 " + expected.procedure().name()
            + "：可用 " + ProcedureRule.Procedure.WORDS);
      }
      if (Arrays.stream(CaseOutcome.Status.values())
          .noneMatch(s -> s.label().equals(expected.status().name()))) {
        out.error(expected.status().span(), "case", "未知的程序标记 " + expected.status().name()
            + "：应为 " + Arrays.stream(CaseOutcome.Status.values()).map(CaseOutcome.Status::label)
                .collect(Collectors.joining("、")));
      }
    }
  }

  private static Optional<LocalDate> date(Ref ref, String what, Diagnostics out) {
    try {
      return Optional.of(org.cailiang.dsl.parse.IsoDates.parse(ref.name().strip()));
    } catch (DateTimeParseException e) {
      out.error(ref.span(), "case", org.cailiang.dsl.parse.IsoDates.problem(what, ref.name()));
      return Optional.empty();
    }
  }
}
