package org.cailiang.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Versions of a standard whose one violation has one tier, a fine, for tests of law in time. */
final class OneTierVersions {
  static final Party P = new Party("p", "个人");

  private OneTierVersions() {}

  /** Violation X00001 of one tier, B010, and no facts. */
  interface OneTier extends Violation {
    @Override
    default String code() {
      return "X00001";
    }

    @Override
    default String title() {
      return "违规经营";
    }

    @Override
    default List<FactSpec> facts() {
      return List.of();
    }

    @Override
    default List<String> tierCodes() {
      return List.of("X00001B010");
    }
  }

  /** A violation whose only tier fines within these bounds, with or without a general part. */
  record Fixed(String standardId, long min, long max, GeneralRules rules) implements OneTier {
    @Override
    public Decision evaluate(Map<String, ?> facts) {
      return new Decision(standardId, "X00001B010", "一般", List.of(new Sanction.Fine(List.of(P),
          false, MoneyRange.of(min, max), null, false)), List.of(), "");
    }

    @Override
    public CaseDecision evaluate(Map<String, ?> facts, GeneralFacts general) {
      return rules == null ? OneTier.super.evaluate(facts, general)
          : rules.decide(evaluate(facts), general);
    }

    @Override
    public Optional<GeneralRules> generalRules() {
      return Optional.ofNullable(rules);
    }
  }

  /**
   * A violation every case of which is handed over (a crime's referral ends it), with or without
   * a general part.
   */
  record Referring(String standardId, GeneralRules rules) implements OneTier {
    @Override
    public Decision evaluate(Map<String, ?> facts) {
      return Decision.handedOver(standardId, "X00001", "构成犯罪的，依法追究刑事责任", List.of());
    }

    @Override
    public CaseDecision evaluate(Map<String, ?> facts, GeneralFacts general) {
      return rules == null ? OneTier.super.evaluate(facts, general)
          : rules.decide(evaluate(facts), general);
    }

    @Override
    public Optional<GeneralRules> generalRules() {
      return Optional.ofNullable(rules);
    }
  }

  /** A version of the standard. */
  record Version(String id, String supersedes, Optional<LocalDate> effective,
      List<Violation> violations) implements Standard {
    @Override
    public String title() {
      return "裁量基准" + id;
    }

    @Override
    public String authority() {
      return "局";
    }

    @Override
    public String region() {
      return "市";
    }
  }
}
