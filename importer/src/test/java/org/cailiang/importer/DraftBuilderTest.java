package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables that are not as tidy as the seed still give a draft that parses, with 待核对 marks. */
class DraftBuilderTest {
  @TempDir
  Path dir;

  private Importer.Result importCsv(String rows) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "违反《某某管理办法》处罚裁量基准,,,,\n编码,违法行为,法律依据,违法情节,裁量基准\n" + rows);
    return Importer.importFile(file, "t.csv", "d.cailiang", Progress.NONE);
  }

  @Test
  void aCodeWithCharactersNoCodeMayHaveIsRewrittenAndMarked() throws Exception {
    Importer.Result result = importCsv("C0001（暂）B010,擅自施工,第一条  违反的，对单位处1000元罚款。,一般,对单位处1000元罚款\n");
    assertTrue(result.source().contains("// 待核对：编码「C0001（暂）B010」含有不能写进编码的字符，已改写为 C0001B010"),
        result.source());
    assertFalse(result.compilation().hasErrors(), result.compilation().render());
  }

  @Test
  void aRowWithoutACodeJoinsTheTierAboveAndIsMarked() throws Exception {
    Importer.Result result = importCsv(
        "A0001B010,擅自施工,第一条  违反的，对单位处1000元以上5000元以下罚款。,一般,对单位处1000元以上2000元以下罚款\n"
            + ",,,,（另见附件）\n");
    assertTrue(result.source().contains("// 待核对：第4行没有编码，其裁量基准文字已并入本档"), result.source());
    assertFalse(result.compilation().hasErrors(), result.compilation().render());
  }

  @Test
  void twoTiersWithTheSameCircumstanceAreTold() throws Exception {
    Importer.Result result = importCsv(
        "A0001B010,擅自施工,第一条  违反的，对单位处1000元以上5000元以下罚款。,一般,对单位处1000元以上2000元以下罚款\n"
            + "A0001B020,,,一般,对单位处2000元以上5000元以下罚款\n");
    assertTrue(result.source().contains("b020 \"一般（B020）\""), result.source());
    assertTrue(result.source().contains("// 待核对：情节「一般」与本违法行为的另一档相同，已加后缀区分"));
    assertFalse(result.compilation().hasErrors(), result.compilation().render());
  }

  @Test
  void aBasisWithoutAPenaltyArticleIsMarked() throws Exception {
    Importer.Result result = importCsv("A0001B010,擅自施工,见有关规定,一般,责令改正\n");
    assertTrue(result.source().contains("// 待核对：法律依据中「见有关规定」不在任何条文之下，未起草"), result.source());
    assertTrue(result.source().contains("// 待核对：法律依据中没有找到罚则条款"));
  }

  @Test
  void anUnreadableSanctionKeepsItsTextAndIsMarked() throws Exception {
    Importer.Result result = importCsv(
        "A0001B010,擅自施工,第一条  违反的，对单位处1000元以上5000元以下罚款。,一般,依情节酌定\n");
    assertTrue(result.source().contains("text \"依情节酌定\""));
    assertTrue(result.source().contains("// 待核对：未能识别「依情节酌定」"), result.source());
    assertEquals(1, result.compilation().count(org.cailiang.dsl.diag.Severity.ERROR)); // empty-tier
  }
}
