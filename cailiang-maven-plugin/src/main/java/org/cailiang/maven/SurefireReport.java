package org.cailiang.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.cases.CaseResult;

/** Test case results as a Surefire-style XML report, which CI servers and IDEs read. */
final class SurefireReport {
  private SurefireReport() {}

  static void write(Path directory, String suite, List<CaseResult> results) throws IOException {
    long failures = results.stream().filter(r -> !r.passed()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(results.size())
        .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
    for (CaseResult result : results) {
      xml.append("  <testcase classname=\"").append(escape(suite + "." + result.code())).append("\" name=\"")
          .append(escape(result.testCase().name())).append("\"");
      if (result.passed()) {
        xml.append("/>\n");
      } else {
        xml.append(">\n    <failure message=\"").append(escape(result.failure())).append("\">")
            .append(escape(result.testCase().span() + ": " + result.failure())).append("</failure>\n  </testcase>\n");
      }
    }
    xml.append("</testsuite>\n");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("TEST-" + suite + ".xml"), xml, StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        default -> {
          // Only XML 1.0's characters: U+FFFE, U+FFFF and a lone surrogate made the report
          // unreadable to CI parsers (hostile check); the controls were already dropped.
          if (cp == '\t' || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
              || cp >= 0x10000) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
