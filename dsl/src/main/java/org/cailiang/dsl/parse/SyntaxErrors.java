package org.cailiang.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.cailiang.dsl.diag.Diagnostics;

/**
 * Turns ANTLR's syntax errors into diagnostics with readable wording: "expected '}' or 'tier'"
 * rather than raw token names.
 */
final class SyntaxErrors extends BaseErrorListener {
  private static final int MAX_SHOWN = 8;
  private final Diagnostics diagnostics;
  private final Spans spans;

  SyntaxErrors(Diagnostics diagnostics, Spans spans) {
    this.diagnostics = diagnostics;
    this.spans = spans;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    if (diagnostics.count(org.cailiang.dsl.diag.Severity.ERROR) > StandardParser.MAX_ERRORS_PER_FILE) {
      return; // past the cap nobody reads them; the file's report says so
    }
    if (!(offendingSymbol instanceof Token token) || !(recognizer instanceof Parser parser)) {
      // The lexer never fails: stray characters become UNEXPECTED tokens, reported elsewhere.
      return;
    }
    IntervalSet expected = e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    String found = describe(token, parser.getVocabulary());
    String message;
    if (msg.startsWith("missing ")) {
      message = "缺少 " + expectedText(expected, parser.getVocabulary()) + "（在 " + found + " 之前）";
    } else if (expected != null && expected.contains(CailiangParser.ID) && isReservedWord(token, parser.getVocabulary())) {
      message = found + " 是保留字，不能用作名称；请换一个名称（如 " + token.getText() + "_ 或中文名称）";
    } else {
      // A known slip's hint says what to write; a spelling guess beside it contradicted it
      // (legal author: 且 got "是否应为 'or'？" and then "“并且”写作 and").
      String hint = Slips.hint(token, previous(token, parser), expected, parser.getContext());
      message = "此处不能是 " + found + "，应为 " + expectedText(expected, parser.getVocabulary())
          + (hint.isEmpty() ? suggestion(token, expected, parser.getVocabulary()) : "") + hint;
    }
    diagnostics.error(spans.of(token), "syntax", "语法错误：" + message);
  }

