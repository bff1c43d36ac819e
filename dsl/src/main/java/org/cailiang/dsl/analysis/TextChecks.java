package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * The structured numbers must say what the official text says: the amounts, days and multiples
 * of a tier's text are compared with its sanctions, catching what goes wrong when a Word table
 * is typed into code.
 */
final class TextChecks {
  private TextChecks() {}

  static void run(Violation violation, Reporter reporter) {
    TreeSet<BigDecimal> statuteConstants = new TreeSet<>();
    violation.statute().forEach(clause -> constants(clause.condition(), statuteConstants));
    for (Tier tier : violation.tiers()) {
      if (tier.text().isBlank()) {
        continue;
      }
      TextNumbers text = TextNumbers.of(tier.text());
      TextNumbers structured = new TextNumbers();
      collect(tier.sanctions(), structured);
      TreeSet<BigDecimal> thresholds = new TreeSet<>(statuteConstants);
      constants(tier.condition(), thresholds);
      compare(violation, tier, "金额", stated(text.money, text.moneyThresholds, thresholds), text.money,
          structured.money, Amounts::format, reporter);
      // Days of detention only: 责令十五日以内改正, 整改期限为十五日 are time limits (re-check).
      TreeSet<BigDecimal> detention = StatuteText.detentionDays(tier.text());
      compare(violation, tier, "天数", detention, detention, structured.days, d -> Amounts.plain(d) + "日", reporter);
      compare(violation, tier, "倍数", stated(text.factors, text.factorThresholds, thresholds), text.factors,
          structured.factors, TextChecks::factor, reporter);
    }
  }

  /** The numbers a condition compares facts with, stripped of trailing zeros like the text's. */
  private static void constants(Condition condition, TreeSet<BigDecimal> into) {
    Domains.atoms(condition, atom -> Splits.constants(atom).forEach(c -> into.add(c.stripTrailingZeros())));
  }

  /**
   * The numbers of the text that must appear among the sanctions: a threshold of the
   * circumstance (违法所得5000元以上的) that a condition tests is the condition, not a sanction.
   */
  private static TreeSet<BigDecimal> stated(TreeSet<BigDecimal> all, TreeSet<BigDecimal> onlyAsThreshold,
      TreeSet<BigDecimal> conditionConstants) {
    TreeSet<BigDecimal> stated = new TreeSet<>(all);
    onlyAsThreshold.stream().filter(conditionConstants::contains).forEach(stated::remove);
    return stated;
  }

  static String factor(BigDecimal value) {
    return value.compareTo(BigDecimal.ONE) < 0 ? Amounts.plain(value.movePointRight(2)) + "%" : Amounts.plain(value) + "倍";
  }

  static void collect(List<SanctionSpec> sanctions, TextNumbers into) {
    Collector collector = new Collector(into);
    sanctions.forEach(sanction -> sanction.accept(collector));
  }

  /** Adds the numbers a sanction states to {@code into}; most kinds state none. */
  private record Collector(TextNumbers into) implements SanctionSpec.Visitor<Void> {
    @Override
    public Void visitFine(SanctionSpec.Fine fine) {
      return fine.amount().accept(new SanctionSpec.AmountVisitor<Void>() {
        @Override
        public Void visitYuan(SanctionSpec.Yuan yuan) {
          add(into.money, yuan.min());
          add(into.money, yuan.max());
          return null;
        }

        @Override
        public Void visitMultiple(SanctionSpec.Multiple multiple) {
          add(into.factors, multiple.minFactor());
          add(into.factors, multiple.maxFactor());
          return null;
        }
      });
    }

    @Override
    public Void visitDetention(SanctionSpec.Detention detention) {
      if (detention.minDays() > 0) {
        add(into.days, BigDecimal.valueOf(detention.minDays()));
      }
      add(into.days, BigDecimal.valueOf(detention.maxDays()));
      return null;
    }

    @Override
    public Void visitAlternative(SanctionSpec.Alternative alternative) {
      alternative.options().forEach(option -> option.accept(this));
      return null;
    }

    @Override
    public Void visitWarning(SanctionSpec.Warning warning) {
      return null;
    }

    @Override
    public Void visitCriticism(SanctionSpec.Criticism criticism) {
      return null;
    }

    @Override
    public Void visitOrder(SanctionSpec.Order order) {
      return null;
    }

    @Override
    public Void visitConfiscation(SanctionSpec.Confiscation confiscation) {
      return null;
    }

    @Override
    public Void visitLicence(SanctionSpec.Licence licence) {
      return null;
    }

    @Override
    public Void visitSuspension(SanctionSpec.Suspension suspension) {
      return null;
    }

    @Override
    public Void visitReferral(SanctionSpec.Referral referral) {
      return null;
    }

    @Override
    public Void visitExempt(SanctionSpec.Exempt exempt) {
      return null;
    }
  }

  private static void add(TreeSet<BigDecimal> set, BigDecimal value) {
    if (value != null) {
      set.add(value.stripTrailingZeros());
    }
  }

  /**
   * Reports the numbers of {@code inText} missing from the sanctions, and the sanctions' numbers
   * missing from {@code anywhereInText} (thresholds included: an amount the text does write is
   * not reported as absent from it).
   */
  private static void compare(Violation violation, Tier tier, String what, TreeSet<BigDecimal> inText,
      TreeSet<BigDecimal> anywhereInText, TreeSet<BigDecimal> inSanctions, Function<BigDecimal, String> show,
      Reporter reporter) {
    for (BigDecimal value : inText) {
      if (!inSanctions.contains(value)) {
        reporter.report(Severity.WARNING, violation, tier, tier.textSpan(), "text-mismatch",
            "阶次 " + Cells.tier(tier) + " 的裁量基准原文写有" + what + " " + show.apply(value) + "，结构化的处罚中没有"
                + listing(what, inSanctions, show));
      }
    }
    for (BigDecimal value : inSanctions) {
      if (!anywhereInText.contains(value)) {
        reporter.report(Severity.WARNING, violation, tier, tier.textSpan(), "text-mismatch",
            "阶次 " + Cells.tier(tier) + " 结构化的处罚中有" + what + " " + show.apply(value) + "，裁量基准原文中没有"
                + listing(what, anywhereInText, show).replace("结构化处罚", "原文"));
      }
    }
  }

  private static String listing(String what, TreeSet<BigDecimal> values, Function<BigDecimal, String> show) {
    if (values.isEmpty()) {
      return "";
    }
    return "（结构化处罚中的" + what + "：" + String.join("、", values.stream().map(show).toList()) + "）";
  }
}
