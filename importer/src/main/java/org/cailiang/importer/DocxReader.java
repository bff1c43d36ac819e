package org.cailiang.importer;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a Word document and the paragraphs between them (the titles). Word marks a
 * vertically merged cell with {@code vMerge}: the first cell holds the text, the cells below are
 * {@code continue} and read as empty; a cell spanning columns ({@code gridSpan}) counts once per
 * column it covers, the extra ones empty.
 */
final class DocxReader {
  private DocxReader() {}

  static Table read(Path file, String path) throws ImportException {
    return OfficeFiles.read(file, path, "docx", () -> {
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
          XWPFDocument document = new XWPFDocument(pkg)) {
        GridSections grid = new GridSections(path);
        int line = 0;
        for (IBodyElement element : document.getBodyElements()) {
          if (element instanceof XWPFParagraph paragraph) {
            line++;
            grid.paragraph(line, paragraph.getText());
          } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
              line++;
              grid.add(line, cells(row));
            }
          }
        }
        return grid.finish("文档");
      }
    });
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr properties = cell.getCTTc().getTcPr();
      boolean continued = false;
      int span = 1;
      if (properties != null) {
        CTVMerge merge = properties.getVMerge();
        continued = merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
        if (properties.getGridSpan() != null) {
          BigInteger value = properties.getGridSpan().getVal();
          span = value == null ? 1 : Math.max(1, Math.min(value.intValue(), 64));
        }
      }
      cells.add(continued ? "" : cell.getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n")));
      for (int i = 1; i < span; i++) {
        cells.add("");
      }
    }
    return cells;
  }
}
