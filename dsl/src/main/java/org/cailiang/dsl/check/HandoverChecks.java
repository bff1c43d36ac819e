package org.cailiang.dsl.check;

import java.util.HashMap;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.Violation;

/** Checks the referrals of a violation: triggers that type-check, each referral written once. */
final class HandoverChecks {
  private HandoverChecks() {}

  static void check(Violation violation, ConditionTypes types, Diagnostics diagnostics) {
    Map<String, Handover> seen = new HashMap<>();
    for (Handover handover : violation.handovers()) {
      handover.trigger().ifPresent(types::check);
      Handover first = seen.putIfAbsent(handover.text(), handover);
      if (first != null) {
        diagnostics.error(handover.span(), "duplicate-referral", "移送「" + handover.text() + "」重复（首次声明于第 "
            + first.span().line() + " 行）");
      }
      if (handover.text().isBlank()) {
        diagnostics.error(handover.span(), "referral", "移送（refer）须写明其内容");
      }
    }
  }
}
