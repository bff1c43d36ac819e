package org.cailiang.benchmarks;

/** Checks, before any timing, that every engine gives the generated code's answer. */
final class Answers {
  private Answers() {}

  static void check(BeijingCases.Case c, Call generated, Call untyped, Call hand, Call interpreter,
      Engines.TierCall... dmn) {
    String expected = c.expectedCode();
    require(c, "generated", generated.run().tierCode());
    require(c, "generated (untyped)", untyped.run().tierCode());
    require(c, "hand-written", hand.run().tierCode());
    require(c, "interpreter", interpreter.run().tierCode());
    if (!generated.run().equals(interpreter.run()) || !generated.run().equals(hand.run())) {
      throw new IllegalStateException(c.code() + ": the decisions differ beyond their codes");
    }
    for (Engines.TierCall call : dmn) {
      require(c, "a DMN engine", c.code() + call.run());
    }
    if (!expected.startsWith(c.code())) {
      throw new IllegalStateException(expected);
    }
  }

  private static void require(BeijingCases.Case c, String engine, String code) {
    if (!c.expectedCode().equals(code)) {
      throw new IllegalStateException(engine + " decided " + code + " for " + c.code() + " " + c.facts()
          + ", the generated code " + c.expectedCode());
    }
  }
}
