package org.cailiang.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180: commas, fields in double quotes may hold commas, quotes doubled and
 * line breaks) into a grid, then into sections as a sheet would be.
 */
final class CsvReader {
  private CsvReader() {}

  /** The text after {@code from} up to the end of its field or line, for a message. */
  private static String rest(String input, int from) {
    int end = from;
    while (end < input.length() && end - from < 20 && ",\r\n\"".indexOf(input.charAt(end)) < 0) {
      end++;
    }
    return input.substring(from, end);
  }

  static Table read(String path, String text) throws ImportException {
    GridSections grid = new GridSections(path);
    String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int column = 1;
    int recordLine = 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    boolean quoted = false;
    boolean fieldStarted = false;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
          field.append('"');
          i++;
          column++;
        } else if (c == '"') {
          quoted = false;
          char after = i + 1 < input.length() ? input.charAt(i + 1) : ',';
          if (after != ',' && after != '\n' && after != '\r') {
            // "a"b: the quote ends mid-field, so another quote is missing (or one is stray)
            throw new ImportException(path, quoteLine, quoteColumn, "引号未闭合：这个字段的引号在第"
                + line + "行第" + column + "列就结束了，其后还有文字「" + rest(input, i + 1)
                + "」（字段中的引号要写成两个 \"\"）");
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        quoteLine = line;
        quoteColumn = column;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        grid.add(recordLine, record);
        record = new ArrayList<>();
        line++;
        column = 1;
        recordLine = line;
        continue;
      } else {
        field.append(c);
        fieldStarted = true;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    if (quoted) {
      throw new ImportException(path, quoteLine, quoteColumn, "引号未闭合：这个字段一直到文件结尾都没有结束");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      grid.add(recordLine, record);
    }
    try {
      return grid.finish("CSV 文件");
    } catch (ImportException e) {
      throw new ImportException(path, 1, 1, e.getMessage());
    }
  }
}
