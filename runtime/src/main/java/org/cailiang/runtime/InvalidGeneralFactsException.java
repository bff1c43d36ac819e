package org.cailiang.runtime;

/**
 * The general facts of a case ({@link GeneralFacts}) do not fit the general part it is decided
 * under: a circumstance the general part does not declare, or a proposed fine the outcome does not
 * allow. Dates that cannot be right are an {@link InvalidDatesException}; the facts of the
 * violation an {@link InvalidFactsException}.
 */
public final class InvalidGeneralFactsException extends CailiangException {
  private static final long serialVersionUID = 1L;

  /**
   * General facts that do not fit.
   *
   * @param message what is wrong, in Chinese
   */
  public InvalidGeneralFactsException(String message) {
    this(message, false);
  }

  /** Whether it is the proposed fine that the outcome does not allow. */
  private final boolean proposedFine;

  /**
   * General facts that do not fit.
   *
   * @param message what is wrong, in Chinese
   * @param proposedFine whether it is the proposed fine that the outcome does not allow
   */
  public InvalidGeneralFactsException(String message, boolean proposedFine) {
    super(message);
    this.proposedFine = proposedFine;
  }

  /**
   * {@return whether it is the proposed fine that the outcome does not allow} With two versions
   * left to the officer, a fine that fits one of them is not refused (docs/language.md §18.4).
   */
  public boolean aboutProposedFine() {
    return proposedFine;
  }
}
