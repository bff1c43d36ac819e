package org.cailiang.dsl.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The characters that make a comment display as something else, and their neighbours that do not. */
class HiddenTextTest {
  @Test
  void bidirectionalControlsAndSeparatorsAreMisleadingTheirNeighboursNot() {
    for (int c : new int[] {0x202A, 0x202C, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029}) {
      assertTrue(HiddenText.misleading(c), Integer.toHexString(c));
    }
    for (int c : new int[] {0x2030, 0x202F, 0x2065, 0x206A, 0x200D, 0x2010, 0x061B, 0x061D, 0x2027, 'a', '中'}) {
      assertFalse(HiddenText.misleading(c), Integer.toHexString(c));
    }
    assertTrue(HiddenText.message(0x2028).contains("行分隔符"));
    assertTrue(HiddenText.message(0x202E).contains("双向文本控制符"));
  }

  /** The fast path skips only names made of ASCII and CJK unified ideographs, which need no check. */
  @Test
  void plainNamesAreAsciiAndUnifiedIdeographsOnly() {
    assertTrue(HiddenText.plain("income_2"));
    assertTrue(HiddenText.plain("违法所得一"));
    assertTrue(HiddenText.plain("\u4E00\u9FFF\u007F"));
    assertFalse(HiddenText.plain("\u0080"));
    assertFalse(HiddenText.plain("a\u4DFF"), "below the block");
    assertFalse(HiddenText.plain("\uA000"), "above the block");
    assertFalse(HiddenText.plain("\uF9B2"), "a compatibility ideograph");
    assertFalse(HiddenText.plain("\u0456ncome"), "Cyrillic");
  }
}
