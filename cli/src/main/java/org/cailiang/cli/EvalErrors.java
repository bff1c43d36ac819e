package org.cailiang.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.DatesRequiredException;
import org.cailiang.runtime.InvalidDatesException;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.InvalidGeneralFactsException;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.UnknownCodeException;

/**
 * How {@code eval} reports a case it cannot decide (exit 1): the text on stderr, and under
 * {@code --json} also an object {@code {"error": {kind, code, message, problems}}} on stdout, so
 * a program reading the JSON learns why without parsing Chinese text. docs/json.md lists the kinds.
 */
final class EvalErrors {
  private EvalErrors() {}

  /** Facts, code, dates or tier refused by the standard, for the case of {@code code}. */
  static int report(CailiangException e, String code, boolean json, PrintWriter out, PrintWriter err) {
    if (e instanceof InvalidFactsException facts) {
      err.println(facts.code() + "：事实有误");
      facts.messages().forEach(problem -> err.println("  - " + problem));
      if (json) {
        Map<String, Object> error = error("invalid_facts", code, facts.code() + "：事实有误");
        error.put("problems", facts.toJsonTree().get("problems"));
        write(error, out);
      }
      return ExitCodes.FINDINGS;
    }
    err.println(e.getMessage());
    if (json) {
      write(error(kind(e), code, e.getMessage()), out);
    }
    return ExitCodes.FINDINGS;
  }

  /**
   * General facts as given on the command line (a circumstance, a value) that cannot be read; a
   * circumstance given twice with different values is a wrong command line (exit 2), as a fact
   * given twice is.
   */
  static int reportGeneral(IllegalArgumentException e, String code, boolean json, PrintWriter out,
      PrintWriter err) {
    err.println(e.getMessage());
    if (e instanceof GeneralEval.GivenTwiceException) {
      return ExitCodes.USAGE;
    }
    if (json) {
      write(error("invalid_general_facts", code, e.getMessage()), out);
    }
    return ExitCodes.FINDINGS;
  }

  private static String kind(CailiangException e) {
    if (e instanceof UnknownCodeException) {
      return "unknown_code";
    }
    if (e instanceof NoApplicableTierException) {
      return "no_applicable_tier";
    }
    if (e instanceof DatesRequiredException) {
      return "dates_required";
    }
    if (e instanceof InvalidGeneralFactsException) {
      return "invalid_general_facts";
    }
    return e instanceof InvalidDatesException ? "invalid_dates" : "refused";
  }

  private static Map<String, Object> error(String kind, String code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("kind", kind);
    error.put("code", code);
    error.put("message", message);
    return error;
  }

  private static void write(Map<String, Object> error, PrintWriter out) {
    out.print(Json.write(Map.of("error", error)));
  }
}
