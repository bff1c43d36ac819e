package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A table of 5,000 rows imports to a draft that compiles. Not timed here (docs/import.md has the
 * measurement); the test leaves the files in target/ for it: large-5000.txt, .xlsx and .docx.
 */
class LargeTableTest {
  @Test
  void aTableOf5000RowsImportsAndCompiles() throws Exception {
    Table table = SyntheticTables.table(5000);
    Path text = Path.of("target/large-5000.txt");
    Files.writeString(text, SyntheticTables.textExport(table));
    Path xlsx = Path.of("target/large-5000.xlsx");
    OfficeTables.xlsx(table, xlsx);
    OfficeTables.docx(table, Path.of("target/large-5000.docx"));
    int[] seen = {0};
    Importer.Result result = Importer.importFile(text, "large-5000.txt", "large.cailiang",
        (done, total) -> seen[0] = Math.max(seen[0], done));
    assertFalse(result.compilation().hasErrors(), result.compilation().summary());
    assertEquals(5001, result.rows());
    assertEquals(5001, result.tiers());
    assertEquals(5001, seen[0]);
    Importer.Result fromXlsx = Importer.importFile(xlsx, "large-5000.xlsx", "large.cailiang",
        Progress.NONE);
    assertEquals(result.source().substring(result.source().indexOf('\n')),
        fromXlsx.source().substring(fromXlsx.source().indexOf('\n')));
  }
}
