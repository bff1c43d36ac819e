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
    super(message);
  }
}
