package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cailiang format}: in place, only when changed, never over a file it must not touch. */
class FormatCommandTest {
  private static final String MESSY = "standard s \"x\" {\n      authority   \"机关\"  // 注释\n}\n";
  private static final String TIDY = "standard s \"x\" {\n  authority \"机关\"  // 注释\n}\n";

  @Test
  void rewritesInPlaceAndConvertsKeywords(@TempDir Path dir) throws Exception {
    Path file = write(dir.resolve("s.cailiang"), MESSY);
    CliRun run = CliRun.of("format", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(TIDY, Files.readString(file));
    assertTrue(run.out().contains("s.cailiang"), run.out());

    assertEquals(0, CliRun.of("format", "--keywords", "zh", file.toString()).exitCode());
    assertEquals("标准 s \"x\" {\n  制定机关 \"机关\"  // 注释\n}\n", Files.readString(file));
    assertEquals(0, CliRun.of("format", "--keywords", "en", file.toString()).exitCode());
    assertEquals(TIDY, Files.readString(file));
  }

  /** Formatting replaces the file whole, and keeps its mode: a private source stays private. */
  @Test
  void aFormattedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    Path file = write(dir.resolve("s.cailiang"), MESSY);
    java.util.Set<java.nio.file.attribute.PosixFilePermission> own =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(file, own);
    assertEquals(0, CliRun.of("format", file.toString()).exitCode());
    assertEquals(TIDY, Files.readString(file));
    assertEquals(own, Files.getPosixFilePermissions(file));
  }

  @Test
  void anUnchangedFileIsNotWritten(@TempDir Path dir) throws Exception {
    Path file = write(dir.resolve("s.cailiang"), TIDY);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
    CliRun run = CliRun.of("format", file.toString());
    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
    assertEquals(1_000_000, Files.getLastModifiedTime(file).toMillis(), "rewritten although unchanged");
  }

  @Test
  void checkListsUnformattedFilesAndChangesNothing(@TempDir Path dir) throws Exception {
    Path messy = write(dir.resolve("messy.cailiang"), MESSY);
    Path tidy = write(dir.resolve("tidy.cailiang"), TIDY);
    CliRun run = CliRun.of("format", "--check", messy.toString(), tidy.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("messy.cailiang") && !run.out().contains("tidy.cailiang"), run.out());
    assertEquals(MESSY, Files.readString(messy));
    assertEquals(0, CliRun.of("format", "--check", tidy.toString()).exitCode());
    assertEquals(1, CliRun.of("format", "--check", "--keywords", "zh", tidy.toString()).exitCode());
  }

  @Test
  void aFileWithSyntaxErrorsIsNotTouched(@TempDir Path dir) throws Exception {
    String broken = "standard s \"x\" {\n   tier\n}\n";
    Path file = write(dir.resolve("broken.cailiang"), broken);
    CliRun run = CliRun.of("format", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("broken.cailiang:2:4: error: 语法错误"), run.err());
    assertTrue(run.err().contains("^"), run.err());
    assertEquals(broken, Files.readString(file));
  }

  @Test
  void refusesOtherFilesBeforeTouchingAny(@TempDir Path dir) throws Exception {
    Path source = write(dir.resolve("s.cailiang"), MESSY);
    Path other = write(dir.resolve("notes.txt"), MESSY);
    CliRun run = CliRun.of("format", source.toString(), other.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("notes.txt: error: 不是 .cailiang 源文件"), run.err());
    assertEquals(MESSY, Files.readString(source));
    assertEquals(MESSY, Files.readString(other));

    CliRun missing = CliRun.of("format", dir.resolve("missing.cailiang").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("missing.cailiang:1:1: error: 文件不存在"), missing.err());
  }

  @Test
  void theExamplesAreFormatted() {
    CliRun run = CliRun.of("format", "--check", CliRun.BEIJING, CliRun.EXAMPLE);
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  @Test
  void anUnknownCommandIsAUsageErrorEvenWithHelp() {
    CliRun run = CliRun.of("frobnicate", "--help");
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains("frobnicate"), run.err());
    assertEquals(0, CliRun.of("format", "--help").exitCode());
  }

  private static Path write(Path file, String text) throws Exception {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    return file;
  }
}
