package org.cailiang.dsl.analysis;

import java.util.List;
import java.util.function.Predicate;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The kinds of sanction a tier's official text says must be its sanctions' kinds, as its numbers
 * must be its amounts (legal author: a text of 没收违法所得 beside a tier without a confiscation,
 * and a tier's 责令停产停业整顿 its text did not say, both passed).
 */
final class TextKinds {
  private TextKinds() {}

  /**
   * One kind: its word, whether a sanction is of it, whether a text imposes it (not 经警告后…, not
   * another authority's), and whether a text mentions it at all.
   */
  private record Kind(String word, Predicate<SanctionSpec> of, Predicate<String> imposed,
      Predicate<String> mentioned) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("警告", SanctionSpec.Warning.class::isInstance,
          text -> StatuteText.ownAction(StatuteText.WARNING, text), text -> text.contains("警告")),
      new Kind("通报批评", SanctionSpec.Criticism.class::isInstance,
          text -> text.contains("通报批评"), text -> text.contains("通报批评")),
      new Kind("拘留", SanctionSpec.Detention.class::isInstance,
          text -> StatuteText.ownAction(StatuteText.DETENTION, text), text -> text.contains("拘留")),
      new Kind("没收", SanctionSpec.Confiscation.class::isInstance,
          text -> StatuteText.ownAction(StatuteText.CONFISCATION, text), text -> text.contains("没收")),
      new Kind("吊销", s -> s instanceof SanctionSpec.Licence licence && licence.revoke(),
          text -> StatuteText.ownAction(StatuteText.REVOCATION, text), text -> text.contains("吊销")),
      new Kind("暂扣", s -> s instanceof SanctionSpec.Licence licence && !licence.revoke(),
          text -> StatuteText.ownAction(StatuteText.SUSPENSION, text), text -> text.contains("暂扣")),
      new Kind("责令停产停业", SanctionSpec.Suspension.class::isInstance,
          text -> StatuteText.ownAction(StatuteText.STOPPING, text),
          text -> text.contains("停产") || text.contains("停业") || text.contains("关闭") || text.contains("停止")));

  static void run(Violation violation, Reporter reporter) {
    for (Tier tier : violation.tiers()) {
      if (tier.text().isBlank()) {
        continue;
      }
      List<SanctionSpec> sanctions = SanctionSpec.flat(tier.sanctions());
      for (Kind kind : KINDS) {
        boolean structured = sanctions.stream().anyMatch(kind.of());
        if (!structured && kind.imposed().test(tier.text())) {
          reporter.report(Severity.WARNING, violation, tier, tier.textSpan(), "text-mismatch",
              "阶次 " + Cells.tier(tier) + " 的裁量基准原文写有" + kind.word() + "，结构化的处罚中没有");
        } else if (structured && !kind.mentioned().test(tier.text())) {
          reporter.report(Severity.WARNING, violation, tier, tier.textSpan(), "text-mismatch",
              "阶次 " + Cells.tier(tier) + " 结构化的处罚中有" + kind.word() + "，裁量基准原文中没有");
        }
      }
    }
  }
}
