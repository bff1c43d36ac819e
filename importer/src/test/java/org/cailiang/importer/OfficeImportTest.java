package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word and an Excel file of the seed's table import to the same draft as its text export. */
class OfficeImportTest {
  @TempDir
  Path dir;

  @Test
  void docxImportsToTheSameDraftAsTheTextExport() throws Exception {
    Path docx = dir.resolve("beijing.docx");
    OfficeTables.docx(Importer.read(SeedImportTest.SEED, "seed"), docx);
    assertSameDraft(docx);
  }

  @Test
  void xlsxImportsToTheSameDraftAsTheTextExport() throws Exception {
    Path xlsx = dir.resolve("beijing.xlsx");
    OfficeTables.xlsx(Importer.read(SeedImportTest.SEED, "seed"), xlsx);
    assertSameDraft(xlsx);
  }

  @Test
  void csvImportsToTheSameDraftAsTheTextExport() throws Exception {
    Table table = Importer.read(SeedImportTest.SEED, "seed");
    StringBuilder csv = new StringBuilder();
    for (Table.Section section : table.sections()) {
      csv.append(section.title()).append(",,,,\r\n");
      csv.append(String.join(",", Table.COLUMNS)).append("\r\n");
      for (Table.Row row : section.rows()) {
        csv.append(String.join(",", row.cells().stream()
            .map(c -> c.isEmpty() ? "" : "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
      }
    }
    Path file = dir.resolve("beijing.csv");
    java.nio.file.Files.writeString(file, csv);
    assertSameDraft(file);
  }

  private static void assertSameDraft(Path file) throws Exception {
    Importer.Result text = SeedImportTest.importSeed();
    Importer.Result office = Importer.importFile(file, file.getFileName().toString(), "draft.cailiang",
        Progress.NONE);
    assertEquals(body(text.source()), body(office.source()));
    assertEquals(text.rows(), office.rows());
    assertTrue(office.source().startsWith(DraftWriter.MARKER + "，来源：" + file.getFileName()));
  }

  /** The draft without its first line, which names the file imported. */
  private static String body(String source) {
    return source.substring(source.indexOf('\n') + 1);
  }
}
