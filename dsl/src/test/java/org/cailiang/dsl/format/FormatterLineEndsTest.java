package org.cailiang.dsl.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** Line ends as Windows and old Mac editors write them, and a comment that ends the file. */
class FormatterLineEndsTest {
  private static final String FORMATTED = "standard s \"x\" {\n  authority \"机关\"\n}\n";

  private static String format(String source) {
    return Formatter.format(new SourceFile("s.cailiang", source), KeywordSet.AS_WRITTEN,
        new Diagnostics()).orElseThrow();
  }

  @Test
  void crLfIsOneLineEndNotABlankLine() {
    assertEquals(FORMATTED, format("standard s \"x\" {\r\n  authority \"机关\"\r\n}\r\n"));
  }

  @Test
  void aLoneCarriageReturnEndsALine() {
    assertEquals(FORMATTED, format("standard s \"x\" {\r  authority \"机关\"\r}\r"));
  }

  @Test
  void aLineCommentAtTheEndOfTheFileWithoutANewlineIsKept() {
    assertEquals("standard s \"x\" {\n}\n// 完\n", format("standard s \"x\" {\n}\n// 完"));
  }
}
