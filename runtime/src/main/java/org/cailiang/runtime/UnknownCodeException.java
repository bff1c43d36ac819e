package org.cailiang.runtime;

/** No standard on the class path has the code asked for. */
public final class UnknownCodeException extends CailiangException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public UnknownCodeException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The code that was asked for. */
  public String code() {
    return code;
  }
}
