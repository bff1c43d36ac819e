package org.cailiang.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One problem with the facts given for a case, for a program to act on: which fact, what is
 * wrong, what was given and what is allowed, and the Chinese message a person reads.
 *
 * @param fact the fact's id; for an unknown key, the key as given (shortened when long); empty
 *     when the problem concerns no single fact (the fact map is null, the tier asked for)
 * @param kind what is wrong
 * @param given the value given, as text (shortened when long); {@code null} when none was given
 * @param allowed what may be given: enum values as {@code id（label）}, else one description;
 *     for an unknown key, the ids of the violation's facts, then the nearest first
 * @param message the problem in Chinese, naming the fact and its label
 */
public record FactProblem(
    String fact, Kind kind, String given, List<String> allowed, String message) {

  /** What is wrong with a fact. */
  public enum Kind {
    /** No value was given for a fact the decision needs. */
    MISSING,
    /** A key that is not a fact of the violation (ignored in lenient mode). */
    UNKNOWN,
    /** A value that is not one of the fact's values or not of its type. */
    INVALID,
    /** A negative amount or count. */
    NEGATIVE,
    /** An amount above the accepted maximum, or with too many digits. */
    TOO_LARGE,
    /** An amount finer than a fen (0.01元). */
    TOO_PRECISE,
    /** Facts that a declaration of the standard says cannot hold together. */
    CONTRADICTION,
    /** Anything else: the fact map is null, the facts lead to another tier than asked for. */
    OTHER
  }

  /**
   * Copies {@code allowed}, which may be empty; {@code given} may be null; requires the rest.
   *
   * @param fact the fact's id; for an unknown key, the key as given (shortened when long); empty
   *     when the problem concerns no single fact (the fact map is null, the tier asked for)
   * @param kind what is wrong
   * @param given the value given, as text (shortened when long); {@code null} when none was given
   * @param allowed what may be given: enum values as {@code id（label）}, else one description;
   *     for an unknown key, the ids of the violation's facts, then the nearest first
   * @param message the problem in Chinese, naming the fact and its label
   */
  public FactProblem {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(kind, "kind");
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem known only by its message.
   *
   * @param message the message in Chinese
   * @return the problem, of kind {@link Kind#OTHER}
   */
  public static FactProblem other(String message) {
    return new FactProblem("", Kind.OTHER, null, List.of(), message);
  }

  /** The message. */
  @Override
  public String toString() {
    return message;
  }
}
