package org.cailiang.cli;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code eval} command line plain enough to read without picocli. Building picocli's model of
 * the commands costs about 200 ms of CPU at every start (its Java 5 class files cannot be kept in
 * the class-data-sharing archive, and the annotations are read by reflection): a third of a
 * one-off eval. The usual lines — files, code, facts, the value options as {@code --name value}
 * or {@code --name=value}, {@code --json} — are read here; anything else (help, {@code --}, an
 * {@code @file}, an unknown option, an option given twice, a value that looks like an option)
 * is left to picocli, which reads and reports it as always.
 */
final class PlainEval {
  private PlainEval() {}

  /** The eval command the arguments describe, or empty when they are for picocli to read. */
  static Optional<EvalCommand> parse(String[] args) {
    if (args.length == 0 || !args[0].equals("eval")) {
      return Optional.empty();
    }
    EvalCommand command = new EvalCommand();
    Set<String> given = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return Optional.empty(); // an argument file, which picocli expands
      }
      if (!arg.startsWith("-")) {
        command.arguments.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!name.equals("--general") && !given.add(name)) {
        return Optional.empty(); // picocli refuses a single-valued option given twice
      }
      if (arg.equals("--json")) {
        command.json = true;
        continue;
      }
      String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return Optional.empty();
      }
      switch (name) {
        case "--general" -> command.general.add(value);
        case "--act-date" -> command.actDate = value;
        case "--decision-date" -> command.decisionDate = value;
        case "--discovery-date" -> command.discoveryDate = value;
        case "--fine" -> command.fine = value;
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(command);
  }
}
