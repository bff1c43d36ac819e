package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example written back in the official layout (xlsx, docx) imports again to the same
 * sanctions: the layout carries what the standard says.
 */
class RenderRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void xlsxRoundTripKeepsEverySanction() throws Exception {
    Standard example = example();
    Path file = dir.resolve("beijing.xlsx");
    Files.write(file, OfficeRenderer.xlsx(example));
    assertRoundTrip(example, file);
  }

  @Test
  void docxRoundTripKeepsEverySanction() throws Exception {
    Standard example = example();
    Path file = dir.resolve("beijing.docx");
    Files.write(file, OfficeRenderer.docx(example));
    assertRoundTrip(example, file);
  }

  @Test
  void renderingIsDeterministicInContent() throws Exception {
    Standard example = example();
    Path a = dir.resolve("a.xlsx");
    Path b = dir.resolve("b.xlsx");
    Files.write(a, OfficeRenderer.xlsx(example));
    Files.write(b, OfficeRenderer.xlsx(example));
    assertEquals(Importer.read(a, "x").sections(), Importer.read(b, "x").sections());
  }

  /**
   * Legal author: a referral without a condition that the basis article also writes was read
   * back twice (from its rendered row and from the article), a duplicate-referral error.
   */
  @Test
  void aReferralTheArticleAlsoWritesIsReadBackOnce() throws Exception {
    Compilation compilation = StandardCompiler.compileSources(List.of(
        new org.cailiang.dsl.diag.SourceFile("t.cailiang", """
            standard t "标准" {
            }
            party unit "单位"
            regulation reg "条例" {
              article a1 "第一条" "处一千元以下罚款；构成犯罪的，依法追究刑事责任。"
              violation X00001 "违法" {
                basis a1
                refer ends "构成犯罪的，依法追究刑事责任"
                statute { fine unit ..1000 }
                tier B010 "一般" otherwise { fine unit ..1000 text "处一千元以下罚款。" }
              }
            }
            """)));
    assertFalse(compilation.hasErrors(), compilation.render());
    Path file = Files.write(dir.resolve("t.docx"), OfficeRenderer.docx(compilation.standards().get(0)));
    Importer.Result result = Importer.importFile(file, "t.docx", "d.cailiang", Progress.NONE);
    assertEquals(1, result.source().lines().filter(l -> l.strip().startsWith("refer ")).count(), result.source());
    Compilation again = StandardCompiler.compileSources(List.of(
        new org.cailiang.dsl.diag.SourceFile("d.cailiang", result.source())));
    assertTrue(again.diagnostics().stream().noneMatch(d -> d.check().equals("duplicate-referral")), again.render());
  }

  /**
   * Hostile re-check: an official text with an escaped U+202E reached Word and Excel as the
   * character, which reorders what they display; they show it as Markdown and HTML do.
   */
  @Test
  void invisibleCharactersAreShownInOfficeFiles() throws Exception {
    org.cailiang.dsl.Compilation compilation = org.cailiang.dsl.StandardCompiler.compileSources(List.of(
        new org.cailiang.dsl.diag.SourceFile("t.cailiang", """
            standard t "标准" {
            }
            party unit "单位"
            regulation reg "条例" {
              article a1 "第一条" "处一千元以下罚款。"
              violation X00001 "违法" {
                basis a1
                statute { fine unit ..1000 }
                tier B010 "一般" otherwise { fine unit ..1000 text "处一千元以下罚款\\u{202E}款罚下以元万一处" }
              }
            }
            """)));
    Standard standard = compilation.standards().get(0);
    List<byte[]> rendered = List.of(OfficeRenderer.docx(standard), OfficeRenderer.xlsx(standard));
    for (int i = 0; i < rendered.size(); i++) {
      Path file = Files.write(dir.resolve("t" + i + ".zip"), rendered.get(i));
      String all = new String(readAllEntries(file), java.nio.charset.StandardCharsets.UTF_8);
      org.junit.jupiter.api.Assertions.assertFalse(all.contains("\u202E"), "the raw control");
      org.junit.jupiter.api.Assertions.assertTrue(all.contains("⟨U+202E⟩"), "shown");
    }
  }

  private static byte[] readAllEntries(Path zip) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        in.transferTo(out);
      }
    }
    return out.toByteArray();
  }

  /** Hostile check: the zip entries' times went through the machine's zone, so bytes differed. */
  @Test
  void renderingIsByteIdenticalInEveryTimeZone() throws Exception {
    Standard example = example();
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
      byte[] xlsx = OfficeRenderer.xlsx(example);
      byte[] docx = OfficeRenderer.docx(example);
      for (String other : List.of("Asia/Tokyo", "America/New_York")) {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(other));
        org.junit.jupiter.api.Assertions.assertArrayEquals(xlsx, OfficeRenderer.xlsx(example), other);
        org.junit.jupiter.api.Assertions.assertArrayEquals(docx, OfficeRenderer.docx(example), other);
      }
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void regulationsDeclaredOnlyAsHigherLawGetNoTable() throws Exception {
    Standard example = example();
    Path xlsx = dir.resolve("bj.xlsx");
    Path docx = dir.resolve("bj.docx");
    Files.write(xlsx, OfficeRenderer.xlsx(example));
    Files.write(docx, OfficeRenderer.docx(example));
    for (Path file : List.of(xlsx, docx)) {
      List<String> titles = Importer.read(file, "x").sections().stream()
          .map(Table.Section::title).toList();
      // beijing.cailiang declares 公共安全视频图像信息系统管理条例 only as higher law (implements)
      assertEquals(List.of("违反《北京市公共安全图像信息系统管理办法》处罚裁量基准",
          "违反《北京市住宅区及住宅安全防范设施建设和使用管理办法》处罚裁量基准"), titles);
    }
  }

  /**
   * Legal review: a law only cited (行政处罚法第三十三条 as the basis of 不予处罚, 个人信息保护法)
   * got an empty table, read as rows lost.
   */
  @Test
  void regulationsOnlyCitedGetNoTable() throws Exception {
    Path examples = SeedImportTest.EXAMPLE.getParent();
    Compilation security = StandardCompiler.compile(
        List.of(examples.resolve("example_security.cailiang")), null);
    assertFalse(security.hasErrors(), security.render());
    Path docx = dir.resolve("security.docx");
    Path xlsx = dir.resolve("security.xlsx");
    Files.write(docx, OfficeRenderer.docx(security.standards().get(0)));
    Files.write(xlsx, OfficeRenderer.xlsx(security.standards().get(0)));
    for (Path file : List.of(xlsx, docx)) {
      List<String> titles = Importer.read(file, "x").sections().stream()
          .map(Table.Section::title).toList();
      assertEquals(List.of("违反《中华人民共和国网络安全法（2016年）》处罚裁量基准",
          "违反《中华人民共和国治安管理处罚法（2012年修正）》处罚裁量基准"), titles);
    }
  }

  /** Hostile check: a label 单位_x0041_一般 came back from the xlsx as 单位A一般. */
  @Test
  void textThatLooksLikeExcelsEscapeComesBackAsWritten() throws Exception {
    String source = java.nio.file.Files.readString(SeedImportTest.EXAMPLE)
        .replace("tier B010 \"单位设置，尚未造成危害后果。\"", "tier B010 \"单位_x0041_设置_X00e9_，_x12_\"");
    Files.copy(SeedImportTest.EXAMPLE.resolveSibling("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    Path edited = Files.writeString(dir.resolve("beijing.cailiang"), source);
    Compilation compilation = StandardCompiler.compile(List.of(edited), dir);
    assertFalse(compilation.hasErrors(), compilation.render());
    Path xlsx = dir.resolve("escape.xlsx");
    Files.write(xlsx, OfficeRenderer.xlsx(compilation.standards().get(0)));
    List<String> circumstances = Importer.read(xlsx, "x").sections().stream()
        .flatMap(section -> section.rows().stream()).map(Table.Row::circumstance).toList();
    org.junit.jupiter.api.Assertions.assertTrue(circumstances.contains("单位_x0041_设置_X00e9_，_x12_"),
        circumstances.toString());
    assertEquals("a_x005F_x0041_b", OfficeRenderer.xlsxText("a_x0041_b"));
    assertEquals("_x12_ _xZZZZ_", OfficeRenderer.xlsxText("_x12_ _xZZZZ_"));
    // Escaped, then cut to Excel's limit (hostile re-check: an internal error past 32,767).
    String longest = OfficeRenderer.xlsxText("_x0041_".repeat(5000));
    assertTrue(longest.length() <= 32767, "" + longest.length());
    assertTrue(longest.startsWith("_x005F_x0041_"), longest.substring(0, 20));
  }

  /**
   * Legal author: a referral (构成犯罪的…) was in no table render; rendered as a row after the
   * tiers, it imports back as the violation's referral, not as a tier (E06401's two reminders;
   * Beijing's, which its tiers list, get no row).
   */
  @Test
  void referralRowsComeBackAsReferrals() throws Exception {
    Path examples = SeedImportTest.EXAMPLE.getParent();
    Compilation security = StandardCompiler.compile(
        List.of(examples.resolve("example_security.cailiang")), null);
    assertFalse(security.hasErrors(), security.render());
    Path docx = dir.resolve("security.docx");
    Files.write(docx, OfficeRenderer.docx(security.standards().get(0)));
    List<String> rows = Importer.read(docx, "x").sections().stream()
        .flatMap(section -> section.rows().stream()).map(Table.Row::standard).toList();
    assertTrue(rows.contains("构成犯罪的，依法追究刑事责任（仅作提示，未设条件：构成的，依法移送）"), rows.toString());
    Importer.Result result = Importer.importFile(docx, "security.docx", "d.cailiang", Progress.NONE);
    assertTrue(result.source().contains("refer ends \"构成犯罪的，依法追究刑事责任\""), result.source());
    assertTrue(result.source().contains("refer beside \"构成违反治安管理行为的，依法给予治安管理处罚\""), result.source());
    assertFalse(result.source().contains("（仅作提示"), "the mark is not drafted as text");
    Standard beijing = example();
    assertEquals(List.of(), beijing.violations().stream()
        .flatMap(v -> org.cailiang.dsl.model.ReferralRows.of(v).stream()).toList());
  }

  /** Hostile re-check: a tier's row whose text ends in a referral's mark lost its tier. */
  @Test
  void aTiersRowEndingInAMarkStaysATier() throws Exception {
    Path csv = Files.writeString(dir.resolve("t.csv"), """
        违反《测试条例》处罚裁量基准
        编码,违法行为,法律依据,违法情节,裁量基准
        Y00001A010,某行为,"第一条 违反规定的，对单位处一万元以下罚款。",一般,对单位处1万元以下罚款
        Y00001A030,,,严重,构成犯罪的，依法追究刑事责任（依法移送，与适用的阶次并行）
        Y00001,,,涉嫌犯罪,构成犯罪的，依法追究刑事责任（依法移送，与适用的阶次并行）
        """);
    Importer.Result result = Importer.importFile(csv, "t.csv", "d.cailiang", Progress.NONE);
    assertTrue(result.source().contains("tier A030"), result.source());
    assertTrue(result.source().contains("refer beside \"构成犯罪的，依法追究刑事责任\""), result.source());
    assertEquals(2, result.tiers());
  }

  private static Standard example() {
    Compilation example = StandardCompiler.compile(List.of(SeedImportTest.EXAMPLE), null);
    assertFalse(example.hasErrors(), example.render());
    return example.standards().get(0);
  }

  private static void assertRoundTrip(Standard example, Path file) throws Exception {
    Importer.Result result = Importer.importFile(file, file.getFileName().toString(), "d.cailiang",
        Progress.NONE);
    assertFalse(result.compilation().hasErrors(), result.compilation().render());
    assertEquals(ModelSanctions.byCode(example),
        ModelSanctions.byCode(result.compilation().standards().get(0)));
  }
}
