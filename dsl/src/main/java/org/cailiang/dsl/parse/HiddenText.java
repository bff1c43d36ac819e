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

  /**
   * A raw one of them in a string: an official text shown reordered, or split where it is not
   * (hostile check: a U+202E in a tier's text passed). The escape {@code \\u{202E}} says it.
   */
  static void inString(org.antlr.v4.runtime.Token token, Spans spans, org.cailiang.dsl.diag.Diagnostics out) {
    String text = token.getText();
    int line = token.getLine();
    int column = token.getCharPositionInLine();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (misleading(c)) {
        out.error(spans.at(line, column), CHECK, String.format("字符串中有 U+%04X，", (int) c)
            + (c == 0x2028 || c == 0x2029 ? "行分隔符" : "双向文本控制符") + "：编辑器显示的与实际内容不同；"
            + String.format("确需此字符的，请写作转义 \\u{%04X}", (int) c));
        return;
      }
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
  }

  /**
   * A name a reader cannot tell from another: an invisible Hangul filler (U+3164, U+115F, U+1160,
   * U+FFA0 are letters to Java, blanks on screen), or a Cyrillic, Greek or Armenian letter, which
   * looks like a Latin one ({@code іncome} beside {@code income}; hostile check: both passed, and
   * {@code k == a} and {@code k == а} chose different tiers).
   */
  static void inName(org.antlr.v4.runtime.Token token, Spans spans, org.cailiang.dsl.diag.Diagnostics out) {
    String name = token.getText();
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0) {
        out.error(spans.of(token), CHECK, String.format("名称中有 U+%04X（朝鲜文填充符），显示为空白", c)
            + "：读者看不见它，请只用字母、汉字、数字和下划线");
        return;
      }
      if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
          || script == Character.UnicodeScript.ARMENIAN) {
        out.error(spans.of(token), CHECK, "名称 " + name + " 中有" + (script == Character.UnicodeScript.CYRILLIC
            ? "西里尔" : script == Character.UnicodeScript.GREEK ? "希腊" : "亚美尼亚")
            + String.format("字母 %s（U+%04X）", new String(Character.toChars(c)), c)
            + "，看来与拉丁字母相同而是另一个字符：请用拉丁字母、汉字、数字和下划线");
        return;
      }
      i += Character.charCount(c);
    }
  }

  /** The message for one of them in a comment. */
  static String message(int c) {
    String what = c == 0x2028 || c == 0x2029 ? "行分隔符（有的编辑器把其后的文字显示在新的一行，编译器却仍当作注释）"
        : "双向文本控制符（编辑器显示的顺序与实际内容不同）";
    return String.format("注释中有 U+%04X，", c) + what + "：源文件显示的与编译的不符，请删去";
  }
}
