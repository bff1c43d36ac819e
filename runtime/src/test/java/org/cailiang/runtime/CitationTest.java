package org.cailiang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CitationTest {
  @Test
  void printsAsTheRegulationInBookTitleMarksAndTheArticle() {
    assertEquals(
        "《中华人民共和国行政处罚法》第十三条第（一）项", new Citation("中华人民共和国行政处罚法", "第十三条第（一）项", "……").toString());
  }

  @Test
  void everyPartIsRequired() {
    assertEquals(
        "regulation",
        assertThrows(NullPointerException.class, () -> new Citation(null, "第一条", "……"))
            .getMessage());
    assertEquals(
        "number",
        assertThrows(NullPointerException.class, () -> new Citation("法", null, "……")).getMessage());
    assertEquals(
        "text",
        assertThrows(NullPointerException.class, () -> new Citation("法", "第一条", null))
            .getMessage());
  }

  @Test
  void aPartyNeedsAnIdAndALabel() {
    assertEquals(
        "id", assertThrows(NullPointerException.class, () -> new Party(null, "个人")).getMessage());
    assertEquals(
        "label",
        assertThrows(NullPointerException.class, () -> new Party("person", null)).getMessage());
  }
}
