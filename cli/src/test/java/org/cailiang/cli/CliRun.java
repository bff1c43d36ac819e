package org.cailiang.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line, in process, with its output captured. */
record CliRun(int exitCode, String out, String err) {
  static final String BEIJING = "../examples/src/main/cailiang/beijing.cailiang";
  static final String EXAMPLE = "../examples/src/main/cailiang/example_security.cailiang";

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, err);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
