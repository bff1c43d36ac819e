package org.cailiang.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.ReferralRows;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Writes a standard back in the official layout — a title per regulation, the five columns, a
 * row per tier, the 违法行为 and 法律依据 cells merged over a violation's rows — as an Excel
 * workbook or a Word document, so reviewers can compare it with the file it was imported from.
 */
public final class OfficeRenderer {
  /** The creator in the documents' core properties: how {@code render -o} knows its own files. */
  public static final String CREATOR = "cailiang render";

  /**
   * The documents' creation date and their zip entries' time: fixed, so that a standard renders
   * to the same bytes every time (1980-01-01, the earliest time a zip entry can hold).
   */
  private static final long FIXED_TIME = 315_532_800_000L;
  private static final Optional<Date> CREATED = Optional.of(new Date(FIXED_TIME));

  private OfficeRenderer() {}

  /** One row of the official layout. */
  private record Line(String code, String behaviour, String basis, String circumstance, String text) {
    List<String> cells() {
      return List.of(code, behaviour, basis, circumstance, text);
    }
  }

  /** A regulation's title and rows; {@code spans} are the row counts of its violations. */
  private record Section(String title, List<Line> lines, List<Integer> spans) {}

  /** Said where a text is cut to fit an Excel cell. */
  static final String CUT = "……（原文过长：Excel 单元格最多 32767 个字符，全文见 docx、Markdown 或 HTML 版本）";

