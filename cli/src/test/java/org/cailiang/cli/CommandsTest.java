package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand and exit code, run against the Beijing standard. */
class CommandsTest {
  private static final String BROKEN = """
      standard broken "有错误" {
      }
      party unit "单位"
      regulation reg "条例" {
        article a1 "第一条" "罚则。"
        violation X00001 "行为" {
          basis a2
          tier B010 "一般" otherwise { fine unit ..500 }
        }
      }
      """;

  /** Every command's help lists -V: each prints the version, as the main command does. */
  @Test
  void everyCommandPrintsTheVersion() {
    String version = CliRun.of("--version").out();
    org.junit.jupiter.api.Assertions.assertTrue(version.startsWith("cailiang "), version);
    for (String command : new String[] {"check", "eval", "diff", "render", "generate", "test", "import", "format"}) {
      CliRun run = CliRun.of(command, "-V");
      org.junit.jupiter.api.Assertions.assertEquals(0, run.exitCode(), command + ": " + run.err());
      org.junit.jupiter.api.Assertions.assertEquals(version, run.out(), command);
    }
  }

  @Test
  void checkIsCleanOnTheExamples() {
    CliRun run = CliRun.of("check", CliRun.BEIJING, CliRun.EXAMPLE);
    // Beijing's two 地方政府规章 declare no fine-limit: a note each (fine-limit-undeclared), no finding.
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("fine-limit-undeclared", "fine-limit-undeclared"), checks(run.out() + run.err()));
    assertTrue(run.out().endsWith("0 errors, 0 warnings\n"), run.out());
  }

  @Test
  void checkReportsFindingsWithPositionAndCaret(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.cailiang"), BROKEN);
    CliRun run = CliRun.of("check", broken.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("broken.cailiang:7:11: error: 法规 reg 中没有条款 a2 [unknown-article]\n    basis a2\n          ^~\n"), run.out());
  }

  @Test
  void checkFormatsJsonAndSarif(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.cailiang"), BROKEN);
    CliRun json = CliRun.of("check", "--format", "json", broken.toString());
    assertEquals(1, json.exitCode());
    assertTrue(json.out().contains("\"line\": 7,\n    \"column\": 11,"), json.out());
    assertTrue(json.out().contains("\"check\": \"unknown-article\""), json.out());
    CliRun sarif = CliRun.of("check", "--format", "sarif", broken.toString());
    assertEquals(1, sarif.exitCode());
    assertTrue(sarif.out().contains("\"version\": \"2.1.0\""), sarif.out());
    assertTrue(sarif.out().contains("\"ruleId\": \"unknown-article\""));
    assertTrue(sarif.out().contains("\"startLine\": 7"));
    assertTrue(sarif.out().contains("\"columnKind\": \"unicodeCodePoints\""));
    // A relative URI reference (hostile check: # and ? in a file name read as fragment and query).
    assertEquals("%23%3F%2520%20%E4%B8%AD.cailiang", DiagnosticsJson.uri("#?%20 中.cailiang"));
    assertEquals("dir%5Csub/a-b_c~.cailiang", DiagnosticsJson.uri("dir\\sub/a-b_c~.cailiang"),
        "on Linux a backslash is part of the name");
  }

  @Test
  void checkOfAMissingFileIsAnIoError() {
    CliRun run = CliRun.of("check", "no-such-file.cailiang");
    assertEquals(2, run.exitCode());
    assertTrue(run.out().contains("no-such-file.cailiang:1:1: error: 文件不存在"), run.out());
  }

  @Test
  void evalDecidesByIdsOrLabels() {
    CliRun byLabel = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置", "harm=否");
    assertEquals(0, byLabel.exitCode(), byLabel.err());
    assertTrue(byLabel.out().contains("C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》第二十一条，"
        + "责令拆除；对个人处500元以上1000元以下罚款。\n"), byLabel.out());
    CliRun byId = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=individual", "harm=false");
    assertEquals(byLabel.out(), byId.out());
    // The generated enum's constant name, as the Java API reads it (was refused by eval).
    CliRun byConstant = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=INDIVIDUAL", "harm=false");
    assertEquals(byId.out(), byConstant.out());
  }

  @Test
  void evalNamesWrongFactsAndAllowedValues() {
    CliRun run = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=公司", "colour=red");
    assertEquals(1, run.exitCode());
    assertEquals("""
        C05837：事实有误
          - 事实 setter（设置主体）的值无效：公司，可取：unit（单位设置）、individual（个人设置）
          - 未知事实 colour，本违法行为的事实有：setter, harm
        """, run.err());
    // A fact left out is named only when the decision depends on it (docs/language.md 第 19 节).
    CliRun decided = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=个人设置");
    assertEquals(0, decided.exitCode(), decided.err());
    assertTrue(decided.out().contains("C05837B030（个人设置）："), decided.out());
    CliRun missing = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter=单位设置");
    assertEquals(1, missing.exitCode());
    assertEquals("C05837：事实有误\n  - 缺少事实 harm（造成危害后果），可取：true（是）、false（否）\n", missing.err());
    CliRun unknown = CliRun.of("eval", CliRun.BEIJING, "C09999");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().startsWith("未知编码 C09999"), unknown.err());
    CliRun malformed = CliRun.of("eval", CliRun.BEIJING, "C05837", "setter");
    assertEquals(2, malformed.exitCode());
  }

  @Test
  void evalJson() {
    CliRun run = CliRun.of("eval", "--json", CliRun.EXAMPLE, "E06401", "income=12345.67", "minor=否", "serious=否");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"code\": \"E06401A020\""), run.out());
    assertTrue(run.out().contains("\"min\": 12345.67,\n      \"max\": 37037.01"), run.out());
  }

  @Test
  void evalJsonCarriesTheDataOfDetentionsAndAlternatives() {
    CliRun run = CliRun.of("eval", "--json", CliRun.EXAMPLE, "E05403", "minor=是");
    assertEquals(0, run.exitCode(), run.err());
    String json = run.out().replaceAll("\\s+", " ");
    assertTrue(json.contains("\"kind\": \"alternative\", \"optional\": false, "
        + "\"text\": \"对违法行为人处5日以下拘留或者对违法行为人处500元以下罚款\", \"options\": [ { "
        + "\"kind\": \"detention\", \"optional\": false, \"text\": \"对违法行为人处5日以下拘留\", "
        + "\"parties\": [ \"offender\" ], \"minDays\": 0, \"maxDays\": 5 }, { "
        + "\"kind\": \"fine\", \"optional\": false, \"text\": \"对违法行为人处500元以下罚款\", "
        + "\"parties\": [ \"offender\" ], \"each\": false, \"min\": null, \"max\": 500 } ]"), json);
    assertTrue(json.contains("{ \"kind\": \"order\", \"optional\": false, \"text\": \"予以取缔\" }"), json);
  }

  @Test
  void renderEveryFormat(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"md", "html", "json", "dmn"}) {
      CliRun run = CliRun.of("render", CliRun.BEIJING, "--format", format);
      assertEquals(0, run.exitCode(), format + ": " + run.err());
      assertTrue(run.out().contains(format.equals("dmn") ? "C05840" : "C05843"), format);
    }
    Path html = dir.resolve("out/beijing.html");
    assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", "html", "-o", html.toString()).exitCode());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    assertEquals(2, CliRun.of("render", CliRun.BEIJING, "--format", "pdf").exitCode());
  }

  /**
   * Legal review: a later version could not be rendered (its superseded version was not in the
   * build, and render took one file). With the earlier file given too, the formats of one
   * standard render the first file's, whatever the order of the paths.
   */
  @Test
  void aLaterVersionRendersWithTheFileItSupersedes(@TempDir Path dir) throws Exception {
    String later = "../examples/src/main/cailiang/example_security_2026.cailiang";
    String earlier = "../examples/src/main/cailiang/example_security.cailiang";
    CliRun md = CliRun.of("render", later, earlier, "--format", "md");
    assertEquals(0, md.exitCode(), md.err());
    assertTrue(md.out().contains("网络安全法（2025年修正）") && md.out().contains("网络安全法（2016年）"),
        "both versions");
    for (String format : new String[] {"docx", "xlsx"}) {
      String general = "../examples/src/main/cailiang/xzcff.cailiang"; // a general part only
      for (List<String> order : List.of(List.of(later, earlier), List.of(earlier, later))) {
        Path file = dir.resolve(order.get(0).contains("2026") + "." + format);
        CliRun run = CliRun.of("render", general, order.get(0), order.get(1), "--format", format, "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        String xml = office(file);
        boolean wantLater = order.get(0).equals(later);
        assertEquals(wantLater, xml.contains("网络安全法（2025年修正）"), format + " " + order);
        assertEquals(!wantLater, xml.contains("网络安全法（2016年）"), format + " " + order);
      }
    }
  }

  /**
   * Hostile checks: a reviewer's notes in a rendered docx were overwritten by the next render,
   * first after Word's save (the creator stays; Word adds who saved it and when), then after a
   * script's edit of the text that left the properties alone. The zip's comment seals the
   * entries: an edit without it, or with it copied over changed entries, is kept; the render's
   * own file, unedited, is replaced.
   */
  @Test
  void anOfficeFileEditedByAnyToolIsNotReplaced(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"docx", "xlsx"}) {
      String text = format.equals("docx") ? "word/document.xml" : "xl/sharedStrings.xml";
      for (String[] edit : new String[][] {
          {"docProps/core.xml", "</cp:coreProperties>", "<cp:lastModifiedBy>审核人</cp:lastModifiedBy></cp:coreProperties>"},
          {"docProps/core.xml", "</cp:coreProperties>", "<cp:revision>2</cp:revision></cp:coreProperties>"},
          {text, "一般", "审核人：此处待定"},
          {text, "", "COMMENT"}}) {
        for (boolean keepSeal : new boolean[] {false, true}) {
          Path file = dir.resolve("review." + format);
          Files.deleteIfExists(file);
          assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", file.toString()).exitCode());
          assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", file.toString()).exitCode(),
              "its own file, unedited, is replaced");
          Path edited = dir.resolve("edited." + format);
          try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
              java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
            boolean changed = false;
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
              byte[] bytes = in.getInputStream(entry).readAllBytes();
              java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
              if (entry.getName().equals(edit[0]) && edit[2].equals("COMMENT")) {
                // Hostile re-check: a note in an entry's comment, the contents unchanged.
                copy.setComment("审核人：已阅");
                changed = true;
              } else if (entry.getName().equals(edit[0])) {
                String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                changed = xml.contains(edit[1]);
                bytes = xml.replace(edit[1], edit[2]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
              }
              out.putNextEntry(copy);
              out.write(bytes);
              out.closeEntry();
            }
            assertTrue(changed, format + " " + edit[0]);
            if (keepSeal) {
              out.setComment(in.getComment());
            }
          }
          Files.move(edited, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          byte[] before = Files.readAllBytes(file);
          CliRun again = CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", file.toString());
          assertEquals(2, again.exitCode(), format + " " + edit[2] + " " + keepSeal);
          assertArrayEquals(before, Files.readAllBytes(file), format + ": left as it was");
        }
      }
    }
  }

  /** The text of every XML part of an Office file. */
  private static String office(Path file) throws java.io.IOException {
    StringBuilder text = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().endsWith(".xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString();
  }

  @Test
  void renderReplacesItsOwnFilesAndNoOneElses(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"md", "html", "json", "dmn", "xlsx", "docx"}) {
      Path mine = dir.resolve("mine." + format);
      byte[] notes = "我的笔记，不是 cailiang 写的\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Files.write(mine, notes);
      CliRun refused = CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", mine.toString());
      assertEquals(2, refused.exitCode(), format);
      assertEquals(mine + ": error: 拒绝覆盖：这个文件不是 cailiang render -o 写出的，或写出后被修改过、在 Word、WPS 等中保存过（删除它或换一个输出文件名）\n", refused.err(), format);
      assertArrayEquals(notes, Files.readAllBytes(mine), format + ": left as it was");

      Path ours = dir.resolve("ours." + format);
      assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString()).exitCode());
      byte[] first = Files.readAllBytes(ours);
      CliRun again = CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString());
      assertEquals(0, again.exitCode(), format + ": its own earlier output is replaced: " + again.err());
      assertTrue(Files.size(ours) > 0 && first.length > 0, format);
      if (!format.equals("xlsx") && !format.equals("docx")) {
        // Hostile check: an edit to a text render was lost to the next render -o. The file is
        // sealed with its digest; an edit anywhere keeps it (the office formats: by their
        // properties, above).
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        String edited = format.equals("json")
            ? text.replaceFirst("\\{\n", "{\n  \"note\": \"my review\",\n")
            : text.replaceFirst("北京市", "北京市（审阅意见）");
        assertTrue(!edited.equals(text), format);
        Files.writeString(ours, edited);
        CliRun edit = CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString());
        assertEquals(2, edit.exitCode(), format + ": an edited render is kept");
        assertEquals(edited, Files.readString(ours), format);
        // Written to the standard output: unsealed, so it cannot show it was not edited since,
        // and is not replaced (hostile re-check: a reviewer's note in a redirected render).
        CliRun plain = CliRun.of("render", CliRun.BEIJING, "--format", format);
        org.junit.jupiter.api.Assertions.assertFalse(plain.out().contains("sha256:"), format);
        Files.writeString(ours, plain.out());
        assertEquals(2, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString()).exitCode());
        // Its seal cut off and the text edited: refused too.
        Files.delete(ours);
        assertEquals(0, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString()).exitCode());
        String sealed = Files.readString(ours);
        Files.writeString(ours, sealed.replaceAll("\\n  \"renderDigest\": \"sha256:[0-9a-f]+\",|<!-- cailiang render sha256:[0-9a-f]+ -->\\n$", "")
            + (format.equals("json") ? "" : "我的审核意见\n"));
        assertEquals(2, CliRun.of("render", CliRun.BEIJING, "--format", format, "-o", ours.toString()).exitCode(), format);
      }
    }
    // Another tool's workbook: a zip, but not ours.
    Path workbook = dir.resolve("theirs.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(workbook))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("docProps/core.xml"));
      zip.write("<cp:coreProperties><dc:creator>张三</dc:creator></cp:coreProperties>".getBytes());
      zip.closeEntry();
    }
    assertEquals(2, CliRun.of("render", CliRun.BEIJING, "--format", "xlsx", "-o", workbook.toString()).exitCode());
  }

  @Test
  void generateWritesTheSameJavaAsThePlugin(@TempDir Path dir) {
    CliRun run = CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString(), "--package", "com.example.bj");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(dir.resolve("com/example/bj/C05837Violation.java")));
    assertEquals("com.example.bj.BeijingPsb\n", readString(dir.resolve("META-INF/services/org.cailiang.runtime.Standard")));
    CliRun again = CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString(), "--package", "com.example.bj");
    // 13 files of the table and BeijingPsbGeneral, the general part it uses (uses xzcff).
    assertTrue(Files.isRegularFile(dir.resolve("com/example/bj/BeijingPsbGeneral.java")));
    assertTrue(again.out().contains("0 written, 14 unchanged, 0 deleted"), again.out());
    assertEquals(2, CliRun.of("generate", CliRun.BEIJING, "-o", dir.toString(), "--package", "not a package").exitCode());
  }

  @Test
  void testRunsTheCasesAndListsUnreachedTiers(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("test", CliRun.BEIJING, CliRun.EXAMPLE);
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().endsWith("45 passed, 0 failed\n"), run.out());
    String failing = Files.readString(Path.of(CliRun.BEIJING))
        .replace("case \"逾期不整改\" { stage = overdue } expect C030", "case \"逾期不整改\" { stage = overdue } expect C020")
        .replace("    case \"拒不提供，造成严重后果\" { serious = true } expect B020\n", "")
        // A case with general-part facts fails too, saying what it expected and what it got.
        .replace("discovered \"2024-03-02\" } expect B030 verdict 超过时效",
            "discovered \"2024-03-02\" } expect B030 verdict 给予");
    Path file = Files.writeString(dir.resolve("failing.cailiang"), failing);
    // The general part it uses (uses xzcff) is found next to it.
    Files.copy(Path.of(CliRun.BEIJING).resolveSibling("xzcff.cailiang"), dir.resolve("xzcff.cailiang"));
    CliRun failed = CliRun.of("test", file.toString());
    assertEquals(1, failed.exitCode());
    assertTrue(failed.out().contains("期望 C05834C020，实际 C05834C030（逾期不整改）"), failed.out());
    assertTrue(failed.out().contains("没有测试用例到达的阶次：\n  C05847 B020「造成严重后果」\n"), failed.out());
    assertTrue(failed.out().contains("C05837 总则：二年后发现，不再处罚：结论不符：期望 给予行政处罚，"
        + "实际 超过追责时效，不再给予行政处罚"), failed.out());
    assertTrue(failed.out().endsWith("26 passed, 2 failed\n"), failed.out());
  }

  @Test
  void usageErrorsAndHelp() {
    assertEquals(2, CliRun.of().exitCode());
    assertEquals(2, CliRun.of("frobnicate").exitCode());
    CliRun help = CliRun.of("eval", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Examples:"), help.out());
    assertEquals(0, CliRun.of("--version").exitCode());
  }

  private static String readString(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The check names in {@code [name]} at the ends of diagnostic lines, in order. */
  static List<String> checks(String output) {
    return output.lines().map(l -> java.util.regex.Pattern.compile("\\[([a-z-]+)\\]$").matcher(l))
        .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).toList();
  }
}
