package org.cailiang.dsl.analysis;

import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * A tier's {@code refer "…"} reminds the officer of a referral of the violation. Once the
 * violation declares its referrals ({@code refer ends|beside}), a tier's reminder that matches
 * none of them is likely a slip of wording, or a referral the violation forgot.
 */
final class ReferralChecks {
  private ReferralChecks() {}

  static void run(Violation violation, Reporter reporter) {
    if (violation.handovers().isEmpty()) {
      return; // a standard written before violation-level referrals: its reminders stand alone
    }
    for (Tier tier : violation.tiers()) {
      for (SanctionSpec sanction : tier.sanctions()) {
        if (sanction instanceof SanctionSpec.Referral referral && violation.handovers().stream()
            .map(Handover::text).noneMatch(referral.text()::equals)) {
          reporter.report(Severity.WARNING, violation, tier, referral.span(), "referral-unlisted",
              "阶次 " + Cells.tier(tier) + " 的移送「" + referral.text() + "」不是本违法行为声明的移送（refer ends 或 refer beside）"
                  + "；请核对用语，或在违法行为中声明该移送（《行政处罚法》第二十七条）");
        }
      }
    }
  }
}
