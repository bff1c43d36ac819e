package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.cailiang.dsl.parse.CailiangLexer;
import org.cailiang.dsl.parse.FastLexer;
import org.junit.jupiter.api.Test;

/**
 * The hand-scanned strings of {@link FastLexer} give exactly the tokens of the grammar's own
 * lexer — type, text, line, column, channel — on every source file of the repository, the fuzz
 * corpus, and random strings built from the characters that matter to strings.
 */
class FastLexerTest {

  @Test
  void sameTokensAsTheGrammarsLexerOnEveryFile() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("..", "src/test/resources")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(p -> p.toString().endsWith(".cailiang") || p.toString().contains("CompilerFuzzTestInputs"))
            .filter(Files::isRegularFile)
            .filter(p -> !p.toString().contains("/target/"))
            .forEach(files::add);
      }
    }
    assertTrue(files.size() > 30, "found " + files.size());
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertEquals(tokens(new CailiangLexer(CharStreams.fromString(text))),
          tokens(new FastLexer(CharStreams.fromString(text))), file.toString());
    }
  }

  @Test
  void sameTokensOnRandomStringSoup() {
    String alphabet = "\"\"\"\\\\\n\r \t罚款aé/{}x\u3000";
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String source = text.toString();
      assertEquals(tokens(new CailiangLexer(CharStreams.fromString(source))),
          tokens(new FastLexer(CharStreams.fromString(source))), source);
    }
  }

  private static List<String> tokens(Lexer lexer) {
    lexer.removeErrorListeners();
    List<String> tokens = new ArrayList<>();
    for (Token token = lexer.nextToken(); ; token = lexer.nextToken()) {
      tokens.add(token.getType() + "|" + token.getChannel() + "|" + token.getLine() + ":" + token.getCharPositionInLine()
          + "|" + token.getStartIndex() + "-" + token.getStopIndex() + "|" + token.getText());
      if (token.getType() == Token.EOF) {
        return tokens;
      }
    }
  }
}
