package org.cailiang.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.internal.Json;

/** The facts given for a case are missing, unknown or out of their domain. */
public final class InvalidFactsException extends CailiangException {
  private static final long serialVersionUID = 1L;
  /** The violation code that was evaluated. */
  private final String code;

  /** One problem per fact, in the order found. */
  private final List<FactProblem> problems;

  /**
   * Problems known only by their messages.
   *
   * @param code the violation code
   * @param messages one message per problem, in Chinese
   */
  public InvalidFactsException(String code, List<String> messages) {
    this(code, messages.stream().map(FactProblem::other).toList(), null);
  }

  private InvalidFactsException(String code, List<FactProblem> problems, Void structured) {
    super(code + ": " + String.join("; ", messages(problems)));
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /**
   * Structured problems.
   *
   * @param code the violation code
   * @param problems the problems, at least one
   * @return the exception
   */
  public static InvalidFactsException of(String code, List<FactProblem> problems) {
    return new InvalidFactsException(code, problems, null);
  }

  /**
   * The violation code the facts were given for.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Every problem, in order: the facts in declaration order, then unknown keys.
   *
   * @return the problems
   */
  public List<FactProblem> problems() {
    return problems;
  }

  /**
   * One Chinese line per problem, each naming the fact and, where it helps, the allowed values.
   *
   * @return the messages
   */
  public List<String> messages() {
    return messages(problems);
  }

  /**
   * The problems as JSON: {@code {"code", "problems": [{fact, kind, given, allowed, message}]}},
   * {@code kind} in lower case (see docs/json.md).
   *
   * @return pretty-printed JSON with a final newline
   */
  public String toJson() {
    return Json.write(toJsonTree());
  }

  /**
   * The tree of {@link #toJson()}, for any JSON library.
   *
   * @return an ordered map of plain values
   */
  public Map<String, Object> toJsonTree() {
    List<Object> list = new ArrayList<>();
    for (FactProblem problem : problems) {
      list.add(Json.object("fact", problem.fact(),
          "kind", problem.kind().name().toLowerCase(java.util.Locale.ROOT),
          "given", problem.given(), "allowed", problem.allowed(), "message", problem.message()));
    }
    return Json.object("code", code, "problems", list);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@link #toJson()}, shipped in the runtime jar as {@code
   * org/cailiang/runtime/problems.schema.json}.
   *
   * @return the schema's text
   */
  public static String jsonSchema() {
    return Resources.text("problems.schema.json");
  }

  private static List<String> messages(List<FactProblem> problems) {
    return problems.stream().map(FactProblem::message).toList();
  }
}
