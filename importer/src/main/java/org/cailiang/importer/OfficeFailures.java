package org.cailiang.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.RecordFormatException;
import org.apache.xmlbeans.XmlException;

/**
 * Says in words a 法制 officer understands why POI could not read a Word or Excel file: what the
 * file is not, and what to do. POI's own (English) text is never the whole message.
 */
final class OfficeFailures {
  private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");
  private static final Pattern RATIO = Pattern.compile("ratio: ([0-9.Ee-]+)");

  private OfficeFailures() {}

  /** The kind of Office file, as users name it. */
  record Kind(String extension, String name, String application) {
    static Kind of(String extension) {
      return extension.equals("docx") ? new Kind("docx", "Word 文档", "Word")
          : new Kind("xlsx", "Excel 工作簿", "Excel");
    }

    /** 不是有效的 Word 文档（.docx）. */
    String notValid() {
      return "不是有效的 " + name + "（." + extension + "）";
    }

    /** What to do about a file Office can perhaps still open. */
    String resave() {
      return "请用 " + application + " 打开后另存为 ." + extension + " 再导入";
    }
  }

  static String emptyFile() {
    return "文件为空（0 字节），没有可导入的内容：请确认选对了文件";
  }

  /** The message for whatever POI threw while reading, given the limits that were set. */
  static String describe(Throwable failure, Kind kind, double minInflateRatio, long maxEntryBytes) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String text = t.getMessage() == null ? "" : t.getMessage();
      if (text.contains("Zip bomb") && text.contains("ratio")) {
        return "压缩比例超限，拒绝读取：文件中的 " + entry(text) + " 解压后是压缩大小的 "
            + times(text) + " 倍，超过上限 " + Math.round(1 / minInflateRatio)
            + " 倍（疑似压缩炸弹）";
      }
      if (text.contains("Zip bomb") || text.contains("max entry size")) {
        return "解压大小超限，拒绝读取：文件中的 " + entry(text) + " 解压后超过 "
            + (maxEntryBytes >> 20) + " MB 的上限（疑似压缩炸弹）";
      }
      if (text.contains("DOCTYPE")) {
        return "文件内部的 XML 含有 DOCTYPE 声明（" + kind.application()
            + " 保存的文件不会有），可能是恶意构造的文件，拒绝读取";
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EmptyFileException) {
        return emptyFile();
      }
      if (t instanceof UnsupportedFileFormatException || t instanceof InvalidFormatException
          || t instanceof InvalidOperationException) {
        return kind.notValid() + "：文件缺少 ." + kind.extension() + " 应有的组成部分（已损坏，或不是 "
            + kind.application() + " 保存的文件）；" + kind.resave();
      }
      if (t instanceof ZipException || t instanceof java.io.EOFException) {
        return kind.notValid() + "：压缩数据已损坏或不完整（文件可能没有下载或复制完整）；"
            + kind.resave();
      }
      // A value out of its type (w:gridSpan="abc") or a cell reference that is none (ZZ:1):
      // hostile check, the Java exception's name was the message.
      if (t instanceof XmlException || t instanceof POIXMLException
          || t instanceof OpenXML4JRuntimeException || t instanceof RecordFormatException
          || t instanceof org.apache.xmlbeans.XmlRuntimeException
          || t instanceof IllegalArgumentException) {
        return kind.notValid() + "：文件内部的内容不符合 ." + kind.extension() + " 格式（已损坏？）；"
            + kind.resave();
      }
      if (t instanceof StackOverflowError) {
        return "文件中的内容嵌套层次过深（如表格套表格），超出了读取时的嵌套深度限制，无法读取；"
            + kind.application() + " 保存的裁量基准表格不会这样嵌套，" + kind.resave();
      }
    }
    return kind.notValid() + "：文件已损坏或格式不受支持；" + kind.resave() + "（"
        + failure.getClass().getSimpleName() + "）";
  }

  private static String entry(String text) {
    Matcher m = ENTRY.matcher(text);
    return m.find() ? m.group(1) : "某一部分";
  }

  private static String times(String text) {
    Matcher m = RATIO.matcher(text);
    if (m.find()) {
      try {
        double ratio = Double.parseDouble(m.group(1));
        if (ratio > 0) {
          return String.valueOf(Math.round(1 / ratio));
        }
      } catch (NumberFormatException e) {
        // fall through: the message still says which limit was hit
      }
    }
    return "数百";
  }
}
