package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Names from a standard turned into Java names: valid, unique and short enough for a file. */
class JavaNamesTest {

  @Test
  void typeNamesAreCamelCaseAndValid() {
    assertEquals("BeijingPsb", JavaNames.type("beijing_psb"));
    assertEquals("Setter", JavaNames.type("setter"));
    assertEquals("ABC", JavaNames.type("a-b c"));
    assertEquals("T1a", JavaNames.type("1a"));
    assertEquals("T", JavaNames.type(""));
    assertEquals("T", JavaNames.type("__"));
    assertEquals("北京公安", JavaNames.type("北京公安"));
    assertEquals("𝒜b", JavaNames.type("𝒜b"), "astral letters stay whole");
  }

  @Test
  void constantNamesSplitWordsWhereLowerTurnsUpper() {
    assertEquals("OTHER_SERIOUS", JavaNames.constant("otherSerious"));
    assertEquals("ART5_1", JavaNames.constant("art5_1"));
    assertEquals("UNIT", JavaNames.constant("UNIT"));
    assertEquals("A1_B", JavaNames.constant("a1B"));
    assertEquals("A_B", JavaNames.constant("a-b"));
    assertEquals("V_1", JavaNames.constant("1"));
    assertEquals("V_", JavaNames.constant(""));
    assertEquals("个人", JavaNames.constant("个人"));
  }

  @Test
  void memberNamesAvoidKeywordsAndObjectMethods() {
    assertEquals("class_", JavaNames.member("class"));
    assertEquals("_1", JavaNames.member("_1"));
    assertEquals("__", JavaNames.member("_"), "a lone underscore is not an identifier");
    assertEquals("f_1x", JavaNames.member("1x"));
    assertEquals("a_b", JavaNames.member("a-b"));
    assertEquals("hashCode_", JavaNames.member("hashCode"));
    assertEquals("equals_", JavaNames.member("equals"));
    assertEquals("wait_", JavaNames.member("wait"));
    assertEquals("waits", JavaNames.member("waits"));
    assertEquals("f_", JavaNames.member(""));
    for (String word : List.of("int", "true", "null", "goto", "const", "enum", "record", "var")) {
      String member = JavaNames.member(word);
      assertTrue(SourceVersion.isName(member) || member.equals("var") || member.equals("record"),
          word + " → " + member);
    }
  }

  @Test
  void longNamesAreCutToTheByteLimitAndKeepAHashOfTheWhole() {
    String exact = "名".repeat(JavaNames.MAX_TYPE_BYTES / 3) + "a";
    assertEquals(JavaNames.MAX_TYPE_BYTES, exact.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(exact, JavaNames.fitted(exact), "a name at the limit is kept");
    String longer = exact + "b";
    String fitted = JavaNames.fitted(longer);
    assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= JavaNames.MAX_TYPE_BYTES, fitted);
    assertEquals(String.format("_%08x", longer.hashCode()), fitted.substring(fitted.length() - 9));
    assertEquals("名".repeat(30), fitted.substring(0, fitted.length() - 9), "whole characters only");
    String astral = "😀".repeat(40);
    String cut = JavaNames.fitted(astral);
    assertEquals("😀".repeat(22) + String.format("_%08x", astral.hashCode()), cut);
    assertTrue(JavaNames.type("名".repeat(200)).getBytes(StandardCharsets.UTF_8).length
        <= JavaNames.MAX_TYPE_BYTES);
  }

  @Test
  void packagesAreDottedIdentifiersOrNone() {
    assertTrue(JavaNames.isPackage(""));
    assertTrue(JavaNames.isPackage("org.example.gen"));
    assertFalse(JavaNames.isPackage("org.class"));
    assertFalse(JavaNames.isPackage("org..x"));
    assertFalse(JavaNames.isPackage("1org"));
  }

  @Test
  void typeNamesAreUniqueIgnoringCase() {
    TypeNames names = new TypeNames();
    assertEquals("Foo", names.allocate("Foo"));
    assertEquals("FOO_2", names.allocate("FOO"));
    assertEquals("foo_3", names.allocate("foo"));
    assertEquals("Bar", names.allocate("Bar"));
    // java.lang's names are taken from the start: the package's class would shadow them.
    assertEquals("String_2", names.allocate("String"));
    assertEquals("override_2", names.allocate("override"));
    assertEquals("MatchException_2", names.allocate("MatchException"));
    String longName = "名".repeat(100);
    String first = names.allocate(longName);
    String second = names.allocate(longName);
    assertEquals(first + "_2", second);
  }

  @Test
  void memberNamesAreUniquePerSourceAndAvoidReservedOnes() {
    MemberNames names = new MemberNames("CODES", "facts");
    assertEquals("CODES_2", names.name("codes", "CODES"));
    assertEquals("CODES_2", names.name("codes", "CODES"), "the same source, the same name");
    assertEquals("CODES_3", names.name("Codes", "CODES"));
    assertEquals("facts_2", names.name("facts", "facts"));
    assertEquals("unit", names.name("unit", "unit"));
  }
}
