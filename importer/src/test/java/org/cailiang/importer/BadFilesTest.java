package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be imported get one clear message each, never a stack trace. */
class BadFilesTest {
  @TempDir
  Path dir;

  private String error(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.importFile(file, name, "draft.cailiang", Progress.NONE));
    return e.render();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Hostile check: a value out of its type ({@code <w:gridSpan w:val="abc"/>}) and a merge that
   * is no cell range ({@code <mergeCell ref="ZZ:1"/>}) were refused naming the Java exception;
   * they are files whose content does not fit the format.
   */
  @Test
  void contentThatDoesNotFitTheFormatIsSaidSoWithoutJavasNames() throws Exception {
    assertEquals("gridspan_nan.docx: error: 不是有效的 Word 文档（.docx）：文件内部的内容不符合 .docx 格式（已损坏？）；"
        + "请用 Word 打开后另存为 .docx 再导入", error("gridspan_nan.docx", hostile("gridspan_nan.docx")));
    assertEquals("merge_bad.xlsx: error: 不是有效的 Excel 工作簿（.xlsx）：文件内部的内容不符合 .xlsx 格式（已损坏？）；"
        + "请用 Excel 打开后另存为 .xlsx 再导入", error("merge_bad.xlsx", hostile("merge_bad.xlsx")));
  }

