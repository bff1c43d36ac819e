package org.cailiang.importer;

/**
 * A file that cannot be imported, with where and why: shown as {@code path:line:col: error:
 * message}, or {@code path: error: message} for binary files, which have no lines.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  /** A problem at a line and column (1-based) of a text file. */
  public ImportException(String path, int line, int column, String message) {
    super(message);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** A problem with a binary file as a whole. */
  public ImportException(String path, String message) {
    this(path, 0, 0, message);
  }

  /** The diagnostic line. */
  public String render() {
    String where = line > 0 ? path + ":" + line + ":" + column : path;
    return where + ": error: " + getMessage();
  }
}
