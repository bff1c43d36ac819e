package org.cailiang.dsl.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The limits of 行政拘留 in 治安管理处罚法 (2025年修订): for one act the law sets at most
 * 十日以上十五日以下 (the highest range of its 分则, e.g. 第六十五条), and detentions executed
 * together last at most 二十日 (第十六条). A statute clause or tier above 15 days, or a tier whose
 * detentions of one party add up to more than 20, is an error.
 */
final class DetentionLimits {
  static final long PER_ACT = 15;
  static final long COMBINED = 20;

  private DetentionLimits() {}

  static void run(Standard standard, Violation violation, Reporter reporter) {
    for (StatuteClause clause : violation.statute()) {
      perAct(standard, violation, null, clause.sanction(), reporter);
    }
    for (Tier tier : violation.tiers()) {
      tier.sanctions().forEach(s -> perAct(standard, violation, tier, s, reporter));
      combined(standard, violation, tier, reporter);
    }
  }

  private static void perAct(Standard standard, Violation violation, Tier tier, SanctionSpec sanction,
      Reporter reporter) {
    for (SanctionSpec.Detention detention : detentions(sanction)) {
      if (detention.maxDays() > PER_ACT) {
        reporter.report(Severity.ERROR, violation, tier, detention.span(), "detention-limit",
            (tier == null ? "法定幅度中" : "阶次 " + Cells.tier(tier) + " ") + "的" + Kinds.name(standard, detention)
                + "上限 " + detention.maxDays() + "日 超过十五日：《治安管理处罚法》对一个违反治安管理行为"
                + "规定的拘留最高为十日以上十五日以下（如第六十五条），合并执行最长也不超过二十日（第十六条）");
      }
    }
  }

  /**
   * Adds up the upper bounds of a tier's detentions per party (of an {@code either}, the longest
   * option) and reports the detention that takes the sum above 20 days.
   */
  private static void combined(Standard standard, Violation violation, Tier tier, Reporter reporter) {
    Map<String, Long> days = new LinkedHashMap<>();
    for (SanctionSpec sanction : tier.sanctions()) {
      Map<String, SanctionSpec.Detention> longest = new LinkedHashMap<>();
      for (SanctionSpec.Detention detention : detentions(sanction)) {
        longest.merge(detention.party().name(), detention,
            (a, b) -> a.maxDays() >= b.maxDays() ? a : b);
      }
      for (SanctionSpec.Detention detention : longest.values()) {
        String party = detention.party().name();
        long before = days.getOrDefault(party, 0L);
        long after = before + detention.maxDays();
        days.put(party, after);
        if (before <= COMBINED && after > COMBINED) {
          reporter.report(Severity.ERROR, violation, tier, detention.span(), "detention-combined",
              "阶次 " + Cells.tier(tier) + " 对" + Kinds.label(standard, detention.party())
                  + "的拘留上限合计 " + after + "日，超过二十日：行政拘留处罚合并执行的，最长不超过二十日"
                  + "（《治安管理处罚法》第十六条）");
        }
      }
    }
  }

  /** The detentions a sanction may impose: itself, or the options of an {@code either}. */
  private static List<SanctionSpec.Detention> detentions(SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Detention detention) {
      return List.of(detention);
    }
    if (sanction instanceof SanctionSpec.Alternative alternative) {
      return alternative.options().stream().flatMap(o -> detentions(o).stream()).toList();
    }
    return List.of();
  }
}
