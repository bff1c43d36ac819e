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
   * (hostile check: a U+202E in a tier's text passed). The escape {@code \\u{202E}} says it. The
   * first is reported.
   */
  static void inString(org.antlr.v4.runtime.Token token, Spans spans, org.cailiang.dsl.diag.Diagnostics out) {
    report(token, spans, out, false, c -> String.format("字符串中有 U+%04X，", c)
        + (c == 0x2028 || c == 0x2029 ? "行分隔符" : "双向文本控制符") + "：编辑器显示的与实际内容不同；"
        + String.format("确需此字符的，请写作转义 \\u{%04X}", c));
  }

  /** Each of them in a block comment, at its line and column ({@link #message}). */
  static void inComment(org.antlr.v4.runtime.Token comment, Spans spans, org.cailiang.dsl.diag.Diagnostics out) {
    report(comment, spans, out, true, HiddenText::message);
  }

  /** The token's misleading characters, each (or the first) at its own line and column. */
  private static void report(org.antlr.v4.runtime.Token token, Spans spans, org.cailiang.dsl.diag.Diagnostics out,
      boolean every, java.util.function.IntFunction<String> message) {
    String text = token.getText();
    int line = token.getLine();
    int column = token.getCharPositionInLine();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (misleading(c)) {
        out.error(spans.at(line, column), CHECK, message.apply(c));
        if (!every) {
          return;
        }
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
   * A name a reader cannot tell from another (hostile checks: {@code іncome} beside {@code income},
   * Cherokee {@code Ꭺ} beside {@code A}, the compatibility ideograph U+F9B2 beside 零, {@code x١}
   * beside {@code x1}, a Hangul filler shown as a blank; each chose its own tier). A name is made
   * of ASCII letters and digits, underscores, Han characters, kana, Hangul and Bopomofo; Greek
   * letters too (β受体激动剂, γ射线), but not beside Latin ones.
   */
  static void inName(org.antlr.v4.runtime.Token token, Spans spans, org.cailiang.dsl.diag.Diagnostics out) {
    String name = token.getText();
    if (plain(name)) {
      return;
    }
    boolean latin = name.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      String problem = nameProblem(c, latin);
      if (problem != null) {
        out.error(spans.of(token), CHECK, "名称 " + org.cailiang.dsl.diag.Characters.oneLine(name) + " 中有"
            + problem + "：读者分辨不出，请只用拉丁字母（a–z）、汉字、数字和下划线");
        return;
      }
    }
  }

  /**
   * Whether every character of {@code name} is ASCII or a CJK unified ideograph (U+4E00–U+9FFF,
   * none of which has a compatibility decomposition): the names of nearly every standard, read
   * without the per-character checks below, which cost a third of parsing a large standard.
   */
  static boolean plain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 && (c < 0x4E00 || c > 0x9FFF)) {
        return false;
      }
    }
    return true;
  }

  private static String nameProblem(int c, boolean latin) {
    String shown = String.format("%s（U+%04X）", new String(Character.toChars(c)), c);
    if (c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0) {
      return String.format("U+%04X（朝鲜文填充符），显示为空白", c);
    }
    if (c < 128 || c >= '０' && c <= '９') {
      return null;
    }
    String plain = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC);
    if (!plain.equals(new String(Character.toChars(c)))) {
      return "兼容字符 " + shown + "，与「" + plain + "」看来相同而是另一个字符";
    }
    if (Character.isDigit(c)) {
      return "数字 " + shown + "，看来与阿拉伯数字相同而是另一个字符";
    }
    if (!Character.isLetter(c)) {
      return null;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, COMMON, INHERITED:
        return null;
      case GREEK:
        return latin ? "希腊字母 " + shown + "，与拉丁字母混在一个名称中，看来相同而是另一个字符" : null;
      case CYRILLIC:
        return "西里尔字母 " + shown + "，看来与拉丁字母相同而是另一个字符";
      default:
        return (script == Character.UnicodeScript.LATIN ? "非 ASCII 的拉丁字母 " : "其他文字的字母 ") + shown
            + "，可能与常用字母看来相同";
    }
  }

  /** The message for one of them in a comment. */
  static String message(int c) {
    String what = c == 0x2028 || c == 0x2029 ? "行分隔符（有的编辑器把其后的文字显示在新的一行，编译器却仍当作注释）"
        : "双向文本控制符（编辑器显示的顺序与实际内容不同）";
    return String.format("注释中有 U+%04X，", c) + what + "：源文件显示的与编译的不符，请删去";
  }
}
