package org.cailiang.runtime;

/**
 * No tier of a violation covers the facts of a case. A checked standard covers every
 * combination, so this means the standard was compiled with coverage errors suppressed.
 */
public final class NoApplicableTierException extends CailiangException {
  private static final long serialVersionUID = 1L;
  /** The violation code that was evaluated. */
  private final String code;

  /**
   * Facts that no tier covers.
   *
   * @param code the violation code that was evaluated
   * @param facts the facts, described for the message (see {@link FactSpec#describe})
   */
  public NoApplicableTierException(String code, String facts) {
    super(code + ": 没有任何情节适用：" + facts);
    this.code = code;
  }

  /** {@return the violation code that was evaluated} */
  public String code() {
    return code;
  }
}
