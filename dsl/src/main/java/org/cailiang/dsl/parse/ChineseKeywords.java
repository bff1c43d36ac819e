package org.cailiang.dsl.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * The Chinese form of every keyword, and the full-width punctuation accepted where the ASCII one
 * is. The grammar keeps its English keywords; after lexing, a name spelt exactly like a Chinese
 * keyword takes that keyword's token type (so {@code 罚款 当事人} is {@code fine 当事人} to the
 * parser, and {@code 罚款当事人} stays one name, as {@code fineunit} does). One grammar, one model:
 * the two surfaces give the same parse tree.
 */
public final class ChineseKeywords {
  private static final Map<Integer, String> CHINESE = new LinkedHashMap<>();
  private static final Map<String, Integer> TYPES = new LinkedHashMap<>();
  private static final Map<String, Integer> PUNCTUATION = Map.of(
      "，", CailiangParser.COMMA,
      "、", CailiangParser.COMMA,
      "；", CailiangParser.SEMI,
      "：", CailiangParser.COLON,
      "（", CailiangParser.LPAREN,
      "）", CailiangParser.RPAREN);
  /**
   * Full-width and mathematical comparison signs, typed with a Chinese input method: read as the
   * ASCII operator ({@code format} writes that). {@code ！} stands only before {@code =}.
   */
  private static final Map<String, Integer> OPERATORS = Map.ofEntries(
      Map.entry("＞", CailiangParser.GT),
      Map.entry("＜", CailiangParser.LT),
      Map.entry("＝", CailiangParser.ASSIGN),
      Map.entry("≥", CailiangParser.GE),
      Map.entry("≤", CailiangParser.LE),
      Map.entry("≧", CailiangParser.GE),
      Map.entry("≦", CailiangParser.LE),
      Map.entry("~", CailiangParser.RANGE),
      Map.entry("≠", CailiangParser.NE),
      Map.entry("～", CailiangParser.RANGE),
      Map.entry("〜", CailiangParser.RANGE));
  private static final java.util.Set<String> BANGS = java.util.Set.of("！", "!");
  private static final java.util.Set<Integer> OPERATOR_TYPES = java.util.Set.of(
      CailiangParser.GT, CailiangParser.LT, CailiangParser.ASSIGN, CailiangParser.GE,
      CailiangParser.LE, CailiangParser.NE, CailiangParser.EQ, CailiangParser.RANGE);

  static {
    add(CailiangParser.STANDARD, "标准");
    add(CailiangParser.AUTHORITY, "制定机关");
    add(CailiangParser.REGION, "地区");
    add(CailiangParser.EFFECTIVE, "施行");
    add(CailiangParser.PUBLISHED, "公布");
    add(CailiangParser.REPEALED, "废止");
    add(CailiangParser.DOCUMENT, "文号");
    add(CailiangParser.SUPERSEDES, "取代");
    add(CailiangParser.USES, "适用");
    add(CailiangParser.PARTY, "当事人");
    add(CailiangParser.PERSON, "自然人");
    add(CailiangParser.ORGANIZATION, "组织");
    add(CailiangParser.REGULATION, "法规");
    add(CailiangParser.LEVEL, "位阶");
    add(CailiangParser.FINE_LIMIT, "罚款限额");
    add(CailiangParser.REPLACES, "替换");
    add(CailiangParser.ARTICLE, "条");
    add(CailiangParser.VIOLATION, "违法行为");
    add(CailiangParser.TEXT, "原文");
    add(CailiangParser.BASIS, "依据");
    add(CailiangParser.DUTY, "违反");
    add(CailiangParser.FACT, "事实");
    add(CailiangParser.ENUM, "枚举");
    add(CailiangParser.BOOL, "是否");
    add(CailiangParser.AMOUNT, "金额");
    add(CailiangParser.INT, "整数");
    add(CailiangParser.STATUTE, "法定幅度");
    add(CailiangParser.TIER, "阶次");
    add(CailiangParser.WHEN, "当");
    add(CailiangParser.OTHERWISE, "其他情形");
    add(CailiangParser.PRIORITY, "优先级");
    add(CailiangParser.MITIGATED, "减轻处罚");
    add(CailiangParser.IMPLEMENTS, "实施");
    add(CailiangParser.EXCLUSIVE, "互斥");
    add(CailiangParser.SUPPRESS, "忽略");
    add(CailiangParser.OPTIONAL, "可以");
    add(CailiangParser.WARNING, "警告");
    add(CailiangParser.CRITICISM, "通报批评");
    add(CailiangParser.ORDER, "责令");
    add(CailiangParser.FINE, "罚款");
    add(CailiangParser.EACH, "各");
    add(CailiangParser.TIMES, "倍");
    add(CailiangParser.OF, "的");
    add(CailiangParser.CONFISCATE, "没收");
    add(CailiangParser.DETAIN, "拘留");
    add(CailiangParser.DAYS, "日");
    add(CailiangParser.LICENCE, "证照");
    add(CailiangParser.SUSPEND, "暂扣");
    add(CailiangParser.REVOKE, "吊销");
    add(CailiangParser.SUSPENSION, "停产停业");
    add(CailiangParser.REFER, "移送");
    add(CailiangParser.ENDS, "终结");
    add(CailiangParser.BESIDE, "同时");
    add(CailiangParser.EXEMPT, "不予处罚");
    add(CailiangParser.EITHER, "择一");
    add(CailiangParser.OR, "或者");
    add(CailiangParser.AND, "并且");
    add(CailiangParser.NOT, "非");
    add(CailiangParser.IN, "属于");
    add(CailiangParser.TRUE, "是");
    add(CailiangParser.FALSE, "否");
    add(CailiangParser.CASE, "用例");
    add(CailiangParser.AT, "于");
    add(CailiangParser.EXPECT, "预期");
    add(CailiangParser.PARTIALLY, "包含");
    add(CailiangParser.GENERAL, "总则");
    add(CailiangParser.CIRCUMSTANCE, "情节");
    add(CailiangParser.EFFECT, "效果");
    add(CailiangParser.ADJUST, "调整");
    add(CailiangParser.LOWER, "下段");
    add(CailiangParser.UPPER, "上段");
    add(CailiangParser.FLOOR, "低于下限");
    add(CailiangParser.COMBINE, "合并");
    add(CailiangParser.LIMITATION, "时效");
    add(CailiangParser.YEARS, "年");
    add(CailiangParser.MONTHS, "个月");
    add(CailiangParser.PROCEDURE, "程序");
    add(CailiangParser.FOR, "针对");
    add(CailiangParser.IMPLIES, "亦属");
    add(CailiangParser.ACT, "行为之日");
    add(CailiangParser.DISCOVERED, "发现之日");
    add(CailiangParser.VERDICT, "结论");
    add(CailiangParser.OPTION, "选项");
    add(CailiangParser.UNEXECUTED, "不执行");
  }

