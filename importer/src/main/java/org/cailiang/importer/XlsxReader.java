package org.cailiang.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every sheet of an Excel workbook. Excel keeps the value of a merged area in its top-left
 * cell only; the other cells of the area read as empty, like the text export's merged cells.
 */
final class XlsxReader {
  private XlsxReader() {}

  static Table read(Path file, String path) throws ImportException {
    return OfficeFiles.read(file, path, "xlsx", () -> {
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
          XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
        GridSections grid = new GridSections(path);
        DataFormatter formatter = new DataFormatter();
        // A formula cell reads as the value Excel last computed and saved, not as its formula:
        // nothing of the workbook is evaluated here.
        formatter.setUseCachedValuesForFormulaCells(true);
        int line = 0;
        for (Sheet sheet : workbook) {
          List<CellRangeAddress> merged = sheet.getMergedRegions();
          for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
            Row row = sheet.getRow(r);
            line++;
            if (row == null) {
              continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
              Cell cell = row.getCell(c);
              boolean hidden = isHiddenByMerge(merged, r, c);
              cells.add(cell == null || hidden ? "" : text(cell, formatter, grid));
            }
            grid.add(line, cells);
          }
        }
        return grid.finish("工作簿");
      }
    });
  }

  /**
   * The cell as Excel shows it; a value POI cannot read (an error value such as {@code #REF!}
   * stored oddly, a date that does not exist) reads as empty and is named for the draft's
   * 待核对, not taken for a corrupt workbook (hostile check: the whole import was lost).
   */
  private static String text(Cell cell, DataFormatter formatter, GridSections grid) {
    try {
      return formatter.formatCellValue(cell);
    } catch (RuntimeException e) {
      grid.note("单元格 " + cell.getSheet().getSheetName() + "!" + cell.getAddress()
          + " 的值无法读取（Excel 错误值或不存在的日期），按空白导入，请在原表中核对");
      return "";
    }
  }

  private static boolean isHiddenByMerge(List<CellRangeAddress> merged, int row, int column) {
    for (CellRangeAddress range : merged) {
      if (range.isInRange(row, column)) {
        return row != range.getFirstRow() || column != range.getFirstColumn();
      }
    }
    return false;
  }
}
