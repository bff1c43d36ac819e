package org.cailiang.dsl.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cailiang.dsl.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * One slip may be reported thousands of times (hostile check: 20,099 fine-twice errors, 13 MB):
 * a check lists at most {@value Diagnostics#MOST_OF_ONE_CHECK} per file, then says how many more.
 */
class DiagnosticsCapTest {
  @Test
  void aCheckListsItsFirstHundredInAFileThenSaysHowManyMore() {
    Diagnostics diagnostics = new Diagnostics();
    for (int i = 1; i <= 150; i++) {
      diagnostics.error(new SourceSpan("a.cailiang", i, 1, 1), "fine-twice", "第 " + i + " 处");
      diagnostics.error(new SourceSpan("b.cailiang", i, 1, 1), "fine-twice", "第 " + i + " 处");
    }
    diagnostics.warning(new SourceSpan("a.cailiang", 200, 1, 1), "statute-text", "另一检查");
    List<Diagnostic> sorted = diagnostics.sorted();
    assertEquals(2 * (Diagnostics.MOST_OF_ONE_CHECK + 1) + 1, sorted.size());
    Diagnostic more = sorted.get(Diagnostics.MOST_OF_ONE_CHECK);
    assertEquals(new Diagnostic(new SourceSpan("a.cailiang", 101, 1, 1), Severity.ERROR, "fine-twice",
        "同一检查在本文件中还有 50 处问题未列出（每个检查只列出前 100 处），自此处起"), more);
    assertEquals("另一检查", sorted.get(Diagnostics.MOST_OF_ONE_CHECK + 1).message(), "another check is listed");
    assertEquals(150, diagnostics.count(Severity.ERROR) / 2, "the count is of every finding");
  }
}
