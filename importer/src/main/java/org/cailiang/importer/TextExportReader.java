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
  private List<String> notes = new ArrayList<>();

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
      if (rows != null && rowComplete() && isStray(line.substring(1))) {
        // A row starts with its code (or an empty cell under a merged one): a cell of text here
        // is one too many for the row above, kept there so the rows below stay aligned.
        cells.add(new StringBuilder(line.substring(1)));
        return;
      }
      if (cells == null || rowComplete()) {
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
    boolean rowComplete = cells == null || rowComplete();
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

  private boolean rowComplete() {
    return cells != null && width > 0 && cells.size() >= width;
  }

  /** Whether a cell's first line cannot start a row: text that is neither a code nor a header. */
  private static boolean isStray(String firstLine) {
    String compact = Cells.compact(firstLine);
    return !compact.isEmpty() && !compact.matches("[A-Za-z0-9].*") && !compact.startsWith("编码");
  }

  /**
   * A row with more cells than the header, noted and cut to the header's width. The cell the
   * 法律依据 column should hold starts 第…条: cells between the code and it that are one too many
   * go (a stray cell after the code); any still too many at the end go too.
   */
  private List<String> realign(List<String> texts) {
    List<String> kept = new ArrayList<>(texts);
    List<String> dropped = new ArrayList<>();
    int basisColumn = headerColumns[2];
    int basis = -1;
    for (int i = basisColumn; i < kept.size() && basis < 0; i++) {
      basis = ARTICLE_START.matcher(kept.get(i)).find() ? i : -1;
    }
    for (; basis > basisColumn && basisColumn > 0 && kept.size() > width; basis--) {
      dropped.add(kept.remove(basisColumn - 1));
    }
    while (kept.size() > width) {
      dropped.add(kept.remove(kept.size() - 1));
    }
    notes.add(path + ":" + rowLine + ":1: 第" + rowLine + "行有" + texts.size() + "个单元格，表头有" + width
        + "个：多出的单元格「" + Strings.abbreviate(Cells.compact(String.join("」「", dropped)), 60)
        + "」未导入，其余按列对齐，请核对；下一行从编码处重新对齐");
    return kept;
  }

  private static final java.util.regex.Pattern ARTICLE_START =
      java.util.regex.Pattern.compile("^第[一二三四五六七八九十百零〇两0-9０-９]+条");

  private void finishRow() {
    if (cells == null) {
      return;
    }
    List<String> texts = cells.stream().map(b -> Cells.clean(b.toString())).toList();
    cells = null;
    if (rows != null && texts.size() > width) {
      texts = realign(texts);
    }
    int[] header = GridSections.header(texts);
    if (header != null) {
      if (rows != null) {
        sections.add(new Table.Section(sectionTitle, sectionLine, rows, notes));
        notes = new ArrayList<>();
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
      sections.add(new Table.Section(sectionTitle, sectionLine, rows, notes));
    }
    if (sections.isEmpty()) {
      throw new ImportException(path, 1, 1, GridSections.notATable("文件"));
    }
    return new Table(path, sections);
  }
}
