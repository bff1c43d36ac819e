package org.cailiang.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * What Word and Excel files share: refusing files that are not Office Open XML (encrypted files are
 * OLE2 containers), and POI's limits against zip bombs. Every POI failure becomes an {@link
 * ImportException}: a bad file is the user's problem to fix, never a stack trace.
 */
final class OfficeFiles {
  /** An entry may not expand more than 100 times (POI's default allows 100); nor beyond 100 MB. */
  private static final double MIN_INFLATE_RATIO = 0.01;

  private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

  /**
   * Entries up to 1 MB are not held to the ratio: a small, very repetitive XML part (a deeply
   * nested table) compresses more than 100 times and is harmless; the bound on size still holds.
   */
  private static final long GRACE_ENTRY_SIZE = 1024L * 1024;

  static {
    // POI logs through the Log4j API; with no provider on the class path Log4j prints a status
    // error on stderr. The importer reports through its own messages, so POI's log is switched off.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
  }

  private OfficeFiles() {}

  /** Switches POI's log off (by loading this class) before POI is first used. */
  static void quietPoi() {
    // the static initializer has run
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** A body that reads the opened file; may throw whatever POI throws. */
  interface Reading {
    Table read() throws Exception;
  }

  /** Checks the file's kind, then runs {@code reading} with POI's failures translated. */
  static Table read(Path file, String path, String kind, Reading reading) throws ImportException {
    OfficeFailures.Kind office = OfficeFailures.Kind.of(kind);
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_SIZE);
    FileMagic magic;
    try {
      if (Files.size(file) == 0) {
        throw new ImportException(path, OfficeFailures.emptyFile());
      }
    } catch (IOException e) {
      throw new ImportException(path, "无法读取文件：" + oneLine(e.getMessage()));
    }
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new ImportException(path, "无法读取文件：" + oneLine(e.getMessage()));
    }
    if (magic == FileMagic.OLE2) {
      throw new ImportException(path, "文件受密码保护（加密），或是旧版 .doc/.xls 格式：请去掉密码或另存为 ."
          + kind + " 后再导入");
    }
    if (magic != FileMagic.OOXML) {
      throw new ImportException(path, office.notValid() + "：文件内容不是 ." + kind
          + " 格式（扩展名与内容不符，或已损坏）；" + office.resave());
    }
    try {
      return reading.read();
    } catch (ImportException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new ImportException(path, "文件受密码保护（加密）：请去掉密码后再导入");
    } catch (StackOverflowError e) {
      // nesting deeper than the parser's stack: a limit of reading, not of the file's size
      throw new ImportException(path, OfficeFailures.describe(e, office, MIN_INFLATE_RATIO, MAX_ENTRY_SIZE));
    } catch (Exception | LinkageError e) {
      throw new ImportException(path,
          OfficeFailures.describe(e, office, MIN_INFLATE_RATIO, MAX_ENTRY_SIZE));
    }
  }

  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.replaceAll("\\s*\\R\\s*", " ").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
