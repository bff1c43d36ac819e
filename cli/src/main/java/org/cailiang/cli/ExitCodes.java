package org.cailiang.cli;

/** The exit codes of every command. */
final class ExitCodes {
  /** Done, nothing found. */
  static final int OK = 0;
  /** Diagnostics, failed test cases, or a case that could not be decided. */
  static final int FINDINGS = 1;
  /** A wrong command line, or a file that could not be read or written. */
  static final int USAGE = 2;
  /** cailiang itself failed: a bug, or not enough memory or stack for the input. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
