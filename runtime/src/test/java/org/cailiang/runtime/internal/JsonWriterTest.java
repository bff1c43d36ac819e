package org.cailiang.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Characters a reader cannot see are written as escapes, pairs of surrogates included. */
class JsonWriterTest {
  @Test
  void anInvisibleCharacterOutsideTheBasicPlaneIsEscapedAsItsSurrogatePair() {
    // U+E0001 LANGUAGE TAG: a format character, two UTF-16 units.
    assertEquals("\"a\\udb40\\udc01b\"\n", Json.write("a\uDB40\uDC01b"));
    // A visible one outside the basic plane is written as it is.
    assertEquals("\"\uD842\uDFB7\"\n", Json.write("\uD842\uDFB7"));
  }

  @Test
  void newlinesAndTabsAreVisibleOtherControlsAndFormatCharactersAreNot() {
    assertFalse(Json.isInvisible('\n'));
    assertFalse(Json.isInvisible('\t'));
    assertFalse(Json.isInvisible('a'));
    assertTrue(Json.isInvisible('\u0007'));
    assertTrue(Json.isInvisible('\u200b'));
    assertTrue(Json.isInvisible('\u2028'));
    assertTrue(Json.isInvisible('\u2029'));
  }
}
