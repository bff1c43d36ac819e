package org.cailiang.generator;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals for any text of a standard. javac refuses a constant over 65,535 bytes of
 * modified UTF-8, and one of 65,535 chars or more, so a longer text is cut into constants joined when the class initialises
 * ({@code String.join}, which javac does not fold back into one). JavaPoet writes the line and
 * paragraph separators raw and then breaks the line at them, inside the literal; they are
 * written as unicode escapes instead.
 */
final class JavaStrings {
  /** javac's limit on one constant, in bytes of modified UTF-8. */
  static final int MAX_CONSTANT_BYTES = 65_535;

  /**
   * javac's limit on one constant, in chars: it refuses 65,535 (hostile re-check: 65,535 ASCII
   * chars, within the bytes, passed check and failed javac).
   */
  static final int MAX_CONSTANT_CHARS = 65_534;

  private JavaStrings() {}

  /** An expression whose value is {@code text}; a plain {@code $S} literal when that is safe. */
  static CodeBlock literal(String text) {
    List<String> chunks = chunks(text);
    if (chunks.size() == 1) {
      return constant(text);
    }
    return CodeBlock.of("$T.join(\"\",\n$>$L$<)", String.class,
        chunks.stream().map(JavaStrings::constant).collect(CodeBlock.joining(",\n")));
  }

  /** One constant expression: literals, with the separators escaped between them. */
  private static CodeBlock constant(String text) {
    if (text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
      return CodeBlock.of("$S", text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        if (i > start) {
          parts.add(CodeBlock.of("$S", text.substring(start, i)));
        }
        parts.add(CodeBlock.of("$L", String.format("\"\\u%04x\"", (int) c)));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      parts.add(CodeBlock.of("$S", text.substring(start)));
    }
    return CodeBlock.join(parts, " + ");
  }

  /**
   * Pieces of at most {@link #MAX_CONSTANT_BYTES} bytes and {@link #MAX_CONSTANT_CHARS} chars each,
   * never splitting a surrogate pair.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      int size = modifiedUtf8Bytes(text.charAt(i));
      boolean pairContinues = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length();
      int needed = pairContinues ? size + modifiedUtf8Bytes(text.charAt(i + 1)) : size;
      int chars = pairContinues ? 2 : 1;
      if (bytes + needed > MAX_CONSTANT_BYTES || i - start + chars > MAX_CONSTANT_CHARS) {
        chunks.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    chunks.add(text.substring(start));
    return chunks;
  }

  /** The bytes of one char in the class file's modified UTF-8 (NUL takes two). */
  private static int modifiedUtf8Bytes(char c) {
    return c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
  }
}
