package org.cailiang.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;

/**
 * Imports an official table: reads it (Word, Excel, CSV or the text export), infers a draft,
 * writes it as source text, and compiles the draft so its findings can be listed.
 */
public final class Importer {
  /** Text and CSV files larger than this are refused before they are read. */
  static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;

  private Importer() {}

  /** What an import gives: the draft's text, its counts and the compiler's findings on it. */
  public record Result(String source, int rows, int tiers, int sanctions, int doubts,
      Compilation compilation) {

    /** The one-paragraph summary printed after an import. */
    public String summary() {
      return "读取 " + rows + " 行，起草 " + tiers + " 档，识别处罚 " + sanctions + " 项，待核对 " + doubts
          + " 处；检查结果：" + compilation.summary();
    }
  }

  /**
   * Imports a file.
   *
   * @param shownPath the file as messages show it
   * @param draftPath the draft's path as the compiler's findings show it
   */
  public static Result importFile(Path file, String shownPath, String draftPath, Progress progress)
      throws ImportException {
    progress.phase("读取表格");
    Table table = read(file, shownPath);
    if (table.sections().stream().allMatch(s -> s.rows().stream().allMatch(r -> r.code().isBlank()))) {
      String message = "表格有表头，但没有任何一行写了编码：没有可起草的内容";
      int line = table.sections().get(0).line();
      throw isOffice(file) ? new ImportException(shownPath, message)
          : new ImportException(shownPath, Math.max(1, line), 1, message);
    }
    progress.phase("起草");
    Draft draft = DraftBuilder.build(table, progress);
    String source = DraftWriter.write(draft, file.getFileName().toString());
    progress.phase("检查草稿");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile(draftPath, source)));
    return new Result(source, draft.rows(), draft.tierCount(), draft.sanctionCount(),
        draft.doubtCount(), compilation);
  }

  /** Whether the first line of an existing file says the importer wrote it. */
  public static boolean isDraft(String text) {
    return text.startsWith(DraftWriter.MARKER);
  }

  /**
   * Whether a draft is still as the importer wrote it: the checksum its first line ends with is
   * that of the draft without it. An edited draft — the draft asks to be checked and corrected —
   * is the author's work, and a second import must not replace it.
   */
  public static boolean unedited(String text) {
    int firstLineEnd = text.indexOf('\n');
    if (!isDraft(text) || firstLineEnd < 0) {
      return false;
    }
    String first = text.substring(0, firstLineEnd);
    int at = first.lastIndexOf(DraftWriter.CHECKSUM);
    return at >= 0 && first.substring(at + DraftWriter.CHECKSUM.length())
        .equals(DraftWriter.checksum(first.substring(0, at) + text.substring(firstLineEnd)));
  }

  /** Reads the file with the reader its extension names. */
  public static Table read(Path file, String shownPath) throws ImportException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new ImportException(shownPath, Files.exists(file) ? "不是普通文件" : "文件不存在");
    }
    if (name.endsWith(".docx")) {
      return DocxReader.read(file, shownPath);
    }
    if (name.endsWith(".xlsx")) {
      return XlsxReader.read(file, shownPath);
    }
    if (name.endsWith(".csv")) {
      return CsvReader.read(shownPath, text(file, shownPath));
    }
    if (name.endsWith(".txt")) {
      return TextExportReader.read(shownPath, text(file, shownPath));
    }
    throw new ImportException(shownPath, "不支持的文件类型：可导入 .docx、.xlsx、.csv 和 Word 导出的 .txt");
  }

  private static String text(Path file, String shownPath) throws ImportException {
    try {
      if (Files.size(file) > MAX_TEXT_BYTES) {
        throw new ImportException(shownPath, "文件超过 " + (MAX_TEXT_BYTES >> 20) + " MB，拒绝读取");
      }
      byte[] bytes = Files.readAllBytes(file);
      // Word's and Excel's "Unicode" text is UTF-16 with a byte-order mark (hostile check: called
      // "not UTF-8, GBK?"): read as it says.
      boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE;
      boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF;
      java.nio.charset.Charset charset = littleEndian ? StandardCharsets.UTF_16LE
          : bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ImportException(shownPath, 1, 1, "文件不是 UTF-8 或带字节顺序标记的 UTF-16 文本"
          + "（GBK 等编码导出的文件请先另存为 UTF-8）");
    } catch (IOException e) {
      throw new ImportException(shownPath, "无法读取文件：" + OfficeFiles.oneLine(e.getMessage()));
    }
  }

  private static boolean isOffice(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".docx") || name.endsWith(".xlsx");
  }
}
