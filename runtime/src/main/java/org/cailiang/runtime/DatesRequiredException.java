package org.cailiang.runtime;

/**
 * A code that several versions of a standard share was evaluated without dates: which version
 * applies depends on the act date and the decision date (《行政处罚法》第三十七条).
 */
public final class DatesRequiredException extends CailiangException {
  private static final long serialVersionUID = 1L;
  /** The code that was asked for. */
  private final String code;

  /**
   * A code evaluated without the dates it needs.
   *
   * @param code the code that was asked for
   * @param message what is wrong, in Chinese
   */
  public DatesRequiredException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** {@return the code that was asked for} */
  public String code() {
    return code;
  }
}