  private ChineseKeywords() {}

  private static void add(int type, String chinese) {
    CHINESE.put(type, chinese);
    TYPES.put(chinese, type);
  }

  /** The Chinese form of a keyword's token type, if it is a keyword. */
  public static Optional<String> chinese(int type) {
    return Optional.ofNullable(CHINESE.get(type));
  }

  /** The English form of a keyword's token type, if it is a keyword. */
  public static Optional<String> english(int type) {
    if (!CHINESE.containsKey(type)) {
      return Optional.empty();
    }
    String literal = CailiangLexer.VOCABULARY.getLiteralName(type);
    return Optional.of(literal.substring(1, literal.length() - 1));
  }

  /** The keyword token type of a Chinese word, if it is one. */
  public static Optional<Integer> typeOf(String word) {
    return Optional.ofNullable(TYPES.get(word));
  }

  /** Every keyword's token type, in the order of the table in docs/language.md. */
  public static Map<Integer, String> all() {
    return Collections.unmodifiableMap(CHINESE);
  }

  /**
   * Gives Chinese keywords and accepted full-width punctuation the token types of their English
   * and ASCII forms; called on the lexer's tokens before parsing.
   */
  static void retype(List<Token> tokens) {
    Token previous = null;
    for (Token token : tokens) {
      if (token.getType() == CailiangLexer.ID) {
        Integer type = TYPES.get(token.getText());
        if (type != null) {
          ((WritableToken) token).setType(type);
        }
      } else if (token.getType() == CailiangLexer.UNEXPECTED) {
        Integer type = PUNCTUATION.getOrDefault(token.getText(), OPERATORS.get(token.getText()));
        if (type != null) {
          ((WritableToken) token).setType(type);
          ((WritableToken) token).setChannel(Token.DEFAULT_CHANNEL);
        }
      }
      if (previous != null && joinsAsOperator(previous, token)) {
        join(previous, token);
      }
      previous = token;
    }
  }

  /**
   * Whether two adjacent tokens, one of them full-width, spell a two-character operator: {@code
   * ＞＝}, {@code ＜＝}, {@code ＝＝}, {@code ！＝} and their mixes with ASCII.
   */
  private static boolean joinsAsOperator(Token first, Token second) {
    if (first.getStopIndex() + 1 != second.getStartIndex()
        || second.getType() != CailiangParser.ASSIGN
        || first.getChannel() != Token.DEFAULT_CHANNEL && !BANGS.contains(first.getText())
        || isAscii(first) && isAscii(second)) {
      return false;
    }
    return joined(first) != 0;
  }

  private static int joined(Token first) {
    if (BANGS.contains(first.getText())) {
      return CailiangParser.NE;
    }
    return switch (first.getType()) {
      case CailiangParser.GT -> CailiangParser.GE;
      case CailiangParser.LT -> CailiangParser.LE;
      case CailiangParser.ASSIGN -> CailiangParser.EQ;
      default -> 0;
    };
  }

  /** The first token becomes the operator and spans both; the second leaves the parser's view. */
  private static void join(Token first, Token second) {
    CommonToken operator = (CommonToken) first;
    operator.setType(joined(first));
    operator.setChannel(Token.DEFAULT_CHANNEL);
    operator.setText(first.getText() + second.getText());
    operator.setStopIndex(second.getStopIndex());
    ((WritableToken) second).setType(JOINED);
    ((WritableToken) second).setChannel(Token.HIDDEN_CHANNEL);
  }

  private static boolean isAscii(Token token) {
    return token.getText().chars().allMatch(c -> c < 0x80);
  }

  /**
   * The token type of the second character of a joined operator ({@code ＞＝}): hidden, and
   * skipped by tools that walk the tokens.
   */
  public static final int JOINED = Integer.MAX_VALUE - 1;

  /** The ASCII spelling of an operator written otherwise ({@code ≥} → {@code >=}, {@code ~} → {@code ..}). */
  public static Optional<String> asciiOperator(Token token) {
    if (!OPERATOR_TYPES.contains(token.getType())) {
      return Optional.empty();
    }
    String literal = CailiangLexer.VOCABULARY.getLiteralName(token.getType());
    String ascii = literal.substring(1, literal.length() - 1);
    return ascii.equals(token.getText()) ? Optional.empty() : Optional.of(ascii);
  }
}
