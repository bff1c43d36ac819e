package org.cailiang.dsl.analysis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.Suppression;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The analysis' way to the one diagnostics reporter. A warning or an info whose check is
 * suppressed in its tier or violation is dropped; an error never is. Suppressions that drop
 * nothing are reported, so stale ones do not pile up.
 */
final class Reporter {
  private final Diagnostics diagnostics;
  private final Map<Suppression, Boolean> used = new IdentityHashMap<>();

  Reporter(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A warning about a violation, or about one of its tiers when {@code tier} is not null. */
  void report(Severity severity, Violation violation, Tier tier, SourceSpan span, String check, String message) {
    if (severity != Severity.ERROR && (suppressed(tier == null ? List.of() : tier.suppressions(), check)
        | suppressed(violation.suppressions(), check))) {
      return;
    }
    diagnostics.add(new org.cailiang.dsl.diag.Diagnostic(span, severity, check, message));
  }

  private boolean suppressed(List<Suppression> suppressions, String check) {
    boolean any = false;
    for (Suppression suppression : suppressions) {
      if (suppression.check().equals(check)) {
        used.put(suppression, true);
        any = true;
      }
    }
    return any;
  }

  /** Warns of every suppression of the violation and its tiers that dropped nothing. */
  void unusedSuppressions(Violation violation) {
    violation.suppressions().forEach(this::warnIfUnused);
    violation.tiers().forEach(t -> t.suppressions().forEach(this::warnIfUnused));
  }

  private void warnIfUnused(Suppression suppression) {
    if (used.containsKey(suppression)) {
      return;
    }
    String check = suppression.check();
    String message;
    if (CheckNames.NOT_SUPPRESSIBLE.contains(check)) {
      message = "suppress \"" + check + "\" 无效：" + check + " 不是可以抑制的警告或提示，错误一律不能抑制，必须改正";
    } else if (!CheckNames.SUPPRESSIBLE.contains(check)) {
      List<String> near = CheckNames.nearest(check);
      message = "suppress \"" + check + "\" 无效：没有名为 " + check + " 的检查"
          + (near.isEmpty() ? "；可以抑制的检查有：" + String.join("、", CheckNames.SUPPRESSIBLE.stream().sorted().toList())
              : "；是否应为 " + String.join("、", near) + "？");
    } else {
      message = "suppress \"" + check + "\" 没有抑制任何警告，可以删除";
    }
    diagnostics.warning(suppression.span(), "unused-suppression", message);
  }
}
