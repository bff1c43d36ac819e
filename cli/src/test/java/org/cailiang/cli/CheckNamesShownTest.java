package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic, of every phase, shows its check name in the text output ({@code [syntax]},
 * like javac's {@code [deprecation]}), so an author can write a {@code suppress} without
 * {@code --format json}; and the JSON output carries the same names in the same order.
 */
class CheckNamesShownTest {
  private static final Pattern DIAGNOSTIC_LINE =
      Pattern.compile("^\\S+:\\d+:\\d+: (?:error|warning|info): .*$", Pattern.MULTILINE);
  private static final Pattern NAME_AT_END = Pattern.compile(" \\[([a-z][a-z0-9-]*)\\]$");
  private static final Pattern JSON_CHECK = Pattern.compile("\"check\": \"([a-z][a-z0-9-]*)\"");

  @Test
  void everyPhaseShowsItsCheckNameInTextAndJson(@TempDir Path dir) throws Exception {
    Path lexical = Files.writeString(dir.resolve("lexical.cailiang"), "standard s \"标准\" {\n}\nparty unit \"单位\"“\n");
    Path syntax = Files.writeString(dir.resolve("syntax.cailiang"), "standard s \"标准\" {\n}\nparty\n");
    Path encoding = Files.write(dir.resolve("gbk.cailiang"), new byte[] {'s', (byte) 0xC4, (byte) 0xE3, '\n'});
    Path missing = dir.resolve("missing.cailiang");
    String analysis = "../dsl/src/test/resources/analysis/ranges_holes.cailiang";
    String legal = "../dsl/src/test/resources/analysis/text_modality.cailiang";
    String names = "../dsl/src/test/resources/errors/names.cailiang";
    String ranges = "../dsl/src/test/resources/analysis/ranges.cailiang";
    List<String> expectedSomewhere = List.of("unexpected-character", "syntax", "encoding", "io",
        "unreachable-range", "text-modality", "severity-order", "unused-suppression", "no-statute",
        "duplicate-name", "unknown-fact");
    List<String> seen = new ArrayList<>();
    for (String file : List.of(lexical.toString(), syntax.toString(), encoding.toString(), missing.toString(),
        analysis, legal, names, ranges)) {
      CliRun text = CliRun.of("check", file);
      CliRun json = CliRun.of("check", "--format", "json", file);
      List<String> inText = new ArrayList<>();
      Matcher line = DIAGNOSTIC_LINE.matcher(text.out());
      while (line.find()) {
        Matcher name = NAME_AT_END.matcher(line.group());
        assertTrue(name.find(), "no [check-name] at the end of: " + line.group());
        inText.add(name.group(1));
      }
      List<String> inJson = new ArrayList<>();
      Matcher check = JSON_CHECK.matcher(json.out());
      while (check.find()) {
        inJson.add(check.group(1));
      }
      assertFalse(inText.isEmpty(), file + " reported nothing:\n" + text.out());
      assertEquals(inJson, inText, "text and JSON name different checks for " + file);
      seen.addAll(inText);
    }
    for (String name : expectedSomewhere) {
      assertTrue(seen.contains(name), name + " not among " + seen);
    }
  }
}
