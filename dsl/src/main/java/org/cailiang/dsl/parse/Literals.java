package org.cailiang.dsl.parse;

import java.math.BigDecimal;
import org.antlr.v4.runtime.Token;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.runtime.internal.Amounts;
import org.cailiang.runtime.internal.FactChecks;

/**
 * Decodes string and number tokens, reporting malformed ones. Strings take the escapes
 * {@code \" \\ \n \t} and {@code \}{@code u{XXXX}}; text blocks ({@code """…"""}) are verbatim,
 * with the common indentation and the line breaks next to the quotes removed, as in Java.
 */
final class Literals {
  private static final java.util.Set<String> MONEY_UNITS =
      java.util.Set.of("", "元", "万", "万元", "千", "千元", "百", "亿", "亿元");
  private static final java.util.Set<String> DAY_UNITS = java.util.Set.of("", "日", "天");

  /** The most days a detention may name; far above any law's, far below a long's range. */
  static final long MAX_DAYS = 100_000;
  /** The most decimals a number may have: amounts are in fen; a threshold may be finer, not endless. */
  static final int MAX_DECIMALS = 8;

  private final Diagnostics diagnostics;
  private final Spans spans;
  private final java.util.Map<Integer, String> decoded = new java.util.HashMap<>();

  Literals(Diagnostics diagnostics, Spans spans) {
    this.diagnostics = diagnostics;
    this.spans = spans;
  }

  /**
   * The decoded text of a string token; decoded once, though both the lexical pass (for its
   * problems) and the model builder (for its value) ask.
   */
  String string(Token token) {
    return decoded.computeIfAbsent(token.getTokenIndex(), index -> decode(token));
  }

  private String decode(Token token) {
    String raw = token.getText();
    if (token.getType() == CailiangParser.TEXT_BLOCK) {
      return textBlock(token, raw);
    }
    if (raw.length() < 2 || !raw.endsWith("\"") || raw.endsWith("\\\"") && !closedAfterEscapes(raw)) {
      diagnostics.error(spans.of(token), "unterminated-string", "字符串缺少结束引号 \"");
      return raw.substring(1);
    }
    return unescape(token, raw.substring(1, raw.length() - 1));
  }

