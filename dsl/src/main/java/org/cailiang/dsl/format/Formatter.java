package org.cailiang.dsl.format;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.parse.CailiangParser;
import org.cailiang.dsl.parse.ChineseKeywords;
import org.cailiang.dsl.parse.StandardParser;
import org.cailiang.dsl.parse.SyntaxTree;

/**
 * {@code cailiang format}: rewrites a source file's layout from its tokens, keeping the author's
 * line breaks (at most one blank line in a row) and every comment and string byte for byte. Each
 * line is indented two spaces per open brace, and two more when it continues the line before;
 * tokens on a line are one space apart, except before {@code , ; : ) .}, around {@code ..}
 * between bounds and inside the braces of an {@code in} set. Keywords may be converted to
 * English or Chinese; names never are, even when spelt like a keyword (the parse tree tells
 * them apart).
 */
public final class Formatter {
  private static final String INDENT = "  ";

  private Formatter() {}

  /** The formatted text, or empty when the file has lexical or syntax errors (reported). */
  public static Optional<String> format(SourceFile source, KeywordSet keywords, Diagnostics diagnostics) {
    return StandardParser.syntaxTree(source, diagnostics)
        .map(syntax -> new Layout(source.text(), syntax, keywords).render());
  }

  /** One file's layout, built in a single pass over its tokens and the text between them. */
  private static final class Layout {
    private final int[] codePoints;
    private final SyntaxTree syntax;
    private final KeywordSet keywords;
    private final Set<Integer> names = new HashSet<>();
    /**
     * The words of procedures and combination rules, which are names to the grammar but have an
     * English and a Chinese form like keywords: by token, {english, chinese}.
     */
    private final java.util.Map<Integer, String[]> words = new java.util.HashMap<>();
    private final Set<Integer> codes = new HashSet<>();
    private final Set<Integer> memberStarts = new HashSet<>();
    private final Set<Integer> setBraces = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private Item previous;
    private Token previousToken;
    private int newlines;
    private int depth;

    Layout(String text, SyntaxTree syntax, KeywordSet keywords) {
      this.codePoints = text.codePoints().toArray(); // token indexes count code points
      this.syntax = syntax;
      this.keywords = keywords;
      mark(syntax.tree());
    }

    /** Names, codes and the first tokens of members, from the parse tree. */
    private void mark(ParseTree node) {
      if (node instanceof ParserRuleContext context) {
        int start = context.getStart().getTokenIndex();
        if (context instanceof CailiangParser.ProcedureMemberContext procedure) {
          words.put(procedure.kind.getStart().getTokenIndex(), procedureWords(procedure.kind.getText()));
        } else if (context instanceof CailiangParser.CaseProcedureContext procedure) {
          words.put(procedure.kind.getStart().getTokenIndex(), procedureWords(procedure.kind.getText()));
        } else if (context instanceof CailiangParser.CombineMemberContext combine) {
          words.put(combine.choice.getStart().getTokenIndex(), combineWords(combine.choice.getText()));
        }
        if (context instanceof CailiangParser.IdentContext) {
          names.add(start);
        } else if (context instanceof CailiangParser.CodeContext) {
          codes.add(start);
        } else if (startsAMember(context)) {
          memberStarts.add(start);
        } else if (context instanceof CailiangParser.InConditionContext in) {
          setBraces.add(in.LBRACE().getSymbol().getTokenIndex()); // in {a, b}: a set, not a block
          setBraces.add(in.RBRACE().getSymbol().getTokenIndex());
        }
        for (int i = 0; i < context.getChildCount(); i++) {
          mark(context.getChild(i));
        }
      }
    }

    private static boolean startsAMember(ParserRuleContext c) {
      return c instanceof CailiangParser.StandardDeclContext
          || c instanceof CailiangParser.StandardPropContext
          || c instanceof CailiangParser.TopItemContext
          || c instanceof CailiangParser.GeneralDeclContext
          || c instanceof CailiangParser.GeneralMemberContext
          || c instanceof CailiangParser.RegulationMemberContext
          || c instanceof CailiangParser.ArticleBodyMemberContext
          || c instanceof CailiangParser.ViolationMemberContext
          || c instanceof CailiangParser.StatuteClauseContext
          || c instanceof CailiangParser.TierMemberContext
          || c instanceof CailiangParser.SanctionContext
          || c instanceof CailiangParser.CaseFactContext
          || c instanceof CailiangParser.EnumValueContext;
    }

