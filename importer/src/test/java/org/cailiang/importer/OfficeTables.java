package org.cailiang.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds Word and Excel files of a table the way Word and Excel store them: an empty cell below
 * a filled one is part of a vertically merged cell (Word: {@code vMerge restart} on the first
 * cell, {@code continue} below; Excel: a merged region whose value is in its top cell).
 */
final class OfficeTables {
  private OfficeTables() {}

  static void xlsx(Table table, Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("裁量基准");
      int r = 0;
      for (Table.Section section : table.sections()) {
        Row title = sheet.createRow(r);
        title.createCell(0).setCellValue(section.title());
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < 5; c++) {
          header.createCell(c).setCellValue(Table.COLUMNS.get(c));
        }
        int first = r;
        for (Table.Row row : section.rows()) {
          Row sheetRow = sheet.createRow(r++);
          for (int c = 0; c < 5; c++) {
            Cell cell = sheetRow.createCell(c);
            if (!row.cells().get(c).isEmpty()) {
              cell.setCellValue(row.cells().get(c));
            }
          }
        }
        for (int c = 0; c < 5; c++) {
          int start = -1;
          for (int i = 0; i <= section.rows().size(); i++) {
            boolean empty = i < section.rows().size() && section.rows().get(i).cells().get(c).isEmpty();
            if (!empty) {
              if (start >= 0 && i - 1 > start) {
                sheet.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, c, c));
              }
              start = i;
            }
          }
        }
      }
      workbook.write(out);
    }
  }

  static void docx(Table table, Path file) throws IOException {
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (Table.Section section : table.sections()) {
        document.createParagraph().createRun().setText(section.title());
        List<Table.Row> rows = section.rows();
        XWPFTable wordTable = document.createTable(rows.size() + 1, 5);
        for (int c = 0; c < 5; c++) {
          text(wordTable.getRow(0).getCell(c), Table.COLUMNS.get(c));
        }
        for (int i = 0; i < rows.size(); i++) {
          XWPFTableRow wordRow = wordTable.getRow(i + 1);
          for (int c = 0; c < 5; c++) {
            XWPFTableCell cell = wordRow.getCell(c);
            String text = rows.get(i).cells().get(c);
            boolean continues = text.isEmpty() && i > 0;
            boolean restarts = !text.isEmpty() && i + 1 < rows.size()
                && rows.get(i + 1).cells().get(c).isEmpty();
            if (continues || restarts) {
              CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
                  : cell.getCTTc().addNewTcPr();
              properties.addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
            }
            text(cell, text);
          }
        }
      }
      document.write(out);
    }
  }

  /** One paragraph per line, as Word keeps a cell's lines. */
  private static void text(XWPFTableCell cell, String text) {
    String[] lines = text.split("\n", -1);
    XWPFParagraph first = cell.getParagraphs().get(0);
    first.createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }
}
