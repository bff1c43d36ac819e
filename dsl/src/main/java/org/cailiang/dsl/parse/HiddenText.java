package org.cailiang.dsl.parse;

/**
 * Characters that make a comment display as something else ("Trojan Source"): bidirectional
 * controls reorder what an editor shows, and a line or paragraph separator starts a new line in
 * some editors and none in the compiler, so text after it in a comment looks like a tier that is
 * not compiled (hostile check: both passed {@code check} and {@code format} silently).
 */
final class HiddenText {
  static final String CHECK = "hidden-text";

  private HiddenText() {}

  /** Whether a code point is one of them. */
  static boolean misleading(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
        || c == 0x061C || c == 0x2028 || c == 0x2029;
  }

  /** The message for one of them in a comment. */
  static String message(int c) {
    String what = c == 0x2028 || c == 0x2029 ? "行分隔符（有的编辑器把其后的文字显示在新的一行，编译器却仍当作注释）"
        : "双向文本控制符（编辑器显示的顺序与实际内容不同）";
    return String.format("注释中有 U+%04X，", c) + what + "：源文件显示的与编译的不符，请删去";
  }
}
