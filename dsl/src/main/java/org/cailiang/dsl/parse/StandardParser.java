package org.cailiang.dsl.parse;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.Standard;

/**
 * Parses one source file into the model. Syntax errors are reported with readable wording and
 * ANTLR's default recovery, so one run reports several; the model is only built from a file
 * without syntax errors, and the parse tree is dropped afterwards.
 */
public final class StandardParser {
  /** After this many errors in one file the rest are not worth reading. */
  static final int MAX_ERRORS_PER_FILE = 50;
  /** The longest name or number, in characters; real ones are a few dozen at most. */
  static final int MAX_TOKEN_LENGTH = 200;

  private StandardParser() {}

  /** The file's standard, or empty when it has syntax errors (all of them reported). */
  public static Optional<Standard> parse(SourceFile source, Diagnostics diagnostics) {
    return parseFile(source, diagnostics).flatMap(ParsedFile::standard);
  }

  /**
   * The file's standard (none in a file of general parts only) and its general parts, or empty
   * when it has syntax errors (all of them reported).
   */
  public static Optional<ParsedFile> parseFile(SourceFile source, Diagnostics diagnostics) {
    Spans spans = new Spans(source.path());
    Diagnostics local = new Diagnostics();
    try {
      Literals literals = new Literals(local, spans);
      Optional<SyntaxTree> syntax = lexAndParse(source, local, spans, literals);
      if (syntax.isEmpty()) {
        return Optional.empty();
      }
      CailiangParser.FileContext tree = syntax.get().tree();
      reportLongTokens(syntax.get().tokens(), spans, local);
      ModelBuilder builder = new ModelBuilder(local, spans, literals);
      if (tree.standardDecl() == null) {
        builder.buildGenerals(tree);
        return Optional.of(new ParsedFile(Optional.empty(), builder.generals));
      }
      Standard standard = builder.build(tree);
      return Optional.of(new ParsedFile(Optional.of(standard), builder.generals));
    } catch (NestingLimitedParser.TooDeep e) {
      reportTooDeep(e, spans, local);
      return Optional.empty();
    } finally {
      copyCapped(local, diagnostics, spans);
    }
  }

  /**
   * The file's tokens and parse tree, or empty when it has lexical or syntax errors (all of them
   * reported): for tools that rewrite the source text, such as the formatter.
   */
  public static Optional<SyntaxTree> syntaxTree(SourceFile source, Diagnostics diagnostics) {
    Spans spans = new Spans(source.path());
    Diagnostics local = new Diagnostics();
    try {
      return lexAndParse(source, local, spans, new Literals(local, spans));
    } catch (NestingLimitedParser.TooDeep e) {
      reportTooDeep(e, spans, local);
      return Optional.empty();
    } finally {
      copyCapped(local, diagnostics, spans);
    }
  }

  private static Optional<SyntaxTree> lexAndParse(SourceFile source, Diagnostics local, Spans spans, Literals literals) {
    String lexed = FullWidthDigits.forLexer(source.text());
    FastLexer lexer = new FastLexer(CharStreams.fromString(lexed, source.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (lexed != source.text()) { // the same instance when there was nothing to read as ASCII
      FullWidthDigits.restore(tokens.getTokens(), source.text());
    }
    ChineseKeywords.retype(tokens.getTokens());
    reportLexicalProblems(tokens, spans, literals, local);
    for (int[] hidden : lexer.hiddenInComments) {
      local.error(spans.at(hidden[0], hidden[1]), HiddenText.CHECK, HiddenText.message(hidden[2]));
    }
    if (tokens.getTokens().stream().allMatch(t -> t.getType() == Token.EOF
        || t.getChannel() != Token.DEFAULT_CHANNEL && t.getType() != CailiangLexer.UNEXPECTED)) {
      local.error(spans.start(), "empty-file", (source.text().isBlank() ? "文件为空" : "文件只有注释")
          + "：源文件应以 standard 声明开头");
      return Optional.empty();
    }
    CailiangParser.FileContext tree = parseTwoStage(tokens, local, spans);
    if (local.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new SyntaxTree(tokens.getTokens(), tree));
  }

  private static void reportTooDeep(NestingLimitedParser.TooDeep e, Spans spans, Diagnostics local) {
    local.error(spans.of(e.token()), "too-deep", "嵌套过深：not、括号与 either 最多嵌套 "
        + NestingLimitedParser.MAX_DEPTH + " 层；请拆分条件或减少括号层数");
  }

  /**
   * ANTLR's two-stage strategy: the fast SLL prediction, bailing out at the first error; only
   * when it fails, the full LL parse with error recovery and readable messages. A valid file
   * (the usual case, and the large ones) pays only for the first stage.
   */
  private static CailiangParser.FileContext parseTwoStage(CommonTokenStream tokens, Diagnostics local, Spans spans) {
    CailiangParser parser = new NestingLimitedParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.file();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new SyntaxErrors(local, spans));
      return parser.file();
    }
  }

