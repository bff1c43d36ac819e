package org.cailiang.dsl.general;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Adjustment;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.eval.GeneralLowering;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralExclusion;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.ProcedureRule;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.GeneralRules;

/** The checks of general parts, each declared part alone and as each standard lays them over. */
public final class GeneralChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GeneralChecks() {}

  public static void check(List<Standard> standards, List<GeneralPart> generals, Diagnostics out) {
    check(standards, generals, Set.of(), out);
  }

  /**
   * The checks, knowing which general parts' files the compiler found next to the standards.
   *
   * @param standards the standards compiled
   * @param generals every general part declared
   * @param filesFound the general parts whose file, next to a standard using them, was found and
   *     read (so an unknown one there is not called missing)
   * @param out where the findings go
   */
  public static void check(List<Standard> standards, List<GeneralPart> generals,
      Set<String> filesFound, Diagnostics out) {
    Set<String> seen = new HashSet<>();
    Set<String> referenced = new HashSet<>();
    Set<SourceSpan> reported = new HashSet<>();
    for (GeneralPart general : generals) {
      if (!seen.add(general.id())) {
        out.error(general.span(), "duplicate-general", "总则 " + general.id() + " 重复声明");
      }
      general.limitations().forEach(l -> l.when().ifPresent(r -> referenced.add(r.name())));
      general.procedures().forEach(p -> p.when().ifPresent(r -> referenced.add(r.name())));
      checkPart(general, out);
      contradictions(general, reported, out);
    }
    for (GeneralPart general : generals) {
      for (GeneralCircumstance circumstance : general.circumstances()) {
        if (circumstance.effect().isEmpty() && circumstance.implies().isEmpty()
            && !referenced.contains(circumstance.id())) {
          out.warning(circumstance.span(), "unused-circumstance", "情节 " + circumstance.id()
              + " 既没有处罚效果，也没有推出其他情节（implies），也没有被时效或程序规则引用：设置它不会改变任何结果");
        }
      }
    }
    Map<String, GeneralPart> byId = Generals.byId(generals);
    for (Standard standard : standards) {
      List<Ref> named = new java.util.ArrayList<>(standard.uses());
      standard.regulations().forEach(regulation -> named.addAll(regulation.uses()));
      for (Ref ref : named) {
        if (!byId.containsKey(ref.name())) {
          // Say where the compiler looked, so the author can tell a misspelt name from a file
          // that is not where the lookup expects it (StandardCompiler's sibling rule).
          java.nio.file.Path sibling = java.nio.file.Path.of(ref.span().path())
              .resolveSibling(ref.name() + ".cailiang");
          // The file may be there and have failed to compile (its own errors are reported).
          String there = filesFound.contains(ref.name())
              ? "；使用它的标准旁的文件 " + sibling + " 没有声明它，或者有错误（见该文件的报错）"
              : "，使用它的标准旁也没有文件 " + sibling;
          out.error(ref.span(), "unknown-general", "未知的总则 " + ref.name()
              + "：同时编译的文件中没有 general " + ref.name() + there);
        }
      }
      checkReach(standard, byId, out);
      CaseGeneralChecks.check(standard, generals, end(standard, standards), out);
      CircumstanceExclusives.check(standard, generals, out);
      // The standard's own list, then each distinct list as the violations using it see it.
      Generals.of(standard, generals).ifPresent(layered -> checkLayered(layered, reported, out));
      Generals.scopes(standard, generals)
          .forEach(scope -> checkLayered(scope.part(), reported, out));
    }
  }

  /**
   * When the standard no longer decides an act: from its successor's effective date (the
   * successors compiled with it, in order: the version in force at the act is named), else from
   * its own repeal date; empty when neither is known.
   */
  private static Optional<CaseGeneralChecks.End> end(Standard standard, List<Standard> standards) {
    List<Standard> successors = new java.util.ArrayList<>();
    Standard current = standard;
    for (Optional<Standard> next = successor(current, standards); next.isPresent()
        && next.get().validity().effective().isPresent() && !successors.contains(next.get());
        next = successor(current, standards)) {
      successors.add(next.get());
      current = next.get();
    }
    if (!successors.isEmpty()) {
      return Optional.of(new CaseGeneralChecks.End(successors.get(0).validity().effective().get(),
          act -> {
            // The last successor in force at the act: re-review, a v1 case in v3's time named v2.
            Standard inForce = successors.get(0);
            for (Standard later : successors) {
              if (!act.isBefore(later.validity().effective().get())) {
                inForce = later;
              }
            }
            return "已被 " + inForce.id() + " 取代（" + inForce.id() + " 自 "
                + inForce.validity().effective().get() + " 施行）：eval 用行为时有效的 " + inForce.id()
                + " 裁量此案，本用例应写在 " + inForce.id() + " 中";
          }));
    }
    return standard.validity().repealed().map(day -> new CaseGeneralChecks.End(day,
        act -> "自 " + day + " 废止：eval 不会用本标准裁量此案"));
  }

  private static Optional<Standard> successor(Standard standard, List<Standard> standards) {
    return standards.stream()
        .filter(next -> next.supersedes().filter(ref -> ref.name().equals(standard.id())).isPresent())
        .findFirst();
  }

  /** A part named where no violation can use it changes no decision: a mistake of placement. */
  private static void checkReach(Standard standard, Map<String, GeneralPart> byId, Diagnostics out) {
    for (Regulation regulation : standard.regulations()) {
      if (regulation.violations().isEmpty()) {
        regulation.uses().stream().filter(ref -> byId.containsKey(ref.name())).forEach(ref ->
            out.warning(ref.span(), "unused-general", "总则 " + ref.name()
                + " 没有适用于任何违法行为：法规 " + regulation.id() + " 中没有违法行为"));
      }
    }
  }

  private static void checkPart(GeneralPart general, Diagnostics out) {
    StatutoryGeneralRules.check(general, out);
    for (GeneralCircumstance circumstance : general.circumstances()) {
      Optional<Effect> effect = circumstance.effect();
      if (effect.isPresent() && effect.get().kind() == Effect.Kind.WAIVE
          && circumstance.basis().isBlank()) {
        out.error(circumstance.span(), "waiver-without-basis", "不予处罚的情节 " + circumstance.id()
            + " 没有法律依据：不予处罚须有法定情形（行政处罚法第三十条、第三十一条、第三十三条），请用 basis 写明");
      }
      if (effect.isPresent() && effect.get().kind() == Effect.Kind.NOT_EXECUTED
          && circumstance.onlyFor().orElse(null) == org.cailiang.dsl.model.PartyKind.ORGANIZATION) {
        out.error(circumstance.span(), "detention-party", "情节 " + circumstance.id()
            + " 不执行行政拘留，却只适用于法人或者其他组织：拘留限制人身自由，只能对自然人适用，这个情节不会有任何作用");
      }
      boolean notForPersons = circumstance.onlyFor().isEmpty()
          || circumstance.onlyFor().get() == org.cailiang.dsl.model.PartyKind.ORGANIZATION;
      if (effect.isPresent() && notForPersons && ofPersons(circumstance.label())) {
        out.warning(circumstance.span(), "person-circumstance", "情节 " + circumstance.id() + "「"
            + circumstance.label() + "」只可能是自然人的情况（年龄、精神或者生理状况，如行政处罚法第三十条、第三十一条）：请写 for person，"
            + "否则单位案件中单位的处罚也会因它从轻、减轻或者不予");
      }
    }
    for (GeneralCircumstance circumstance : general.circumstances()) {
      Set<String> implied = new HashSet<>();
      for (Ref ref : circumstance.implies()) {
        if (ref.name().equals(circumstance.id())) {
          out.error(ref.span(), "implies", "情节 " + circumstance.id() + " 不能亦属它自己（implies）");
        } else if (!implied.add(ref.name())) {
          out.error(ref.span(), "implies", "情节 " + ref.name() + " 在 implies 中重复");
        }
      }
    }
    for (GeneralExclusion exclusion : general.exclusions()) {
      if (exclusion.circumstances().size() < 2) {
        out.error(exclusion.span(), "exclusive", "互斥声明（exclusive）至少要列出两个情节");
      }
      Set<String> listed = new HashSet<>();
      for (Ref ref : exclusion.circumstances()) {
        if (!listed.add(ref.name())) {
          out.error(ref.span(), "exclusive", "情节 " + ref.name() + " 在互斥声明中重复");
        }
      }
    }
    for (Adjustment adjustment : general.adjustments()) {
      checkAdjustment(adjustment, out);
    }
    for (ProcedureRule rule : general.procedures()) {
      rule.threshold().ifPresent(threshold -> {
        if (threshold.amount().signum() <= 0) {
          out.error(threshold.span(), "threshold-not-positive", rule.procedure().label()
              + "的罚款数额标准须为正数，不能是 " + threshold.amount().toPlainString());
        }
      });
    }
  }

  /** Words only a natural person's circumstance uses: age, mind, disability, pregnancy. */
  private static final List<String> PERSONS_WORDS =
      List.of("岁", "未成年", "精神", "智力残疾", "盲人", "聋", "哑", "怀孕", "哺乳");

  private static boolean ofPersons(String label) {
    return PERSONS_WORDS.stream().anyMatch(label::contains);
  }

  private static void checkAdjustment(Adjustment adjustment, Diagnostics out) {
    Adjustment.Mode expected = switch (adjustment.effect()) {
      case HEAVIER -> Adjustment.Mode.UPPER;
      case REDUCED -> Adjustment.Mode.FLOOR;
      default -> Adjustment.Mode.LOWER;
    };
    if (adjustment.effect() == Effect.Kind.WAIVE || adjustment.effect() == Effect.Kind.NOT_EXECUTED
        || adjustment.effect() == Effect.Kind.LIGHTER_OR_REDUCED || adjustment.mode() != expected) {
      out.error(adjustment.span(), "adjustment-mode", "调整规则不合法：从轻用 lower（幅度下段），"
          + "从重用 upper（幅度上段），减轻用 floor（低于最低限，直至所写比例）；不予、从轻或者减轻与不执行行政拘留没有自己的调整规则");
      return;
    }
    BigDecimal percent = adjustment.percent();
    boolean floor = adjustment.mode() == Adjustment.Mode.FLOOR;
    if (floor ? percent.compareTo(HUNDRED) >= 0 : percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
      out.error(adjustment.span(), "adjustment-out-of-range", floor
          ? "减轻的下限须低于法定最低限（0% 至 100% 之间，不含 100%），不能是 " + percent.toPlainString() + "%"
          : adjustment.effect().label() + "后的幅度须在阶次的法定幅度以内（比例大于 0% 且不超过 100%），"
              + "否则会超出法定最高限或者最低限：不能是 " + percent.toPlainString() + "%");
    }
  }

  /**
   * The most circumstances one general part, as laid over, may have: the generated class holds
   * them in one constant and one enum, which the JVM's 64 KB per method bounds (2,000 did not
   * compile). Real general parts have a few dozen.
   */
  static final int MAX_CIRCUMSTANCES = 1000;

  private static void checkLayered(GeneralPart layered, Set<SourceSpan> reported, Diagnostics out) {
    if (layered.circumstances().size() > MAX_CIRCUMSTANCES) {
      GeneralCircumstance first = layered.circumstances().get(MAX_CIRCUMSTANCES);
      if (reported.add(first.span())) {
        out.error(first.span(), "too-many-circumstances", "总则 " + layered.title() + " 的情节过多：最多 "
            + MAX_CIRCUMSTANCES + " 个，实有 " + layered.circumstances().size() + " 个");
      }
    }
    boolean lighter = false;
    GeneralCircumstance heavier = null;
    for (GeneralCircumstance circumstance : layered.circumstances()) {
      if (circumstance.effect().isEmpty()) {
        continue;
      }
      Effect.Kind kind = circumstance.effect().get().kind();
      lighter |= kind.lighter();
      if (kind == Effect.Kind.HEAVIER && heavier == null) {
        heavier = circumstance;
      }
      boolean reduces = kind == Effect.Kind.REDUCED || kind == Effect.Kind.LIGHTER_OR_REDUCED;
      if (reduces && layered.adjustment(Effect.Kind.REDUCED).isEmpty()
          && reported.add(circumstance.span())) {
        out.error(circumstance.span(), "reduction-without-floor", "情节 " + circumstance.id()
            + " 有减轻处罚的效果，但所用总则没有写减轻的下限（adjust 减轻 floor …%）：减轻是在法定最低限以下处罚，须写明降到哪里");
      }
      boolean moves = kind == Effect.Kind.LIGHTER || kind == Effect.Kind.HEAVIER
          || kind == Effect.Kind.LIGHTER_OR_REDUCED;
      Effect.Kind rule = kind == Effect.Kind.HEAVIER ? Effect.Kind.HEAVIER : Effect.Kind.LIGHTER;
      if (moves && layered.adjustment(rule).isEmpty() && reported.add(circumstance.span())) {
        out.error(circumstance.span(), "adjustment-missing", "情节 " + circumstance.id() + " "
            + rule.label() + "处罚，但所用总则没有写" + rule.label() + "的规则（adjust " + rule.label()
            + (rule == Effect.Kind.HEAVIER ? " upper" : " lower") + " …%）");
      }
    }
    if (lighter && heavier != null && layered.combination().isEmpty() && reported.add(heavier.span())) {
      out.error(heavier.span(), "contradictory-effects", "所用总则既有从轻或者减轻的情节，又有从重的情节 "
          + heavier.id() + "，但没有写两者同时存在时如何处理（combine offset 或 combine heavier_first）");
    }
    for (Limitation limitation : layered.limitations()) {
      limitation.when().ifPresent(ref -> unknown(layered, ref, reported, out));
    }
    for (ProcedureRule rule : layered.procedures()) {
      rule.when().ifPresent(ref -> unknown(layered, ref, reported, out));
    }
    layered.circumstances().forEach(c -> c.implies().forEach(ref -> unknown(layered, ref, reported, out)));
    layered.exclusions().forEach(e -> e.circumstances().forEach(ref -> unknown(layered, ref, reported, out)));
    contradictions(layered, reported, out);
    if (!layered.limitations().isEmpty()
        && layered.limitations().stream().allMatch(l -> l.when().isPresent())
        && reported.add(layered.limitations().get(0).span())) {
      out.error(layered.limitations().get(0).span(), "limitation-without-default",
          "时效只写了附条件的期限，缺少一般期限（如 limitation 2 years，行政处罚法第三十六条）");
    }
  }

  /**
   * A circumstance whose implications break an exclusion can never be a case's: checked on each
   * part as declared and on each combination a standard lays over (a later part's exclusions
   * meet an earlier part's implications).
   */
  private static void contradictions(GeneralPart part, Set<SourceSpan> reported, Diagnostics out) {
    if (part.exclusions().isEmpty()) {
      return;
    }
    GeneralRules rules = GeneralLowering.rules(part);
    for (GeneralCircumstance circumstance : part.circumstances()) {
      rules.contradiction(List.of(circumstance.id())).filter(why -> reported.add(circumstance.span()))
          .ifPresent(why -> out.error(circumstance.span(), "contradictory-circumstance", "情节 "
              + circumstance.id() + " 不可能成立：" + why));
    }
  }

  private static void unknown(GeneralPart layered, Ref ref, Set<SourceSpan> reported, Diagnostics out) {
    if (layered.circumstances().stream().noneMatch(c -> c.id().equals(ref.name()))
        && reported.add(ref.span())) {
      out.error(ref.span(), "unknown-circumstance", "未知的情节 " + ref.name() + "：须在所用总则中以 circumstance 声明");
    }
  }
}
