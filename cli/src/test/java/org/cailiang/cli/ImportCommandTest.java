package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cailiang import}: drafts, summaries, refusals, and the way back with render xlsx. */
class ImportCommandTest {
  static final String SEED = "../importer/src/test/resources/beijing-seed.txt";

  @TempDir
  Path dir;

  @Test
  void importsTheSeedToADraftAndSummarises() throws Exception {
    Path draft = dir.resolve("draft.cailiang");
    CliRun run = CliRun.of("import", SEED, "-o", draft.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("读取 18 行，起草 18 档，识别处罚 47 项，待核对 16 处；检查结果：0 errors, 0 warnings\n", run.err());
    assertTrue(Files.readString(draft).contains("violation C05834..C05835"));
    assertEquals(0, CliRun.of("check", draft.toString()).exitCode());
  }

  @Test
  void withoutOutputTheDraftGoesToStdout() {
    CliRun run = CliRun.of("import", SEED);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("// 由 cailiang import 生成的草稿"));
  }

  @Test
  void aBadFileIsOneErrorLineExitTwoAndNothingWritten() throws Exception {
    Path bad = dir.resolve("broken.xlsx");
    Files.writeString(bad, "PK\u0003\u0004 not really a zip");
    Path draft = dir.resolve("draft.cailiang");
    CliRun run = CliRun.of("import", bad.toString(), "-o", draft.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(bad + ": error: "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(draft));
  }

  // Issue 16, review finding 5: a zero-byte .xlsx/.docx was "internal error", exit 3.
  @Test
  void anEmptyOfficeFileIsExitTwoAndNothingWritten() throws Exception {
    for (String name : new String[] {"empty.xlsx", "empty.docx"}) {
      Path empty = dir.resolve(name);
      Files.write(empty, new byte[0]);
      Path draft = dir.resolve("draft.cailiang");
      CliRun run = CliRun.of("import", empty.toString(), "-o", draft.toString());
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(empty + ": error: 文件为空（0 字节），没有可导入的内容：请确认选对了文件\n", run.err());
      assertFalse(Files.exists(draft));
    }
  }

  @Test
  void neverOverwritesAFileTheImporterDidNotWrite() throws Exception {
    Path mine = dir.resolve("mine.cailiang");
    Files.writeString(mine, "standard mine \"手写的\" {}\n");
    CliRun run = CliRun.of("import", SEED, "-o", mine.toString());
    assertEquals(2, run.exitCode());
    assertEquals(mine + ": error: 拒绝覆盖：这个文件不是 cailiang import 生成的草稿\n", run.err());
    assertEquals("standard mine \"手写的\" {}\n", Files.readString(mine));
  }

  @Test
  void replacesItsOwnEarlierDraftUnlessItWasEditedSince() throws Exception {
    Path draft = dir.resolve("draft.cailiang");
    assertEquals(0, CliRun.of("import", SEED, "-o", draft.toString()).exitCode());
    String written = Files.readString(draft);
    assertTrue(written.lines().findFirst().orElseThrow().matches("// 由 cailiang import 生成的草稿，来源：.*beijing-seed\\.txt。请逐条核对后再使用。 校验码 [0-9a-f]{16}"),
        written.lines().findFirst().orElseThrow());
    // As written: a second import replaces it.
    assertEquals(0, CliRun.of("import", SEED, "-o", draft.toString()).exitCode());
    assertEquals(written, Files.readString(draft));
    // Corrected by its author, as the draft asks: kept, and the import refused.
    String edited = written.replace("circumstance", "setter");
    Files.writeString(draft, edited);
    CliRun again = CliRun.of("import", SEED, "-o", draft.toString());
    assertEquals(2, again.exitCode());
    assertEquals(draft + ": error: 拒绝覆盖：这份草稿在导入后被修改过（删除它或换一个输出文件名）\n", again.err());
    assertEquals(edited, Files.readString(draft));
    // Hostile check: a note added to the first line, which the checksum did not cover, was lost.
    assertEquals(0, CliRun.of("import", SEED, "-o", dir.resolve("noted.cailiang").toString()).exitCode());
    Path noted = dir.resolve("noted.cailiang");
    String note = Files.readString(noted).replaceFirst("生成的草稿", "生成的草稿【已审阅至第80行，勿覆盖】");
    Files.writeString(noted, note);
    assertEquals(2, CliRun.of("import", SEED, "-o", noted.toString()).exitCode());
    assertEquals(note, Files.readString(noted));
    // A draft of an earlier cailiang, without a checksum, cannot be told unedited: kept too.
    Files.writeString(draft, "// 由 cailiang import 生成的草稿，来源：old.txt。\n");
    assertEquals(2, CliRun.of("import", SEED, "-o", draft.toString()).exitCode());
  }

  @Test
  void renderXlsxWritesTheOfficialLayoutThatImportsBack() throws Exception {
    Path xlsx = dir.resolve("beijing.xlsx");
    CliRun render = CliRun.of("render", CliRun.BEIJING, "--format", "xlsx", "-o", xlsx.toString());
    assertEquals(0, render.exitCode(), render.err());
    assertEquals("", render.err()); // POI's logging is off: no Log4j status line
    byte[] bytes = Files.readAllBytes(xlsx);
    assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.ISO_8859_1));
    CliRun back = CliRun.of("import", xlsx.toString(), "-o", dir.resolve("back.cailiang").toString());
    assertEquals(0, back.exitCode(), back.err());
    assertTrue(back.err().contains("起草 18 档"), back.err());
  }
}
