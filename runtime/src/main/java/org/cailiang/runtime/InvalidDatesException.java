package org.cailiang.runtime;

/** The dates of a case cannot be right: the decision precedes the act. */
public final class InvalidDatesException extends CailiangException {
  private static final long serialVersionUID = 1L;

  /**
   * Dates that cannot be right.
   *
   * @param message what is wrong, in Chinese
   */
  public InvalidDatesException(String message) {
    super(message);
  }
}
