package org.cailiang.runtime;

/** The base of every exception the runtime throws on a caller's input. */
public class CailiangException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message for the caller.
   *
   * @param message what is wrong, in Chinese
   */
  public CailiangException(String message) {
    super(message);
  }
}