  /** The tokens the parser expected, in words, the names before the keywords. */
  static String expectedText(IntervalSet expected, Vocabulary vocabulary) {
    if (expected == null || expected.isNil()) {
      return "其他内容";
    }
    boolean nameExpected = expected.contains(CailiangParser.ID);
    Set<String> words = new TreeSet<>();
    List<String> kinds = new ArrayList<>();
    for (int type : expected.toList()) {
      if (nameExpected && SOFT_KEYWORDS.contains(type)) {
        continue; // a keyword usable as a name is covered by "名称"
      }
      String kind = kindName(type);
      if (kind != null) {
        if (!kinds.contains(kind)) {
          kinds.add(kind);
        }
      } else {
        words.add(bothForms(type, vocabulary));
      }
    }
    List<String> all = new ArrayList<>(kinds);
    all.addAll(words);
    if (all.size() > MAX_SHOWN) {
      List<String> shown = new ArrayList<>(all.subList(0, MAX_SHOWN));
      shown.add("……");
      all = shown;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return String.join("、", all.subList(0, all.size() - 1)) + " 或 " + all.get(all.size() - 1);
  }

  /** Whether the token is a keyword that can never be a name: when, otherwise, and, or, not, in… */
  private static boolean isReservedWord(Token token, Vocabulary vocabulary) {
    String literal = vocabulary.getLiteralName(token.getType());
    return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))
        && !SOFT_KEYWORDS.contains(token.getType());
  }

  /** For a misspelt keyword: "（是否应为 'tier'？）". */
  private static String suggestion(Token token, IntervalSet expected, Vocabulary vocabulary) {
    if (token.getType() != CailiangParser.ID || expected == null) {
      return "";
    }
    for (int type : expected.toList()) {
      String literal = vocabulary.getLiteralName(type);
      if (literal != null && literal.length() > 3
          && distance(token.getText(), literal.substring(1, literal.length() - 1)) <= 2) {
        return "（是否应为 " + bothForms(type, vocabulary) + "？）";
      }
    }
    return "";
  }

  /** The token before {@code token} that the parser saw (comments skipped), or null. */
  private static Token previous(Token token, Parser parser) {
    for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
      Token before = parser.getTokenStream().get(i);
      if (before.getChannel() == Token.DEFAULT_CHANNEL) {
        return before;
      }
    }
    return null;
  }

  /** A keyword as {@code 'fine'/'罚款'}; other tokens as their literal, such as {@code '{'}. */
  static String bothForms(int type, Vocabulary vocabulary) {
    String literal = vocabulary.getLiteralName(type);
    return ChineseKeywords.chinese(type).map(zh -> literal + "/'" + zh + "'").orElse(literal);
  }

  /** Levenshtein distance, for keyword suggestions. */
  static int distance(String a, String b) {
    return org.cailiang.dsl.diag.Spelling.distance(a, b);
  }

  static String describe(Token token, Vocabulary vocabulary) {
    if (token.getType() == Token.EOF) {
      return "文件结束";
    }
    String text = token.getText();
    if (text.length() > 30) {
      text = text.substring(0, 27) + "...";
    }
    return "'" + text.replace("\n", "\\n") + "'";
  }

  private static String kindName(int type) {
    switch (type) {
      case CailiangParser.ID:
        return "名称";
      case CailiangParser.STRING:
      case CailiangParser.TEXT_BLOCK:
        return "字符串";
      case CailiangParser.NUMBER:
        return "数字";
      case CailiangParser.PERCENT:
        return "百分数";
      case Token.EOF:
        return "文件结束";
      default:
        return null;
    }
  }

  private static final Set<Integer> SOFT_KEYWORDS =
      Set.of(
          CailiangParser.AUTHORITY, CailiangParser.REGION, CailiangParser.EFFECTIVE,
          CailiangParser.PARTY, CailiangParser.REGULATION, CailiangParser.ARTICLE,
          CailiangParser.VIOLATION, CailiangParser.STANDARD, CailiangParser.TEXT,
          CailiangParser.BASIS, CailiangParser.DUTY, CailiangParser.FACT, CailiangParser.STATUTE,
          CailiangParser.TIER, CailiangParser.ENUM, CailiangParser.BOOL, CailiangParser.AMOUNT,
          CailiangParser.INT, CailiangParser.WARNING, CailiangParser.CRITICISM,
          CailiangParser.ORDER, CailiangParser.FINE, CailiangParser.CONFISCATE,
          CailiangParser.DETAIN, CailiangParser.LICENCE, CailiangParser.SUSPEND,
          CailiangParser.REVOKE, CailiangParser.SUSPENSION, CailiangParser.REFER,
          CailiangParser.EXEMPT, CailiangParser.EITHER, CailiangParser.OPTIONAL,
          CailiangParser.SUPPRESS, CailiangParser.PRIORITY, CailiangParser.MITIGATED,
          CailiangParser.CASE, CailiangParser.AT, CailiangParser.EXPECT, CailiangParser.TIMES,
          CailiangParser.OF, CailiangParser.DAYS, CailiangParser.EACH,
          CailiangParser.LEVEL, CailiangParser.IMPLEMENTS, CailiangParser.PERSON,
          CailiangParser.ORGANIZATION,
          CailiangParser.PUBLISHED, CailiangParser.REPEALED, CailiangParser.DOCUMENT,
          CailiangParser.SUPERSEDES, CailiangParser.REPLACES,
          CailiangParser.EXCLUSIVE,
          CailiangParser.ENDS, CailiangParser.BESIDE,
          CailiangParser.GENERAL, CailiangParser.USES, CailiangParser.CIRCUMSTANCE,
          CailiangParser.EFFECT, CailiangParser.ADJUST, CailiangParser.LOWER, CailiangParser.UPPER,
          CailiangParser.FLOOR, CailiangParser.COMBINE, CailiangParser.LIMITATION, CailiangParser.UNEXECUTED,
          CailiangParser.YEARS, CailiangParser.MONTHS, CailiangParser.PROCEDURE, CailiangParser.FOR,
          CailiangParser.PARTIALLY,
          CailiangParser.ACT, CailiangParser.DISCOVERED, CailiangParser.VERDICT,
          CailiangParser.OPTION, CailiangParser.IMPLIES);
}
