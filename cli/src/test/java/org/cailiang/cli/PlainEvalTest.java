package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A plain {@code eval} line is read without picocli, and read as picocli reads it. */
class PlainEvalTest {
  private static final List<List<String>> PLAIN = List.of(
      List.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否"),
      List.of("eval", "--json", CliRun.BEIJING, "C05843", "serious=true"),
      List.of("eval", CliRun.EXAMPLE, "E05403", "minor=true", "again=false",
          "--act-date", "2025-12-01", "--decision-date", "2026-02-01"),
      List.of("eval", "--act-date=2025-12-01", "a.cailiang", "--fine", "200", "X", "a=1"),
      List.of("eval", "--general", "minor_age", "f.cailiang", "--general=first=否", "C", "x=-1"),
      List.of("eval", "--discovery-date", "2026-01-01", "f.cailiang", "C", "", "=", "--json"),
      List.of("eval"),
      List.of("eval", "f.cailiang", "--fine", "f.cailiang", "C", "a=@b"));

  private static final List<List<String>> FOR_PICOCLI = List.of(
      List.of(),
      List.of("check", CliRun.BEIJING),
      List.of("--help", "eval"),
      List.of("eval", "--help"),
      List.of("eval", "-h"),
      List.of("eval", "-V"),
      List.of("eval", "f.cailiang", "C", "--", "--json"),
      List.of("eval", "@args.txt"),
      List.of("eval", "--json", "f.cailiang", "C", "--json"),
      List.of("eval", "--json=true", "f.cailiang", "C"),
      List.of("eval", "--fine", "100", "--fine=200", "f.cailiang", "C"),
      List.of("eval", "--act-date", "2025-01-01", "--act-date", "2025-01-02", "f.cailiang", "C"),
      List.of("eval", "--fine", "-5", "f.cailiang", "C"),
      List.of("eval", "--fine", "--json", "f.cailiang", "C"),
      List.of("eval", "--fine=", "f.cailiang", "C"),
      List.of("eval", "f.cailiang", "C", "--fine"),
      List.of("eval", "--frobnicate", "f.cailiang", "C"),
      List.of("eval", "f.cailiang", "C", "-x"),
      List.of("eval", "f.cailiang", "C", "-"));

  @Test
  void plainLinesAreReadAsPicocliReadsThem() {
    for (List<String> line : PLAIN) {
      Optional<EvalCommand> plain = PlainEval.parse(line.toArray(String[]::new));
      assertTrue(plain.isPresent(), line.toString());
      EvalCommand picocli = new EvalCommand();
      new CommandLine(picocli).parseArgs(line.subList(1, line.size()).toArray(String[]::new));
      assertEquals(fields(picocli), fields(plain.get()), line.toString());
    }
  }

  @Test
  void everyOtherLineIsLeftToPicocli() {
    for (List<String> line : FOR_PICOCLI) {
      assertEquals(Optional.empty(), PlainEval.parse(line.toArray(String[]::new)).map(this::fields),
          line.toString());
    }
  }

  /** The options it reads are eval's options: one eval gains is not read as a fact or file. */
  @Test
  void itKnowsEveryValueOptionOfEval() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new EvalCommand()).getCommandSpec();
    for (CommandLine.Model.OptionSpec option : spec.options()) {
      String name = option.longestName();
      boolean read = !option.usageHelp() && !option.versionHelp();
      String[] line = option.arity().max() == 0
          ? new String[] {"eval", name, "f.cailiang", "C"}
          : new String[] {"eval", name, "v", "f.cailiang", "C"};
      assertEquals(read, PlainEval.parse(line).isPresent(), name);
    }
  }

  private List<Object> fields(EvalCommand command) {
    return Arrays.asList(command.arguments, command.actDate, command.decisionDate,
        command.discoveryDate, command.fine, command.general, command.json);
  }
}
