package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A failure of cailiang itself — out of memory, stack overflow, any exception — is exit code 3
 * with one line and no stack trace; 1 stays for findings and 2 for usage and I/O.
 */
class ExitCodesTest {
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  private record Outcome(int code, String err) {}

  private static Outcome failWith(Throwable failure) {
    StringWriter err = new StringWriter();
    int code = Main.execute(new CommandLine(new Failing(failure)), new String[0], new PrintWriter(err));
    return new Outcome(code, err.toString());
  }

  private static void assertOneLine(Outcome outcome) {
    assertTrue(outcome.err().startsWith("cailiang: "), outcome.err());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    assertFalse(outcome.err().contains("\tat "), outcome.err());
  }

  @Test
  void outOfMemoryIsExitCode3AndOneLine() {
    Outcome outcome = failWith(new OutOfMemoryError("Java heap space"));
    assertEquals(3, outcome.code());
    assertOneLine(outcome);
    assertTrue(outcome.err().startsWith("cailiang: 内存不足"), outcome.err());
  }

  @Test
  void stackOverflowIsExitCode3AndOneLine() {
    Outcome outcome = failWith(new StackOverflowError());
    assertEquals(3, outcome.code());
    assertOneLine(outcome);
    assertTrue(outcome.err().startsWith("cailiang: internal error: "), outcome.err());
  }

  @Test
  void anInternalExceptionIsExitCode3AndOneLine() {
    Outcome outcome = failWith(new IllegalStateException("first line\nsecond line"));
    assertEquals(3, outcome.code());
    assertOneLine(outcome);
    assertTrue(outcome.err().contains("first line second line"), outcome.err());
  }

  @Test
  void anIoErrorIsExitCode2() {
    Outcome outcome = failWith(new IOException("disk full"));
    assertEquals(2, outcome.code());
    assertOneLine(outcome);
  }

  @Test
  void helpListsEveryExitCode() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().replaceAll("\\s+", " ").contains("3 internal failure"), run.out());
    for (String command : new String[] {"check", "eval", "render", "generate", "test", "format"}) {
      String help = CliRun.of(command, "--help").out();
      assertTrue(help.replaceAll("\\s+", " ").contains("3 internal failure"), help);
    }
  }
}
