package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain-text export of a Word table: each cell starts on a line beginning with a tab and
 * runs on over the lines without one; a row has as many cells as the header. Outside rows, lines
 * are titles (违反《…》处罚裁量基准, possibly over two lines). Word leaves {@code [bookmark: …]}
 * markers and page numbers (a line of digits) in the export; both are dropped.
 */
final class TextExportReader {
  private final String path;
  private final List<Table.Section> sections = new ArrayList<>();
  private final StringBuilder title = new StringBuilder();
  private int titleLine;
  private int width;
  private String sectionTitle;
  private int sectionLine;
  private List<Table.Row> rows;
  private List<StringBuilder> cells;
  private int rowLine;
  private int[] headerColumns;

  private TextExportReader(String path) {
    this.path = path;
  }

  static Table read(String path, String text) throws ImportException {
    TextExportReader reader = new TextExportReader(path);
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      reader.line(i + 1, lines[i]);
    }
    return reader.finish();
  }

  private void line(int number, String raw) {
    String line = raw.contains("[bookmark: ")
        ? raw.replaceAll("\\[bookmark: [^\\]]*\\]", "").replace("\uFEFF", "") : raw.replace("\uFEFF", "");
    if (line.startsWith("\t")) {
      if (cells == null || width > 0 && cells.size() == width) {
        finishRow();
        cells = new ArrayList<>();
        rowLine = number;
      }
      cells.add(new StringBuilder(line.substring(1)));
      if (width == 0 && GridSections.header(cells.stream().map(Object::toString).toList()) != null) {
        finishRow(); // the first header: its width tells where later rows end
      }
      return;
    }
    boolean rowComplete = cells == null || width > 0 && cells.size() == width;
    String compact = Cells.compact(line);
    if (rowComplete && compact.matches("[0-9]+")) {
      return; // a page number
    }
    if (rowComplete && (compact.startsWith("违反《") || title.length() > 0 && !compact.isEmpty())) {
      finishRow();
      if (title.length() == 0) {
        titleLine = number;
      }
      title.append(compact);
      return;
    }
    if (cells != null) {
      cells.get(cells.size() - 1).append('\n').append(line);
    } else if (!compact.isEmpty()) {
      if (title.length() == 0) {
        titleLine = number;
      }
      title.append(compact);
    }
  }

  private void finishRow() {
    if (cells == null) {
      return;
    }
    List<String> texts = cells.stream().map(b -> Cells.clean(b.toString())).toList();
    cells = null;
    int[] header = GridSections.header(texts);
    if (header != null) {
      if (rows != null) {
        sections.add(new Table.Section(sectionTitle, sectionLine, rows));
      }
      width = texts.size();
      sectionTitle = title.toString();
      sectionLine = titleLine > 0 ? titleLine : rowLine;
      title.setLength(0);
      titleLine = 0;
      rows = new ArrayList<>();
      headerColumns = header;
      return;
    }
    if (rows == null) {
      return; // a table before any header: not a discretion table
    }
    List<String> picked = new ArrayList<>();
    for (int column : headerColumns) {
      picked.add(column < texts.size() ? texts.get(column) : "");
    }
    Table.Row row = new Table.Row(rowLine, picked);
    if (!row.isBlank()) {
      rows.add(row);
    }
  }

  private Table finish() throws ImportException {
    finishRow();
    if (rows != null) {
      sections.add(new Table.Section(sectionTitle, sectionLine, rows));
    }
    if (sections.isEmpty()) {
      throw new ImportException(path, 1, 1, GridSections.notATable("文件"));
    }
    return new Table(path, sections);
  }
}