    String render() {
      int position = 0;
      for (Token token : syntax.tokens()) {
        if (token.getType() == ChineseKeywords.JOINED) {
          continue; // the ＝ of ＞＝, written with the operator
        }
        int start = token.getType() == Token.EOF ? codePoints.length : token.getStartIndex();
        between(position, start);
        if (token.getType() == Token.EOF) {
          break;
        }
        emitToken(token);
        position = token.getStopIndex() + 1;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      return out.toString();
    }

    /** The text between two tokens: whitespace and line comments, nothing else. */
    private void between(int from, int to) {
      String gap = new String(codePoints, from, to - from);
      int i = 0;
      while (i < gap.length()) {
        char c = gap.charAt(i);
        if (c == '/' && gap.startsWith("//", i)) {
          int end = i;
          while (end < gap.length() && gap.charAt(end) != '\r' && gap.charAt(end) != '\n') {
            end++;
          }
          emit(new Item(Kind.LINE_COMMENT, gap.substring(i, end), null), false);
          i = end;
        } else if (c == '\r' || c == '\n') {
          newlines++;
          i += c == '\r' && gap.startsWith("\r\n", i) ? 2 : 1;
        } else {
          i++;
        }
      }
    }

    private void emitToken(Token token) {
      if (token.getType() == CailiangParser.BLOCK_COMMENT) {
        emit(new Item(Kind.BLOCK_COMMENT, token.getText(), token), false);
        return;
      }
      if (token.getType() == CailiangParser.RBRACE) {
        depth = Math.max(0, depth - 1);
      }
      boolean continuation = token.getType() != CailiangParser.RBRACE
          && !memberStarts.contains(token.getTokenIndex())
          && previousToken != null
          && !endsALine(previousToken.getType());
      emit(new Item(Kind.TOKEN, text(token), token), continuation);
      if (token.getType() == CailiangParser.LBRACE) {
        depth++;
      }
      previousToken = token;
    }

    /** A procedure's two words; an unknown one (reported by the checks) as it is written. */
    private static String[] procedureWords(String written) {
      return org.cailiang.dsl.model.ProcedureRule.Procedure.of(written)
          .map(p -> new String[] {p.keyword(), p.word()})
          .orElse(new String[] {written, written});
    }

    private static String[] combineWords(String written) {
      return org.cailiang.dsl.model.Combination.Rule.of(written)
          .map(rule -> new String[] {rule.keyword(), rule.word()})
          .orElse(new String[] {written, written});
    }

    private static boolean endsALine(int type) {
      return type == CailiangParser.LBRACE || type == CailiangParser.RBRACE
          || type == CailiangParser.COMMA || type == CailiangParser.SEMI;
    }

    private String text(Token token) {
      Optional<String> operator = ChineseKeywords.asciiOperator(token);
      if (operator.isPresent()) {
        return operator.get(); // ≥ and ＞＝ are slips of the input method: written >=
      }
      if (keywords == KeywordSet.AS_WRITTEN) {
        return token.getText();
      }
      String[] word = words.get(token.getTokenIndex());
      if (word != null) {
        return word[keywords == KeywordSet.ZH ? 1 : 0];
      }
      if (names.contains(token.getTokenIndex())) {
        return token.getText();
      }
      Optional<String> converted = keywords == KeywordSet.ZH
          ? ChineseKeywords.chinese(token.getType())
          : ChineseKeywords.english(token.getType());
      return converted.orElse(token.getText());
    }

    private void emit(Item item, boolean continuation) {
      boolean lineStart = previous == null;
      if (previous != null) {
        if (newlines > 0) {
          out.append(newlines > 1 ? "\n\n" : "\n");
          lineStart = true;
        } else {
          out.append(space(previous, item));
        }
      }
      if (lineStart) {
        out.append(INDENT.repeat(depth + (continuation ? 1 : 0)));
      }
      out.append(item.text());
      previous = item;
      newlines = 0;
    }

    /** The space between two items on one line. */
    private String space(Item before, Item after) {
      if (after.kind() == Kind.LINE_COMMENT) {
        return "  ";
      }
      if (before.kind() != Kind.TOKEN || after.kind() != Kind.TOKEN) {
        return " ";
      }
      int b = before.token().getType();
      int a = after.token().getType();
      if (fullWidth(before.token()) || fullWidth(after.token())) {
        return ""; // ，、；：（） carry their own spacing
      }
      if (a == CailiangParser.COMMA || a == CailiangParser.SEMI || a == CailiangParser.COLON
          || a == CailiangParser.RPAREN || a == CailiangParser.DOT) {
        return "";
      }
      if (b == CailiangParser.LPAREN || b == CailiangParser.DOT) {
        return "";
      }
      if (setBraces.contains(before.token().getTokenIndex()) && b == CailiangParser.LBRACE
          || setBraces.contains(after.token().getTokenIndex()) && a == CailiangParser.RBRACE) {
        return "";
      }
      if (a == CailiangParser.RANGE) {
        return bound(before.token()) ? "" : " ";
      }
      if (b == CailiangParser.RANGE) {
        return bound(after.token()) ? "" : " ";
      }
      return " ";
    }

    private boolean bound(Token token) {
      return token.getType() == CailiangParser.NUMBER || token.getType() == CailiangParser.PERCENT
          || codes.contains(token.getTokenIndex());
    }

    private static boolean fullWidth(Token token) {
      return token.getText().length() == 1 && token.getText().charAt(0) > 0x7F
          && (token.getType() == CailiangParser.COMMA || token.getType() == CailiangParser.SEMI
              || token.getType() == CailiangParser.COLON || token.getType() == CailiangParser.LPAREN
              || token.getType() == CailiangParser.RPAREN);
    }
  }

  private enum Kind { TOKEN, LINE_COMMENT, BLOCK_COMMENT }

  /** A token or a comment, as written out. */
  private record Item(Kind kind, String text, Token token) {}
}
