package org.cailiang.dsl.model;

import java.util.Optional;

/**
 * A referral as what it is: a hand-over of the case, or of part of it, to another authority
 * (移送, 《行政处罚法》第二十七条), not a sanction the statute's envelope must contain. Written
 * {@code refer ends "构成犯罪的，依法追究刑事责任" when crime} or {@code refer beside "…"}.
 *
 * @param kind whether it ends the administrative case or runs beside it
 * @param text the referral, verbatim
 * @param trigger when it applies; empty for a reminder to the officer, which never decides
 * @param span where it was written
 */
public record Handover(Kind kind, String text, Optional<Condition> trigger, SourceSpan span) {

  /** What the hand-over does to the administrative case. */
  public enum Kind {
    /** The case leaves the administrative procedure: the decision is the referral, no penalty. */
    ENDS,
    /** Another procedure runs in addition to the tier that applies. */
    BESIDE
  }

  /** Whether it ends the administrative case when its trigger holds. */
  public boolean ends() {
    return kind == Kind.ENDS;
  }
}
