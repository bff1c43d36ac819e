package org.cailiang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's text is XML 1.0 whatever a case's name holds (hostile check: U+FFFE raw). */
class SurefireReportTest {
  @Test
  void onlyXmlCharactersAreWrittenAndTheMarkupIsEscaped() {
    assertEquals("名]]&gt;&amp;&lt;&quot;'[31m\t&#10;😀",
        SurefireReport.escape("名]]>&<\"'\u0001\uFFFE\uFFFF\u001B[31m\uD800\t\n😀"));
  }
}
