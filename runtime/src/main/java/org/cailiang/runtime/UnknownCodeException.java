package org.cailiang.runtime;

/** No standard on the class path has the code asked for. */
public final class UnknownCodeException extends CailiangException {
  private static final long serialVersionUID = 1L;
  /** The code that was asked for, as given; may be null. */
  private final String code;

  /**
   * A code that no standard has.
   *
   * @param code the code that was asked for, as given; may be null
   * @param message what is wrong, in Chinese
   */
  public UnknownCodeException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** {@return the code that was asked for} */
  public String code() {
    return code;
  }
}
