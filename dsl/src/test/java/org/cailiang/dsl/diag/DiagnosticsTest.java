package org.cailiang.dsl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cailiang.dsl.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** The one reporter: sorted by position, each finding once, counted by severity. */
class DiagnosticsTest {
  private static SourceSpan at(String path, int line, int column) {
    return new SourceSpan(path, line, column, 1);
  }

  @Test
  void handsOutDiagnosticsByFileLineColumnAndMessage() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(at("b.cailiang", 1, 1), "x", "乙");
    diagnostics.warning(at("a.cailiang", 2, 1), "x", "甲");
    diagnostics.info(at("a.cailiang", 1, 9), "x", "甲");
    diagnostics.error(at("a.cailiang", 1, 3), "x", "丙");
    diagnostics.error(at("a.cailiang", 1, 3), "x", "乙");
    diagnostics.error(at("a.cailiang", 10, 1), "x", "甲");
    assertEquals(List.of("a.cailiang:1:3: error: 丙", "a.cailiang:1:3: error: 乙", "a.cailiang:1:9: info: 甲",
        "a.cailiang:2:1: warning: 甲", "a.cailiang:10:1: error: 甲", "b.cailiang:1:1: error: 乙"),
        diagnostics.sorted().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void theSameFindingTwiceIsReportedAndCountedOnce() {
    Diagnostics diagnostics = new Diagnostics();
    assertFalse(diagnostics.hasErrors());
    diagnostics.warning(at("a.cailiang", 1, 1), "x", "警告");
    assertFalse(diagnostics.hasErrors());
    diagnostics.error(at("a.cailiang", 1, 1), "x", "错误");
    diagnostics.error(at("a.cailiang", 1, 1), "x", "错误");
    Diagnostics other = new Diagnostics();
    other.error(at("a.cailiang", 1, 1), "x", "错误");
    other.info(at("a.cailiang", 2, 1), "x", "提示");
    diagnostics.addAll(other);
    assertTrue(diagnostics.hasErrors());
    assertEquals(1, diagnostics.count(Severity.ERROR));
    assertEquals(1, diagnostics.count(Severity.WARNING));
    assertEquals(1, diagnostics.count(Severity.INFO));
    assertEquals(3, diagnostics.sorted().size());
  }
}
