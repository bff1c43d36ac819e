package org.cailiang.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cailiang.runtime.CailiangException;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.Standards;
import org.cailiang.runtime.Violation;

/**
 * A small case-handling client of the generated standards: it knows nothing of them but the
 * codes and facts it is given, as a system that stores both as strings would.
 *
 * <pre>
 * java -jar cailiang-examples-app.jar C05837 setter=个人设置 harm=否
 * </pre>
 */
public final class CaseApp {
  private CaseApp() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs one case; returns the process exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Standards standards = Standards.load(CaseApp.class.getClassLoader());
    if (args.length == 0) {
      out.println("用法：CODE fact=value…   例如：C05837 setter=个人设置 harm=否");
      for (String code : standards.codes()) {
        Violation violation = standards.violation(code);
        out.println(code + "  " + violation.title() + "  " + describe(violation));
      }
      return 2;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      if (equals <= 0) {
        err.println("事实应写作 名称=值：" + args[i]);
        return 2;
      }
      facts.put(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    try {
      Decision decision = standards.evaluate(args[0], facts);
      // The author's caveats for an act of today, as eval prints them first (new user: the quick
      // start's first line was missing here); a dated call would take the act's day.
      for (String note : standards.violation(decision.violationCode())
          .higherLawNotes(decision.tierCode(), LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
        out.println("注意：" + note);
      }
      out.println(decision.explain());
      for (Sanction sanction : decision.sanctions()) {
        out.println("  - " + sanction.kind().label() + (sanction.optional() ? "（可选）" : "") + "：" + sanction.toChinese());
      }
      out.println("  裁量基准原文：" + decision.officialText());
      return 0;
    } catch (CailiangException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static String describe(Violation violation) {
    StringBuilder text = new StringBuilder();
    for (FactSpec fact : violation.facts()) {
      text.append(fact.id()).append('=').append('{').append(fact.allowedValues()).append("} ");
    }
    return text.toString().strip();
  }
}
