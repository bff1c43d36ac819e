package org.cailiang.dsl.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A file that lexes and parses: all its tokens (comments on the hidden channel; line comments and
 * whitespace are not tokens) and its parse tree.
 */
public record SyntaxTree(List<Token> tokens, CailiangParser.FileContext tree) {}