  private static byte[] hostile(String name) throws java.io.IOException {
    try (java.io.InputStream in = BadFilesTest.class.getResourceAsStream("/hostile/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void proseIsNotATable() throws Exception {
    assertEquals("notes.txt:1:1: error: 文件中没有裁量基准表格：找不到表头（编码、违法行为、法律依据、违法情节、裁量基准）",
        error("notes.txt", utf8("会议纪要\n\t第一项\n\t第二项\n")));
  }

  @Test
  void aWorkbookWithoutTheHeaderIsNotATable() throws Exception {
    Path file = dir.resolve("other.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("预算");
      workbook.write(out);
    }
    assertEquals("other.xlsx: error: 工作簿中没有裁量基准表格：找不到表头（编码、违法行为、法律依据、违法情节、裁量基准）",
        error("other.xlsx", Files.readAllBytes(file)));
  }

  /** Legal author: 违法行为编码 and 处罚标准 were refused, and the message did not say what was missing. */
  @Test
  void theColumnsGoByTheirUsualNamesAndAMissingOneIsNamed() throws Exception {
    String csv = "违法行为编码,违法行为,处罚依据,情节,处罚标准\n"
        + "X00010,某行为,《某办法》第一条,一般,处500元以下罚款\n";
    Path file = dir.resolve("synonyms.csv");
    Files.write(file, utf8(csv));
    Table table = Importer.read(file, "synonyms.csv");
    assertEquals(List.of("X00010", "某行为", "《某办法》第一条", "一般", "处500元以下罚款"),
        table.sections().get(0).rows().get(0).cells());
    // 违法情节 and 裁量阶次 both there: the first of the column's names is taken.
    Files.write(file, utf8("编码,违法行为,法律依据,裁量阶次,违法情节,裁量基准\nX00010,某行为,依据,B010,一般,处罚\n"));
    assertEquals("一般", Importer.read(file, "synonyms.csv").sections().get(0).rows().get(0).circumstance());
    // Both the violation's code and the tiers' codes: the tiers' are read.
    Files.write(file, utf8("违法行为编码,裁量编码,违法行为,法律依据,违法情节,裁量基准\nX00010,X00010A010,某行为,依据,一般,处罚\n"));
    assertEquals("X00010A010", Importer.read(file, "synonyms.csv").sections().get(0).rows().get(0).code());
    assertEquals("near.csv:1:1: error: CSV 文件中没有裁量基准表格：最像表头的一行（编码、违法行为、备注）缺少法律依据（可写作 "
            + "法律依据、处罚依据、法律规定、依据）；违法情节（可写作 违法情节、情节、裁量情节、具体情节、适用情形、情形、违法程度、"
            + "裁量阶次）；裁量基准（可写作 裁量基准、处罚标准、裁量标准、处罚基准、处罚裁量基准、具体标准、处罚幅度、裁量幅度）",
        error("near.csv", utf8("编码,违法行为,备注\nX00010,某行为,无\n")));
  }

  /**
   * Hostile check: an error value Excel does not know ({@code #D3!}) or a date that does not exist in a
   * table cell failed the whole import as a corrupt workbook.
   */
  @Test
  void aCellPoiCannotReadIsImportedEmptyAndNamed() throws Exception {
    for (String odd : List.of("<c r=\"D3\" t=\"e\"><v>#D3!</v></c>",
        "<c r=\"D3\" t=\"d\"><v>2024-02-30T00:00:00</v></c>")) {
      Path file = dir.resolve("odd.xlsx");
      try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("表1");
        String[][] rows = {{"违反《某办法》处罚裁量基准"}, {"编码", "违法行为", "法律依据", "违法情节", "裁量基准"},
            {"X00001A010", "某行为", "《某办法》第一条 处500元以下罚款。", "一般", "处500元以下罚款"}};
        for (int r = 0; r < rows.length; r++) {
          org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
        workbook.write(out);
      }
      Path patched = dir.resolve("patched.xlsx");
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
          java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(patched))) {
        for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
          byte[] bytes = zip.getInputStream(entry).readAllBytes();
          if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
            bytes = new String(bytes, StandardCharsets.UTF_8)
                .replaceFirst("<c r=\"D3\"[^>]*>.*?</c>", odd).getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
          out.write(bytes);
        }
      }
      Table table = Importer.read(patched, "patched.xlsx");
      assertEquals("", table.sections().get(0).rows().get(0).circumstance(), odd);
      assertEquals(List.of("单元格 表1!D3 的值无法读取（Excel 错误值或不存在的日期），按空白导入，请在原表中核对"),
          table.sections().get(0).notes(), odd);
    }
  }

  @Test
  void aTableWithEmptyCellsEverywhereHasNothingToDraft() throws Exception {
    String csv = "违反《某办法》处罚裁量基准,,,,\n编码,违法行为,法律依据,违法情节,裁量基准\n,,,,\n,,,,\n";
    assertEquals("empty.csv:1:1: error: 表格有表头，但没有任何一行写了编码：没有可起草的内容",
        error("empty.csv", utf8(csv)));
    String text = "违反《某办法》处罚裁量基准\n\t编码\n\t违法行为\n\t法律依据\n\t违法情节\n\t裁量基准\n"
        + "\t\n\t\n\t\n\t\n\t一般情况下\n";
    assertTrue(error("empty.txt", utf8(text)).contains("没有任何一行写了编码"));
  }

  @Test
  void aPasswordProtectedWorkbookIsRefused() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("密码");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
        workbook.createSheet("裁量基准");
        workbook.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertEquals("secret.xlsx: error: 文件受密码保护（加密），或是旧版 .doc/.xls 格式：请去掉密码或另存为 .xlsx 后再导入",
        error("secret.xlsx", Files.readAllBytes(file)));
  }

  @Test
  void aCorruptDocxIsRefused() throws Exception {
    Path good = dir.resolve("good.docx");
    OfficeTables.docx(Importer.read(SeedImportTest.SEED, "seed"), good);
    byte[] bytes = Files.readAllBytes(good);
    String message = error("broken.docx", Arrays.copyOf(bytes, bytes.length / 2));
    assertTrue(message.startsWith("broken.docx: error: 不是有效的 Word 文档（.docx）："), message);
    assertTrue(message.endsWith("请用 Word 打开后另存为 .docx 再导入"), message);
    assertEquals("fake.docx: error: 不是有效的 Word 文档（.docx）：文件内容不是 .docx 格式（扩展名与内容不符，"
        + "或已损坏）；请用 Word 打开后另存为 .docx 再导入", error("fake.docx", utf8("这不是 Word 文件")));
  }

  @Test
  void aZipBombIsRefused() throws Exception {
    java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 200; i++) { // 200 MB of spaces, a few hundred kB compressed
        out.write(spaces);
      }
      out.write(utf8("</Types>"));
      out.closeEntry();
    }
    String message = error("bomb.xlsx", zip.toByteArray());
    assertTrue(message.startsWith("bomb.xlsx: error: 压缩比例超限，拒绝读取：文件中的 [Content_Types].xml "
        + "解压后是压缩大小的 "), message);
    assertTrue(message.endsWith(" 倍，超过上限 100 倍（疑似压缩炸弹）"), message);
  }

  private String review(String name) throws Exception {
    return error(name, Files.readAllBytes(Path.of("src/test/resources/review", name)));
  }

  // Issue 16, review finding 5: an empty Office file was an internal error (exit 3).
  @Test
  void emptyOfficeFilesAreToldAsEmpty() throws Exception {
    assertEquals("empty.xlsx: error: 文件为空（0 字节），没有可导入的内容：请确认选对了文件",
        error("empty.xlsx", new byte[0]));
    assertEquals("empty.docx: error: 文件为空（0 字节），没有可导入的内容：请确认选对了文件",
        error("empty.docx", new byte[0]));
  }

  // Issue 16, review finding 19: POI's English text was the whole message.
  @Test
  void poiFailuresAreToldInChinese() throws Exception {
    assertEquals("j02_nodoc.docx: error: 不是有效的 Word 文档（.docx）：文件缺少 .docx 应有的组成部分"
        + "（已损坏，或不是 Word 保存的文件）；请用 Word 打开后另存为 .docx 再导入", review("j02_nodoc.docx"));
    assertEquals("j07_fake.xlsx: error: 不是有效的 Excel 工作簿（.xlsx）：文件缺少 .xlsx 应有的组成部分"
        + "（已损坏，或不是 Excel 保存的文件）；请用 Excel 打开后另存为 .xlsx 再导入", review("j07_fake.xlsx"));
    assertEquals("j08_laughs.docx: error: 文件内部的 XML 含有 DOCTYPE 声明（Word 保存的文件不会有），"
        + "可能是恶意构造的文件，拒绝读取", review("j08_laughs.docx"));
  }

  // Issue 16, review finding 19: 1.3 KB of deeply nested tables is no zip bomb.
  @Test
  void aSmallDeeplyNestedDocxIsNotCalledAZipBomb() throws Exception {
    String message = review("j05_deep.docx");
    assertFalse(message.contains("压缩炸弹"), message);
    assertEquals("j05_deep.docx: error: 文件中的内容嵌套层次过深（如表格套表格），超出了读取时的嵌套深度限制，"
        + "无法读取；Word 保存的裁量基准表格不会这样嵌套，请用 Word 打开后另存为 .docx 再导入", message);
  }

  @Test
  void anUnclosedQuoteInCsvIsShownWhereItStarts() throws Exception {
    assertEquals("bad.csv:2:3: error: 引号未闭合：这个字段一直到文件结尾都没有结束",
        error("bad.csv", utf8("编码,违法行为,法律依据,违法情节,裁量基准\nA,\"未闭合,x\n")));
  }

  // Issue 16, review finding 20: a quote closed in mid-field gave a nonsense draft.
  @Test
  void textAfterAClosingQuoteIsAnUnclosedQuoteWhereItStarts() throws Exception {
    assertEquals("i10_badquote.csv:3:1: error: 引号未闭合：这个字段的引号在第3行第24列就结束了，其后还有文字「对单位处」"
        + "（字段中的引号要写成两个 \"\"）", review("i10_badquote.csv"));
  }

  @Test
  void otherFilesAreRefusedByName() throws Exception {
    assertEquals("table.pdf: error: 不支持的文件类型：可导入 .docx、.xlsx、.csv 和 Word 导出的 .txt",
        error("table.pdf", utf8("%PDF-1.4")));
    assertEquals("gbk.txt:1:1: error: 文件不是 UTF-8 或带字节顺序标记的 UTF-16 文本（GBK 等编码导出的文件请先另存为 UTF-8）",
        error("gbk.txt", "违反《办法》".getBytes(java.nio.charset.Charset.forName("GBK"))));
  }

  /** Hostile check: Excel's and Word's "Unicode" text, UTF-16 with a byte-order mark, was refused as not UTF-8. */
  @Test
  void utf16WithAByteOrderMarkIsRead() throws Exception {
    String table = "违反《某市管理办法》处罚裁量基准\n编码,违法行为,法律依据,违法情节,裁量基准\n"
        + "A00001A010,甲行为,第十条 违反本办法的，处一千元以下罚款。,一般,处一千元以下罚款。\n";
    Path utf8 = dir.resolve("u8.csv");
    Files.writeString(utf8, table);
    String expected = withoutHeader(Importer.importFile(utf8, "t.csv", "d.cailiang", Progress.NONE).source());
    for (String charset : List.of("UTF-16LE", "UTF-16BE")) {
      byte[] bom = charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] body = table.getBytes(java.nio.charset.Charset.forName(charset));
      byte[] all = java.util.Arrays.copyOf(bom, bom.length + body.length);
      System.arraycopy(body, 0, all, bom.length, body.length);
      Path file = Files.write(dir.resolve(charset + ".csv"), all);
      assertEquals(expected, withoutHeader(Importer.importFile(file, "t.csv", "d.cailiang", Progress.NONE).source()),
          charset);
    }
  }

  /** The draft without its first line, which names the file and its checksum. */
  private static String withoutHeader(String draft) {
    return draft.substring(draft.indexOf('\n') + 1);
  }
}
