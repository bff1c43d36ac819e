package org.cailiang.dsl.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The names {@code suppress} knows agree with the catalogue of docs/language.md (检查一览): a row
 * whose 抑制 column starts with 可以 (or 提示可以) is suppressible, every other row is not. A
 * check added to the catalogue but not here would be called unknown when someone suppresses it.
 */
class CheckNamesTest {
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([a-z][a-z0-9-]*)`\\s*\\|(?:[^|]*\\|){4}\\s*([^|]*?)\\s*\\|\\s*$", Pattern.MULTILINE);

  @Test
  void theSuppressibleAndTheOtherNamesAreTheCatalogues() throws IOException {
    String language = Files.readString(Path.of("../docs/language.md"));
    Set<String> suppressible = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    Matcher row = ROW.matcher(language);
    while (row.find()) {
      String column = row.group(2);
      (column.startsWith("可以") || column.startsWith("提示可以") ? suppressible : others).add(row.group(1));
    }
    assertEquals(suppressible, new TreeSet<>(CheckNames.SUPPRESSIBLE), "suppressible checks");
    assertEquals(others, new TreeSet<>(CheckNames.NOT_SUPPRESSIBLE), "checks that cannot be suppressed");
  }

  @Test
  void aMisspeltNameGetsTheNearestSuppressibleOnes() {
    assertEquals(List.of("higher-law"), CheckNames.nearest("higher-laws"));
    assertEquals(List.of(), CheckNames.nearest("zzz"));
    assertEquals(Set.of(), CheckNames.all().filter(n -> CheckNames.SUPPRESSIBLE.contains(n)
        && CheckNames.NOT_SUPPRESSIBLE.contains(n)).collect(Collectors.toSet()));
  }
}