  /** Whether the final quote is a real close, not an escaped quote. */
  private static boolean closedAfterEscapes(String raw) {
    int backslashes = 0;
    for (int i = raw.length() - 2; i >= 1 && raw.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  private String textBlock(Token token, String raw) {
    if (raw.length() < 6 || !raw.endsWith("\"\"\"")) {
      diagnostics.error(spans.of(token), "unterminated-string", "文本块缺少结束的 \"\"\"");
      return raw.substring(3);
    }
    String body = raw.substring(3, raw.length() - 3);
    if (body.startsWith("\n")) {
      body = body.substring(1);
    }
    body = body.stripIndent();
    while (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    return body;
  }

  private String unescape(Token token, String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      int escape = i;
      char next = body.charAt(++i);
      switch (next) {
        case '"':
        case '\\':
          out.append(next);
          break;
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          int close = body.indexOf('}', i);
          String hex = i + 1 < body.length() && body.charAt(i + 1) == '{' && close > i + 2
              ? body.substring(i + 2, close) : "";
          if (!hex.matches("[0-9A-Fa-f]{1,6}")) {
            diagnostics.error(at(token, body, escape, 2), "bad-escape", "无效的转义 \\u：应写作 \\u{XXXX}");
            break;
          }
          int codePoint = Integer.parseInt(hex, 16);
          if (!Character.isValidCodePoint(codePoint)) {
            // Written as it should be, but past the last character of Unicode.
            diagnostics.error(at(token, body, escape, close + 1 - escape), "bad-escape",
                "无效的转义 \\u{" + hex + "}：超出 Unicode 的范围（最大为 \\u{10FFFF}）");
            break;
          }
          if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            // Half of a UTF-16 pair is no character: no file or generated class could hold it.
            diagnostics.error(at(token, body, escape, close + 1 - escape), "bad-escape",
                "无效的转义 \\u{" + hex + "}：U+D800 至 U+DFFF 是代理码位，不是字符");
          } else {
            out.appendCodePoint(codePoint);
          }
          i = close;
          break;
        default:
          diagnostics.error(at(token, body, escape, 2), "bad-escape",
              "无效的转义 \\" + next + "：可用 \\\" \\\\ \\n \\t \\u{XXXX}");
      }
    }
    return out.toString();
  }

  /** The span of an escape in a string token (one line: a string cannot span lines). */
  private SourceSpan at(Token token, String body, int index, int length) {
    SourceSpan start = spans.of(token);
    int column = start.column() + 1 + body.codePointCount(0, index);
    return new SourceSpan(start.path(), start.line(), column, body.codePointCount(index, index + length));
  }

  /** The numeric part of a NUMBER or PERCENT token and its unit, split. */
  record Number(BigDecimal digits, String unit) {}

  static Number split(String text) {
    int end = 0;
    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    return new Number(new BigDecimal(text.substring(0, end)), text.substring(end));
  }

  /** An amount of yuan; reports a unit that is not a money unit, or a value out of range. */
  BigDecimal money(Token token) {
    Number number = split(token.getText());
    if (token.getType() == CailiangParser.PERCENT || !MONEY_UNITS.contains(number.unit())) {
      diagnostics.error(spans.of(token), "bad-amount", "这里需要金额（如 500、1万、1.5万元），不能是 " + token.getText());
      return number.digits();
    }
    if (token.getText().length() > Amounts.MAX_TEXT) {
      // The runtime reads no amount this long; past the token limit the parser has said so already.
      if (token.getText().length() <= StandardParser.MAX_TOKEN_LENGTH) {
        diagnostics.error(spans.of(token), "bad-amount", "金额过长：最多 " + Amounts.MAX_TEXT + " 个字符");
      }
      return number.digits();
    }
    BigDecimal value = Amounts.parse(token.getText());
    if (value.compareTo(FactChecks.MAX_AMOUNT) > 0) {
      // Beyond what a fact can hold, and beyond what generated code compares as a long.
      diagnostics.error(spans.of(token), "bad-amount", "数值超出范围：最大为 "
          + FactChecks.MAX_AMOUNT.toPlainString() + "（10万亿），不能是 " + token.getText());
      return FactChecks.MAX_AMOUNT;
    }
    if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      diagnostics.error(spans.of(token), "bad-amount",
          "小数位数过多：最多 " + MAX_DECIMALS + " 位，不能是 " + token.getText());
      return value.setScale(MAX_DECIMALS, java.math.RoundingMode.DOWN);
    }
    return value;
  }

  /** A factor of an amount fact: {@code 3}, {@code 3倍} or {@code 30%} (0.3). */
  BigDecimal factor(Token token) {
    Number number = split(token.getText());
    if (token.getType() == CailiangParser.PERCENT) {
      return number.digits().movePointLeft(2);
    }
    if (!number.unit().isEmpty() && !number.unit().equals("倍")) {
      diagnostics.error(spans.of(token), "bad-amount", "这里需要倍数（如 1、3倍）或百分数（如 30%），不能是 " + token.getText());
    }
    return number.digits();
  }

  /**
   * A number of days: {@code 10}, {@code 10日}, {@code 10天}; null, reported at the token, when
   * it is not a whole number of days up to {@value #MAX_DAYS}.
   */
  Long days(Token token) {
    Number number = split(token.getText());
    if (token.getType() == CailiangParser.PERCENT
        || !DAY_UNITS.contains(number.unit())
        || number.digits().stripTrailingZeros().scale() > 0) {
      diagnostics.error(spans.of(token), "bad-amount", "这里需要整数天数（如 10、10日），不能是 " + token.getText());
      return null;
    }
    if (number.digits().compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
      diagnostics.error(spans.of(token), "bad-amount",
          "天数超出范围：最多 " + MAX_DAYS + " 天，不能是 " + token.getText());
      return null;
    }
    return number.digits().longValueExact();
  }
}
