package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a grid of cells (a sheet, a CSV file) into sections: a row whose only text is in one cell
 * is a title line, a row naming the five columns is a header, the rows after it are data. Columns
 * are found by their header names, so an extra or reordered column does not matter.
 */
final class GridSections {
  private final String path;
  private final List<Table.Section> sections = new ArrayList<>();
  private final StringBuilder title = new StringBuilder();
  private int titleLine;
  private int[] columns;
  private String sectionTitle;
  private int sectionLine;
  private List<Table.Row> rows;
  private int headerWidth;
  private List<String> notes = new ArrayList<>();

  GridSections(String path) {
    this.path = path;
  }

  /** Adds the next row of the grid, read at {@code line}. */
  void add(int line, List<String> cells) {
    int[] header = header(cells);
    if (header != null) {
      finishSection();
      columns = header;
      headerWidth = width(cells);
      sectionTitle = title.toString();
      sectionLine = titleLine > 0 ? titleLine : line;
      rows = new ArrayList<>();
      title.setLength(0);
      titleLine = 0;
      return;
    }
    long filled = cells.stream().filter(c -> !c.isBlank()).count();
    if (filled == 0) {
      return;
    }
    if (filled == 1 && (rows == null || isTitle(firstFilled(cells)))) {
      if (title.length() == 0) {
        titleLine = line;
      }
      title.append(Cells.compact(firstFilled(cells)));
      return;
    }
    if (rows == null) {
      return; // text above the first header that is not a title: ignored, like a cover page
    }
    List<String> picked = new ArrayList<>();
    for (int column : columns) {
      picked.add(column < cells.size() ? Cells.clean(cells.get(column)) : "");
    }
    rows.add(new Table.Row(line, picked));
    if (width(cells) > headerWidth) {
      List<String> extra = cells.subList(headerWidth, cells.size()).stream()
          .filter(c -> !c.isBlank()).map(Cells::compact).toList();
      notes.add("第" + line + "行有" + width(cells) + "个单元格，表头有" + headerWidth + "个：多出的单元格未导入（「"
          + Strings.abbreviate(String.join("」「", extra), 40) + "」）");
    }
  }

  /** How many cells a row has, up to its last one with text. */
  private static int width(List<String> cells) {
    int width = cells.size();
    while (width > 0 && cells.get(width - 1).isBlank()) {
      width--;
    }
    return width;
  }

  /** The sections read; fails when there was no header at all. */
  Table finish(String what) throws ImportException {
    finishSection();
    if (sections.isEmpty()) {
      throw new ImportException(path, notATable(what));
    }
    return new Table(path, sections);
  }

  static String notATable(String what) {
    return what + "中没有裁量基准表格：找不到表头（编码、违法行为、法律依据、违法情节、裁量基准）";
  }

  private void finishSection() {
    if (rows != null) {
      sections.add(new Table.Section(sectionTitle, sectionLine, rows, notes));
      rows = null;
      notes = new ArrayList<>();
    }
  }

  /** The column of each of the five names, or null when this row is not a header. */
  static int[] header(List<String> cells) {
    Map<String, Integer> found = new TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = Cells.compact(cells.get(i));
      if (Table.COLUMNS.contains(name)) {
        found.putIfAbsent(name, i);
      }
    }
    if (found.size() != Table.COLUMNS.size()) {
      return null;
    }
    return Table.COLUMNS.stream().mapToInt(found::get).toArray();
  }

  private static boolean isTitle(String text) {
    String compact = Cells.compact(text);
    return compact.startsWith("违反《") || compact.endsWith("裁量基准");
  }

  private static String firstFilled(List<String> cells) {
    return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
  }
}
