package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;

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
  /** The row that named most columns without being a header, for the message when none is. */
  private List<String> nearest;
  private int nearestNamed;

  GridSections(String path) {
    this.path = path;
  }

  /** What the reader could not read, for the 待核对 of the section being read (or the next). */
  void note(String note) {
    notes.add(note);
  }

  /**
   * Adds a paragraph outside any table (Word): a title of the table after it, or, after a table,
   * a note under it (注1：…) — never a row (legal author: the notes under a table were drafted as
   * violations 1 to 4).
   */
  void paragraph(int line, String text) {
    if (text.isBlank()) {
      return;
    }
    if (rows != null && isNote(text)) {
      notes.add(noted(line, text));
      return;
    }
    if (title.length() == 0) {
      titleLine = line;
    }
    title.append(Cells.compact(text));
  }

  /** Adds the next row of the grid, read at {@code line}. */
  void add(int line, List<String> cells) {
    int[] header = header(cells);
    int named = header == null ? named(cells) : NAMES.size();
    if (header == null && named >= 2 && named > nearestNamed) {
      nearest = List.copyOf(cells);
      nearestNamed = named;
    }
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
    if (filled == 1 && rows != null && isNote(firstFilled(cells))) {
      notes.add(noted(line, firstFilled(cells)));
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
    if (rows != null && title.length() > 0) {
      // Text after the last table that heads no table: kept for the reader, not dropped.
      notes.add("第" + titleLine + "行起的文字在最后一个表格之后，未导入：「" + Strings.abbreviate(title.toString(), 80) + "」");
    }
    finishSection();
    if (sections.isEmpty()) {
      throw new ImportException(path, notATable(what, nearest));
    }
    return new Table(path, sections);
  }

  static String notATable(String what) {
    return what + "中没有裁量基准表格：找不到表头（编码、违法行为、法律依据、违法情节、裁量基准）";
  }

  /**
   * The names each of the five columns goes by in agencies' tables, the preferred first (legal
   * author: 违法行为编码 and 处罚标准 were refused). Where a header has two names of one column
   * (违法情节 and 裁量阶次), the earlier in this list is taken.
   */
  static final List<List<String>> NAMES = List.of(
      // The tiers' own codes first: beside them a 违法行为编码 column holds the violation's alone
      // (hostile re-check: C05834..C05835 became C05834, its tier codes line numbers).
      List.of("编码", "裁量编码", "裁量基准编码", "阶次编码", "违法行为编码", "违法行为代码", "违法代码", "事项编码",
          "代码"),
      List.of("违法行为", "违法行为名称", "违法行为描述", "违法事实"),
      List.of("法律依据", "处罚依据", "法律规定", "依据"),
      List.of("违法情节", "情节", "裁量情节", "具体情节", "适用情形", "情形", "违法程度", "裁量阶次"),
      List.of("裁量基准", "处罚标准", "裁量标准", "处罚基准", "处罚裁量基准", "具体标准", "处罚幅度",
          "裁量幅度"));

  /** The message for a file without a header, naming what the nearest row lacked. */
  static String notATable(String what, List<String> nearest) {
    if (nearest == null) {
      return notATable(what);
    }
    List<String> missing = new ArrayList<>();
    for (List<String> names : NAMES) {
      if (column(nearest, names) < 0) {
        missing.add(names.get(0) + "（可写作 " + String.join("、", names) + "）");
      }
    }
    return what + "中没有裁量基准表格：最像表头的一行（" + String.join("、", nearest.stream()
        .map(Cells::compact).filter(c -> !c.isEmpty()).toList()) + "）缺少" + String.join("；", missing);
  }

  /** The first cell that bears one of the names, the names tried in order; -1 when none. */
  private static int column(List<String> cells, List<String> names) {
    for (String name : names) {
      for (int i = 0; i < cells.size(); i++) {
        if (Cells.compact(cells.get(i)).equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** How many of the five columns a row names. */
  static int named(List<String> cells) {
    int count = 0;
    for (List<String> names : NAMES) {
      count += column(cells, names) >= 0 ? 1 : 0;
    }
    return count;
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
    int[] columns = new int[NAMES.size()];
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int c = 0; c < NAMES.size(); c++) {
      columns[c] = column(cells, NAMES.get(c));
      if (columns[c] < 0 || !taken.add(columns[c])) {
        return null;
      }
    }
    return columns;
  }

  /** A note under a table: 注、注1：、备注：、说明：、附注、※ or *. */
  private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
      "^(?:(?:备注|附注|注释|说明|注)[0-9０-９一二三四五六七八九十①-⑳]*[：:．.、]|[（(]注[）)]|[※*＊])");

  static boolean isNote(String text) {
    return NOTE.matcher(Cells.compact(text)).find();
  }

  private static String noted(int line, String text) {
    return "第" + line + "行是表注，未作为档次导入：「" + Strings.abbreviate(Cells.compact(text), 80) + "」";
  }

  private static boolean isTitle(String text) {
    String compact = Cells.compact(text);
    return compact.startsWith("违反《") || compact.endsWith("裁量基准");
  }

  private static String firstFilled(List<String> cells) {
    return cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
  }
}
