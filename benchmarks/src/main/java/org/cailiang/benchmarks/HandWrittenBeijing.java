package org.cailiang.benchmarks;

import java.util.Map;
import org.cailiang.examples.standards.C05834_C05835Violation;
import org.cailiang.examples.standards.C05836Violation;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.examples.standards.C05838Violation;
import org.cailiang.examples.standards.C05839Violation;
import org.cailiang.examples.standards.C05840_C05846Violation;
import org.cailiang.examples.standards.C05847Violation;
import org.cailiang.runtime.Decision;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * The Beijing table decided by hand: a switch or a test per violation, returning precomputed
 * decisions. It is the floor that no generated code can go below.
 */
final class HandWrittenBeijing {
  private final Decision[][] c05834;
  private final Decision c05836b010;
  private final Decision c05836b020;
  private final Decision c05837b010;
  private final Decision c05837b020;
  private final Decision c05837b030;
  private final Decision c05838c010;
  private final Decision c05838c020;
  private final Decision[] c05839;
  private final Decision[][] c05840;
  private final Decision c05847b010;
  private final Decision c05847b020;
  private final Decision c05850b000;

  /** @param decisions every decision of the table, by full code */
  HandWrittenBeijing(Map<String, Decision> decisions) {
    c05834 = new Decision[][] {
      {decisions.get("C05834C010"), decisions.get("C05834C020"), decisions.get("C05834C030")},
      {decisions.get("C05835C010"), decisions.get("C05835C020"), decisions.get("C05835C030")}};
    c05836b010 = decisions.get("C05836B010");
    c05836b020 = decisions.get("C05836B020");
    c05837b010 = decisions.get("C05837B010");
    c05837b020 = decisions.get("C05837B020");
    c05837b030 = decisions.get("C05837B030");
    c05838c010 = decisions.get("C05838C010");
    c05838c020 = decisions.get("C05838C020");
    c05839 = new Decision[] {decisions.get("C05839B010"), decisions.get("C05839B020"), decisions.get("C05839B030")};
    c05840 = new Decision[7][2];
    for (int i = 0; i < 7; i++) {
      c05840[i][0] = decisions.get("C0584" + i + "B010");
      c05840[i][1] = decisions.get("C0584" + i + "B020");
    }
    c05847b010 = decisions.get("C05847B010");
    c05847b020 = decisions.get("C05847B020");
    c05850b000 = decisions.get("C05850B000");
  }

  Decision c05834(int code, C05834_C05835Violation.Facts facts) {
    switch (facts.stage()) {
      case FOUND:
        return c05834[code][0];
      case UNQUALIFIED:
        return c05834[code][1];
      default:
        return c05834[code][2];
    }
  }

  Decision c05836(C05836Violation.Facts facts) {
    return facts.harm() ? c05836b020 : c05836b010;
  }

  Decision c05837(C05837Violation.Facts facts) {
    if (facts.setter() == C05837Violation.Setter.UNIT) {
      return facts.harm() ? c05837b020 : c05837b010;
    }
    return c05837b030;
  }

  Decision c05838(C05838Violation.Facts facts) {
    return facts.refused() || facts.harm() || facts.otherSerious() ? c05838c020 : c05838c010;
  }

  Decision c05839(C05839Violation.Facts facts) {
    switch (facts.stage()) {
      case FOUND:
        return c05839[0];
      case UNQUALIFIED:
        return c05839[1];
      default:
        return c05839[2];
    }
  }

  Decision c05840(int code, C05840_C05846Violation.Facts facts) {
    return c05840[code][facts.serious() ? 1 : 0];
  }

  Decision c05847(C05847Violation.Facts facts) {
    return facts.serious() ? c05847b020 : c05847b010;
  }

  Decision c05850() {
    return c05850b000;
  }

  /**
   * The hand-written decision of a case by its violation's {@link BeijingCases#kind kind}: the
   * same switch-and-typed-call shape as the benchmarks' direct generated paths.
   */
  @CompilerControl(CompilerControl.Mode.INLINE)
  Decision decide(int kind, int codeIndex, Object facts) {
    switch (kind) {
      case 0: return c05834(codeIndex, (C05834_C05835Violation.Facts) facts);
      case 1: return c05836((C05836Violation.Facts) facts);
      case 2: return c05837((C05837Violation.Facts) facts);
      case 3: return c05838((C05838Violation.Facts) facts);
      case 4: return c05839((C05839Violation.Facts) facts);
      case 5: return c05840(codeIndex, (C05840_C05846Violation.Facts) facts);
      case 6: return c05847((C05847Violation.Facts) facts);
      default: return c05850();
    }
  }
}
