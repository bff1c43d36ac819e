package org.cailiang.dsl.analysis;

import java.util.List;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.general.Generals;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;

/**
 * Checks standards as a legal reviewer would: coverage and overlap of the tiers, the statutory
 * envelope, the reach of the statutory ranges, the order of severity, and the official texts
 * against the structured sanctions. Runs on standards that passed the checker.
 */
public final class Analyzer {
  private Analyzer() {}

  public static void analyze(List<Standard> standards, Diagnostics diagnostics) {
    analyze(standards, List.of(), diagnostics);
  }

  /** With the general parts the standards use, for the checks that need them. */
  public static void analyze(
      List<Standard> standards, List<GeneralPart> generals, Diagnostics diagnostics) {
    analyze(standards, generals, diagnostics, Explorer.MAX_CELLS);
  }

  static void analyze(List<Standard> standards, Diagnostics diagnostics, int maxCells) {
    analyze(standards, List.of(), diagnostics, maxCells);
  }

  /** With a limit of cells per violation other than the usual one, for tests of the limit. */
  private static void analyze(List<Standard> standards, List<GeneralPart> generals,
      Diagnostics diagnostics, int maxCells) {
    for (Standard standard : standards) {
      // Violations are independent: analysed in parallel, each into its own reporter, and
      // merged in source order (diagnostics are sorted by position in the end anyway).
      List<Diagnostics> found = standard.violations().parallelStream()
          .map(violation -> analyze(standard, violation, generals, maxCells))
          .toList();
      found.forEach(diagnostics::addAll);
      LevelChecks.undeclared(standard, diagnostics);
    }
  }

  private static Diagnostics analyze(
      Standard standard, Violation violation, List<GeneralPart> generals, int maxCells) {
    Diagnostics diagnostics = new Diagnostics();
    Reporter reporter = new Reporter(diagnostics);
    // Checks on cases see a sanction that depends on a fact only where it is imposed.
    Violation lowered = ConditionalTiers.lower(violation);
    Explorer explorer = new Explorer(lowered, maxCells);
    List<Cell> cells = explorer.cells();
    Violation living = explorer.truncated() ? lowered : ConditionalTiers.withoutDead(violation, lowered, cells);
    if (living != lowered) {
      lowered = living;
      explorer = new Explorer(lowered, maxCells);
      cells = explorer.cells();
    }
    if (explorer.truncated()) {
      // Checks that did not run found nothing: the standard must not pass as if they had, so
      // this is an error, which no suppress can drop.
      reporter.report(Severity.ERROR, violation, null, violation.span(), "analysis-limit",
          "分析超出上限：违法行为 " + violation.codes() + " 的事实组合超过 " + explorer.maxCells()
              + " 类" + (explorer.maxCells() < maxCells ? "（条件很长，每类的计算量大，上限相应降低）" : "")
              + "，覆盖、重叠与法定幅度审查未能完成；请拆分该违法行为或减少条件中的常数");
    } else {
      CoverageChecks.run(lowered, cells, reporter);
      new EnvelopeChecks(standard, lowered, reporter).run(cells);
      RangeChecks.unreachable(lowered, cells, reporter);
      GeneralRules.run(lowered, cells, reporter);
      new HigherLawChecks(standard, lowered, reporter).run();
    }
    GeneralRules.run(standard, violation, lowered, reporter);
    RangeChecks.severityOrder(violation, reporter);
    new LevelChecks(standard, violation, reporter).run();
    TextChecks.run(violation, reporter);
    TextKinds.run(violation, reporter);
    ThresholdWording.run(violation, reporter);
    ZeroFines.run(violation, reporter);
    StatuteText.run(standard, violation, reporter);
    TextModality.run(standard, violation, reporter);
    ReferralChecks.run(violation, reporter);
    ExclusiveHints.run(violation, Generals.of(standard, violation, generals), reporter);
    KindlessParties.run(standard, violation, Generals.of(standard, violation, generals), reporter);
    reporter.unusedSuppressions(violation);
    return diagnostics;
  }
}
