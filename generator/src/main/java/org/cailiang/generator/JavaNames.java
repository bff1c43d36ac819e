package org.cailiang.generator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.cailiang.runtime.internal.ConstantNames;

/**
 * Java names for names from a standard. Unicode identifiers are valid Java and kept; anything
 * Java does not accept (a keyword, a leading digit, a character not allowed) is mended, so any
 * name a standard may hold gives compilable code.
 */
final class JavaNames {
  /** Names a record component may not have: they clash with Object's methods. */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals");

  private JavaNames() {}

  /** A type name: {@code beijing_psb} → {@code BeijingPsb}, {@code setter} → {@code Setter}. */
  static String type(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_' || !Character.isJavaIdentifierPart(cp)) {
        upper = true;
        continue;
      }
      out.appendCodePoint(upper ? Character.toUpperCase(cp) : cp);
      upper = false;
    }
    return fitted(identifier(out.toString(), "T"));
  }

  /**
   * The most UTF-8 bytes of a type name. A class file is named after its type, and a nested
   * type's after its outer type too ({@code Outer$Inner.class}); file systems allow 255 bytes.
   */
  static final int MAX_TYPE_BYTES = 100;

  /** The name, or when it is too long for a file name, its start and a hash of the whole. */
  static String fitted(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_TYPE_BYTES) {
      return name;
    }
    String hash = String.format("_%08x", name.hashCode());
    StringBuilder out = new StringBuilder();
    int bytes = hash.length();
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_TYPE_BYTES) {
        break;
      }
      out.appendCodePoint(cp);
    }
    return out.append(hash).toString();
  }

  /** A constant name: {@code otherSerious} → {@code OTHER_SERIOUS}, {@code art5_1} → {@code ART5_1}. */
  static String constant(String name) {
    return ConstantNames.constant(name);
  }

  /** A field, parameter or record component name, kept as written where Java allows it. */
  static String member(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(cp -> out.appendCodePoint(Character.isJavaIdentifierPart(cp) ? cp : '_'));
    String member = identifier(out.toString(), "f_");
    return RESERVED_COMPONENTS.contains(member) ? member + "_" : member;
  }

  /** A Java package name: each part a valid identifier. */
  static boolean isPackage(String name) {
    // javac drops identifier-ignorable characters (U+00AD, U+200B): java\u00AD.util is java.util,
    // past every check on the name as written (hostile check). Such a name is refused.
    return name.isEmpty() || SourceVersion.isName(name)
        && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
  }

  private static String identifier(String name, String prefix) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name = prefix + name;
    }
    return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
  }
}
