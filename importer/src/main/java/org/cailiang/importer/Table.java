package org.cailiang.importer;

import java.util.List;

/**
 * An official table as read from any format, before its structure is understood: one section per
 * regulation (its title, then its rows). Each row has the five columns of the official layout in
 * their usual order; a cell hidden under a vertically merged cell is empty, as in the text export.
 *
 * @param path the file as messages show it
 * @param sections the sections in file order
 */
public record Table(String path, List<Table.Section> sections) {

  /** The five columns of the official layout, in order. */
  public static final List<String> COLUMNS = List.of("编码", "违法行为", "法律依据", "违法情节", "裁量基准");

  public Table {
    sections = List.copyOf(sections);
  }

  /** How many rows the table has in all. */
  public int rowCount() {
    return sections.stream().mapToInt(s -> s.rows().size()).sum();
  }

  /**
   * A title (违反《…》处罚裁量基准) and the rows below its header; {@code notes} are what the reader
   * had to leave out or realign (a row with more cells than the header), for the draft's 待核对.
   */
  public record Section(String title, int line, List<Row> rows, List<String> notes) {
    public Section {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }

    public Section(String title, int line, List<Row> rows) {
      this(title, line, rows, List.of());
    }
  }

  /**
   * A row: its five cells, each with line breaks as {@code \n} and without surrounding blank lines.
   *
   * @param line where the row starts: a line of a text or CSV file, a row of a sheet, or the row's
   *     number within a Word table
   */
  public record Row(int line, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public String code() {
      return cells.get(0);
    }

    public String behaviour() {
      return cells.get(1);
    }

    public String basis() {
      return cells.get(2);
    }

    public String circumstance() {
      return cells.get(3);
    }

    public String standard() {
      return cells.get(4);
    }

    /** Whether every cell is empty. */
    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }
}