  /**
   * A text as one cell holds it: Excel's cells end at 32,767 characters (POI refuses more), so a
   * longer one is cut, never inside a surrogate pair, and says so (hostile check: an article of
   * 32,768 characters was an internal error).
   */
  static String cellText(String text) {
    int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    if (text.length() <= max) {
      return text;
    }
    int cut = max - CUT.length();
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut) + CUT;
  }

  /** Text that looks like Excel's own escape ({@code _x0041_}): its underscore escaped. */
  private static final java.util.regex.Pattern EXCEL_ESCAPE =
      java.util.regex.Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");

  /**
   * A cell's text for a sheet: Excel (and POI) read {@code _xHHHH_} as the character HHHH, so
   * such a run is written with its underscore as {@code _x005F_} (hostile check: a label
   * {@code 单位_x0041_一般} showed as 单位A一般 and was imported so).
   */
  static String xlsxText(String text) {
    // Escaped first, then cut to the cell's limit: the escapes lengthen the text (hostile
    // check: 4,000 escaped runs passed 32,767 characters, an internal error).
    // Invisible characters shown (⟨U+202E⟩), as Markdown and HTML show them (hostile re-check: an
    // escaped U+202E reached Word and Excel as the character, reordering the official text).
    return cellText(EXCEL_ESCAPE.matcher(org.cailiang.dsl.diag.Characters.visible(text)).replaceAll("_x005F_"));
  }

  public static byte[] xlsx(Standard standard) throws IOException {
    OfficeFiles.quietPoi();
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      marked(workbook.getProperties().getCoreProperties());
      Sheet sheet = workbook.createSheet("裁量基准");
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      int[] widths = {16, 30, 60, 24, 50};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      int r = 0;
      for (Section section : sections(standard)) {
        sheet.createRow(r).createCell(0).setCellValue(xlsxText(section.title()));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 4));
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < 5; c++) {
          header.createCell(c).setCellValue(Table.COLUMNS.get(c));
        }
        int first = r;
        for (Line line : section.lines()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < 5; c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellStyle(wrap);
            if (!line.cells().get(c).isEmpty()) {
              cell.setCellValue(xlsxText(line.cells().get(c)));
            }
          }
        }
        for (int span : section.spans()) {
          if (span > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, first + span - 1, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(first, first + span - 1, 2, 2));
          }
          first += span;
        }
      }
      workbook.write(out);
      return reproducible(out.toByteArray());
    }
  }

  public static byte[] docx(Standard standard) throws IOException {
    OfficeFiles.quietPoi();
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      marked(document.getProperties().getCoreProperties());
      for (Section section : sections(standard)) {
        document.createParagraph().createRun().setText(org.cailiang.dsl.diag.Characters.visible(section.title()));
        XWPFTable table = document.createTable(section.lines().size() + 1, 5);
        for (int c = 0; c < 5; c++) {
          text(table.getRow(0).getCell(c), Table.COLUMNS.get(c));
        }
        int row = 1;
        for (int span : section.spans()) {
          for (int i = 0; i < span; i++, row++) {
            Line line = section.lines().get(row - 1);
            for (int c = 0; c < 5; c++) {
              XWPFTableCell cell = table.getRow(row).getCell(c);
              if (span > 1 && (c == 1 || c == 2)) {
                cell.getCTTc().addNewTcPr().addNewVMerge().setVal(i == 0
                    ? org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART
                    : org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
              }
              text(cell, line.cells().get(c));
            }
          }
        }
      }
      document.write(out);
      return reproducible(out.toByteArray());
    }
  }

  private static void text(XWPFTableCell cell, String text) {
    String[] lines = org.cailiang.dsl.diag.Characters.visible(text).split("\n", -1);
    XWPFParagraph first = cell.getParagraphs().get(0);
    first.createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }

  private static List<Section> sections(Standard standard) {
    List<Section> sections = new ArrayList<>();
    java.util.Set<String> higherOnly = org.cailiang.dsl.model.HigherLawOnly.of(standard);
    for (Regulation regulation : standard.regulations()) {
      if (higherOnly.contains(regulation.id()) || regulation.violations().isEmpty()) {
        // Declared as higher law only, or only cited (行政处罚法第三十三条 for 不予处罚): no
        // table of its own, as in the HTML render; an empty table read as rows lost.
        continue;
      }
      List<Line> lines = new ArrayList<>();
      List<Integer> spans = new ArrayList<>();
      for (Violation violation : regulation.violations()) {
        String basis = basis(standard, violation);
        boolean first = true;
        for (Tier tier : violation.tiers()) {
          lines.add(new Line(codeCell(violation, tier.suffix()), first ? violation.text() : "",
              first ? basis : "", tier.circumstance(), tier.text()));
          first = false;
        }
        List<ReferralRows.Row> referrals = ReferralRows.of(violation);
        for (ReferralRows.Row row : referrals) {
          lines.add(new Line(codeCell(violation, ""), "", "", row.circumstance(), row.text()));
        }
        spans.add(violation.tiers().size() + referrals.size());
      }
      sections.add(new Section("违反《" + regulation.title() + "》处罚裁量基准", lines, spans));
    }
    return sections;
  }

  /** The 编码 cell of a row: the code with the suffix, a range as 第一个-（换行）最后一个. */
  private static String codeCell(Violation violation, String suffix) {
    return violation.codes().first() + suffix
        + (violation.codes().isRange() ? "-\n" + violation.codes().last() + suffix : "");
  }

  /** The 法律依据 cell: each cited article, its number and its text, a blank line between. */
  private static String basis(Standard standard, Violation violation) {
    List<String> parts = new ArrayList<>();
    for (ArticleRef ref : violation.citations()) {
      standard.article(ref).ifPresent(a -> parts.add(a.number() + "  " + a.text()));
    }
    return String.join("\n\n", parts);
  }

  /** The creator {@code render -o} knows its files by, and the fixed creation date. */
  private static void marked(POIXMLProperties.CoreProperties properties) {
    properties.setCreator(CREATOR);
    properties.setCreated(CREATED);
  }

  /**
   * The same zip with every entry's time fixed (POI stamps them with the time of writing), sealed
   * with the digest of its entries in the zip's comment ({@link OfficeSeal}).
   */
  private static byte[] reproducible(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    OfficeSeal seal = new OfficeSeal();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        // The DOS time as written, not through the machine's zone (hostile check: another zone,
        // other bytes); a day after 1980-01-01 00:00, the JDK's mark for "earlier", which adds a
        // zone-dependent extended time.
        fixed.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 2, 0, 0));
        rewritten.putNextEntry(fixed);
        byte[] content = in.readAllBytes();
        rewritten.write(content);
        rewritten.closeEntry();
        seal.add(entry.getName(), new ByteArrayInputStream(content));
      }
      rewritten.setComment(seal.comment());
    }
    return out.toByteArray();
  }
}
