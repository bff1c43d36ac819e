package org.cailiang.dsl.analysis;

import java.util.List;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
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
    for (Standard standard : standards) {
      // Violations are independent: analysed in parallel, each into its own reporter, and
      // merged in source order (diagnostics are sorted by position in the end anyway).
      List<Diagnostics> found = standard.violations().parallelStream()
          .map(violation -> analyze(standard, violation))
          .toList();
      found.forEach(diagnostics::addAll);
    }
  }

  private static Diagnostics analyze(Standard standard, Violation violation) {
    Diagnostics diagnostics = new Diagnostics();
    Reporter reporter = new Reporter(diagnostics);
    Explorer explorer = new Explorer(violation);
    List<Cell> cells = explorer.cells();
    if (explorer.truncated()) {
      reporter.report(Severity.WARNING, violation, null, violation.span(), "analysis-limit",
          "违法行为 " + violation.codes() + " 的事实组合超过 " + Explorer.MAX_CELLS + " 类，覆盖与法定幅度审查未完成；请拆分该违法行为");
    } else {
      CoverageChecks.run(violation, cells, reporter);
      new EnvelopeChecks(standard, violation, reporter).run(cells);
      RangeChecks.unreachable(violation, cells, reporter);
    }
    RangeChecks.severityOrder(violation, reporter);
    TextChecks.run(violation, reporter);
    reporter.unusedSuppressions(violation);
    return diagnostics;
  }
}
