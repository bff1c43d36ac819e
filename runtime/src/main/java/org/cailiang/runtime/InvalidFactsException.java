package org.cailiang.runtime;

import java.util.List;

/** The facts given for a case are missing, unknown or out of their domain. */
public final class InvalidFactsException extends CailiangException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final List<String> problems;

  public InvalidFactsException(String code, List<String> problems) {
    super(code + ": " + String.join("; ", problems));
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** The violation code the facts were given for. */
  public String code() {
    return code;
  }

  /** One line per problem, each naming the fact and, where it helps, the allowed values. */
  public List<String> problems() {
    return problems;
  }
}
