package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The hostile check: an article of 32,768 characters made {@code render --format xlsx} an
 * internal error (POI refuses longer cells). Such a text is cut to Excel's limit and says so.
 */
class CellTextTest {
  private static final int MAX = 32_767;

  @Test
  void aTextUpToTheLimitIsKeptWhole() {
    String text = "甲".repeat(MAX);
    assertSame(text, OfficeRenderer.cellText(text));
  }

  @Test
  void aLongerTextIsCutToTheLimitAndSaysSo() {
    String cell = OfficeRenderer.cellText("甲".repeat(MAX + 1));
    assertEquals(MAX, cell.length());
    assertTrue(cell.endsWith(OfficeRenderer.CUT), cell.substring(MAX - 60));
    assertEquals("甲".repeat(MAX - OfficeRenderer.CUT.length()), cell.substring(0, MAX - OfficeRenderer.CUT.length()));
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    int cut = MAX - OfficeRenderer.CUT.length();
    // "𠀀" (U+20000) is two chars: place one across the cut.
    String text = "甲".repeat(cut - 1) + "𠀀" + "乙".repeat(100);
    String cell = OfficeRenderer.cellText(text);
    assertEquals("甲".repeat(cut - 1) + OfficeRenderer.CUT, cell);
  }
}
