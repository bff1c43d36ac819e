package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check catalogue of docs/language.md (检查一览) lists exactly the checks the compiler
 * reports: a check added to the code without a row, or a row left after its check is gone,
 * fails here, so authors can always look up the name they see in {@code [check-name]}.
 */
class CheckCatalogueTest {
  private static final Path ROOT = Path.of("..");
  private static final Path LANGUAGE = ROOT.resolve("docs/language.md");

  /**
   * Where a check name is passed: {@code diagnostics.error(span, "name", …)} (and warning, info),
   * {@code reporter.report(Severity.X, …, "name", …)}, {@code once(Severity.X, …, "name", …)},
   * and a constant {@code CHECK = "name"}. The span arguments hold no string literal.
   */
  private static final List<Pattern> REPORTED = List.of(
      Pattern.compile("\\.(?:error|warning|info)\\(\\s*[^\";]*?,\\s*\"([a-z][a-z0-9-]*)\""),
      Pattern.compile("\\breport\\(\\s*Severity\\.\\w+,[^;\"]*?\"([a-z][a-z0-9-]*)\""),
      Pattern.compile("\\bonce\\(\\s*Severity\\.\\w+,[^;\"]*?\"([a-z][a-z0-9-]*)\""),
      Pattern.compile("static final String \\w*CHECK\\w* = \"([a-z][a-z0-9-]*)\""));

  /** A catalogue row: {@code | `name` | …}. */
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z][a-z0-9-]*)`\\s*\\|", Pattern.MULTILINE);

  @Test
  void everyCheckInTheCodeHasACatalogueRowAndEveryRowACheck() throws IOException {
    Set<String> inCode = checksInCode();
    Set<String> inCatalogue = checksInCatalogue();
    TreeSet<String> missing = new TreeSet<>(inCode);
    missing.removeAll(inCatalogue);
    TreeSet<String> stale = new TreeSet<>(inCatalogue);
    stale.removeAll(inCode);
    assertEquals(Set.of(), missing, "checks reported by the code but missing from 检查一览 in docs/language.md");
    assertEquals(Set.of(), stale, "rows of 检查一览 for checks the code no longer reports");
  }

  @Test
  void theScanFindsChecksOfEveryPhase() throws IOException {
    // Guards the scan itself: a pattern that stopped matching would make the test above vacuous.
    Set<String> inCode = checksInCode();
    for (String check : List.of("io", "syntax", "unknown-fact", "duplicate-otherwise", "gap",
        "mandatory-omitted", "unreachable-range", "text-mismatch", "text-modality", "unused-suppression")) {
      assertTrue(inCode.contains(check), check + " not found by the scan: " + inCode);
    }
    assertTrue(inCode.size() >= 45, "only " + inCode.size() + " checks found: " + inCode);
  }

  private static Set<String> checksInCode() throws IOException {
    Set<String> found = new TreeSet<>();
    // Every module's main sources: a check reported outside the dsl needs its row too.
    List<Path> sources = new java.util.ArrayList<>();
    List<Path> roots;
    try (Stream<Path> modules = Files.list(ROOT)) {
      roots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
    }
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    for (Path source : sources) {
      String text = Files.readString(source);
      for (Pattern pattern : REPORTED) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
          found.add(matcher.group(1));
        }
      }
    }
    return found;
  }

  private static Set<String> checksInCatalogue() throws IOException {
    String language = Files.readString(LANGUAGE);
    int start = language.indexOf("### 检查一览");
    assertTrue(start >= 0, "docs/language.md has no section 检查一览");
    int end = language.indexOf("\n## ", start);
    String section = language.substring(start, end < 0 ? language.length() : end);
    Set<String> found = new TreeSet<>();
    Matcher matcher = ROW.matcher(section);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
