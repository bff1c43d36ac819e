package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the seed in every format (bytes flipped, cut short, lines dropped) import or
 * fail with an {@link ImportException}; nothing else escapes. The random seed is fixed.
 */
class MutatedFilesTest {
  /** The checks of the parser: none of them may fire on a draft. */
  private static final java.util.Set<String> PARSE = java.util.Set.of("syntax", "bad-amount",
      "unexpected-character", "unterminated-string", "unterminated-comment", "too-deep", "too-long",
      "bad-date", "bad-priority", "duplicate-basis", "bad-escape", "empty-file");

  @TempDir
  Path dir;

  @Test
  void damagedFilesImportOrFailCleanly() throws Exception {
    Table table = Importer.read(SeedImportTest.SEED, "seed");
    Path docx = dir.resolve("seed.docx");
    Path xlsx = dir.resolve("seed.xlsx");
    OfficeTables.docx(table, docx);
    OfficeTables.xlsx(table, xlsx);
    byte[][] originals = {
      Files.readAllBytes(SeedImportTest.SEED), Files.readAllBytes(docx), Files.readAllBytes(xlsx),
      SyntheticTables.textExport(table).replace('\t', ',').getBytes(StandardCharsets.UTF_8),
    };
    String[] extensions = {"txt", "docx", "xlsx", "csv"};
    Random random = new Random(16);
    int imported = 0;
    int refused = 0;
    for (int round = 0; round < 40; round++) {
      for (int f = 0; f < originals.length; f++) {
        byte[] bytes = mutate(originals[f], random, f == 0 || f == 3);
        Path file = dir.resolve("m" + round + "." + extensions[f]);
        Files.write(file, bytes);
        try {
          Importer.Result result =
              Importer.importFile(file, file.getFileName().toString(), "d.cailiang", Progress.NONE);
          // The draft always parses; what the checks find (an empty tier…) is the reviewer's work.
          assertTrue(result.compilation().diagnostics().stream().noneMatch(d -> PARSE.contains(d.check())),
              file + "\n" + result.compilation().render() + "\n" + result.source());
          imported++;
        } catch (ImportException e) {
          assertTrue(e.render().startsWith(file.getFileName() + ":"), e.render());
          refused++;
        }
      }
    }
    assertTrue(imported > 0 && refused > 0, imported + " imported, " + refused + " refused");
  }

  private static byte[] mutate(byte[] original, Random random, boolean text) {
    byte[] bytes = original.clone();
    switch (random.nextInt(3)) {
      case 0:
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
      case 1:
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      default:
        if (!text) {
          bytes[random.nextInt(bytes.length)] ^= 0x20;
          return bytes;
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (String line : lines) {
          if (random.nextInt(10) > 0) {
            kept.append(line).append('\n');
          }
        }
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }
  }
}