  private static void reportLexicalProblems(CommonTokenStream tokens, Spans spans, Literals literals, Diagnostics out) {
    for (Token token : tokens.getTokens()) {
      if (out.count(org.cailiang.dsl.diag.Severity.ERROR) > MAX_ERRORS_PER_FILE) {
        return; // the rest is not worth reading: the report is cut there anyway
      }
      if (token.getType() == CailiangLexer.STRING || token.getType() == CailiangLexer.TEXT_BLOCK) {
        literals.string(token); // reports unterminated strings and bad escapes, even after a syntax error
        HiddenText.inString(token, spans, out);
      } else if (token.getType() == CailiangLexer.ID) {
        HiddenText.inName(token, spans, out);
      } else if (token.getType() == CailiangLexer.UNEXPECTED) {
        int cp = token.getText().codePointAt(0);
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
            ? String.format("U+%04X", cp) : "'" + token.getText() + "'";
        out.error(spans.of(token), "unexpected-character", "无法识别的字符 " + shown + hint(cp));
      } else if (token.getType() == CailiangLexer.BLOCK_COMMENT) {
        if (!token.getText().endsWith("*/")) {
          out.error(spans.of(token), "unterminated-comment", "注释 /* 缺少结束的 */");
        }
        HiddenText.inComment(token, spans, out);
      }
    }
  }

  /**
   * Names and codes become Java names, which a class file holds in at most 65,535 bytes; only
   * asked of a file that parses, where a long token is a name and not a stray run of letters.
   */
  private static void reportLongTokens(List<Token> tokens, Spans spans, Diagnostics out) {
    for (Token token : tokens) {
      if ((token.getType() == CailiangLexer.ID || token.getType() == CailiangLexer.NUMBER)
          && token.getText().codePointCount(0, token.getText().length()) > MAX_TOKEN_LENGTH) {
        out.error(spans.of(token), "too-long", (token.getType() == CailiangLexer.ID ? "名称" : "数字")
            + "过长：最多 " + MAX_TOKEN_LENGTH + " 个字符");
      }
    }
  }

  /**
   * Full-width punctuation is the usual slip when typing next to Chinese text; ，、；：（） and the
   * comparison signs ＞＜＝≥≤≠～ are accepted (ChineseKeywords), quotes, braces and the full stop
   * are not.
   */
  private static String hint(int cp) {
    switch (cp) {
      case '“':
      case '”':
        return "：字符串请使用半角引号 \"";
      case '｛':
      case '｝':
        return "：请使用半角花括号 { }";
      case '。':
        return "：句号只能写在字符串里；处罚之间换行，或用半角分号 ;";
      case '！':
      case '!':
        return "：不等于请写 != 或 ！＝";
      case '－':
      case '—':
      case '–':
      case '-': // 5000-10000元, as tables write it (legal author: no hint for the half-width one)
        return "：区间请写 ..（或 ～），如 500..1000";
      default:
        return "";
    }
  }

  private static void copyCapped(Diagnostics from, Diagnostics to, Spans spans) {
    int errors = 0;
    for (var diagnostic : from.sorted()) {
      if (diagnostic.severity() == Severity.ERROR && ++errors > MAX_ERRORS_PER_FILE) {
        to.error(diagnostic.span(), "too-many-errors", "错误过多，本文件其余错误不再列出");
        return;
      }
      to.add(diagnostic);
    }
  }
}
