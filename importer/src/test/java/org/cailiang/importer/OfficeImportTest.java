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

  /** Cells computed by formulas read as the values Excel saved, not as the formulas. */
  @Test
  void xlsxFormulaCellsReadAsTheirSavedValues() throws Exception {
    Path plain = dir.resolve("plain.xlsx");
    OfficeTables.xlsx(Importer.read(SeedImportTest.SEED, "seed"), plain);
    Path xlsx = dir.resolve("beijing.xlsx");
    int formulas = 0;
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(plain))) {
      var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      for (var row : workbook.getSheetAt(0)) {
        var cell = row.getCell(0);
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && !cell.getStringCellValue().isEmpty()) {
          String text = cell.getStringCellValue();
          cell.setCellFormula("\"" + text.replace("\"", "\"\"") + "\"&\"\""); // ="…"&"": a formula, the same text
          evaluator.evaluateFormulaCell(cell); // the value Excel would save beside the formula
          formulas++;
        }
      }
      try (var out = java.nio.file.Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    assertTrue(formulas > 10, "formulas: " + formulas);
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
