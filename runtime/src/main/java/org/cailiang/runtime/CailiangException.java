package org.cailiang.runtime;

/** The base of every exception the runtime throws on a caller's input. */
public class CailiangException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CailiangException(String message) {
    super(message);
  }
}
