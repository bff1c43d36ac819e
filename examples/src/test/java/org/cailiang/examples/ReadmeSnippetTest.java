package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cailiang.examples.standards.BeijingPsbParties;
import org.cailiang.examples.standards.C05837Violation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using the generated code" snippet runs as written: its lines are the body of
 * {@link #theSnippetRunsAndSaysWhatItsCommentsSay} between the markers, and its comments' values are
 * asserted after them.
 */
class ReadmeSnippetTest {
  private static final String BEGIN = "// README-SNIPPET-BEGIN";
  private static final String END = "// README-SNIPPET-END";

  @Test
  void theSnippetRunsAndSaysWhatItsCommentsSay() {
    // README-SNIPPET-BEGIN
    // Typed: each violation a class, each code a constant, each enumerated fact an enum.
    Decision decision = C05837Violation.C05837.evaluate(C05837Violation.Facts.builder()
        .setter(C05837Violation.Setter.INDIVIDUAL).harm(false).build());
    decision.tierCode();     // C05837B030 (decision.violationCode(): C05837)
    decision.toString();     // Decision[C05837B030 个人设置: 责令拆除；对个人处500元以上1000元以下罚款]
    decision.fineFor(BeijingPsbParties.INDIVIDUAL).orElseThrow().range().max();  // 1000, exact
    // a 可以并处 fine is returned too: fine.optional() true means the officer may leave it out
    decision.orders().get(0).text();                                           // 责令拆除
    decision.citations();    // 第二十一条, 第七条 — with the article texts
    decision.explain();      // one sentence for the 处罚决定书
    decision.toJson();       // the shape of docs/json.md; Decision.jsonSchema() is its JSON Schema

    // Untyped, for systems that store codes and facts as strings; wrong or missing facts are named
    // with their allowed values (InvalidFactsException.problems(): fact, kind, given, allowed),
    // unknown codes with the nearest codes (UnknownCodeException). Codes and values are trimmed
    // (not keys); a blank value counts as not given.
    Standards standards = Standards.load();     // keep it: immutable and thread-safe
    standards.evaluate("C05843", Map.of("serious", "是"));
    standards.lenient().evaluate("C05843", Map.of("serious", "是", "caseId", "京公罚〔2026〕17号"));
    // README-SNIPPET-END

    assertEquals("C05837B030", decision.tierCode());
    assertEquals("C05837", decision.violationCode());
    assertEquals("Decision[C05837B030 个人设置: 责令拆除；对个人处500元以上1000元以下罚款]",
        decision.toString());
    assertEquals(0, new BigDecimal(1000).compareTo(
        decision.fineFor(BeijingPsbParties.INDIVIDUAL).orElseThrow().range().max()));
    assertEquals("责令拆除", decision.orders().get(0).text());
    assertTrue(decision.citations().get(0).toString().contains("第二十一条"),
        decision.citations().toString());
    assertTrue(decision.toJson().contains("\"C05837B030\""), decision.toJson());
    assertEquals(standards.evaluate("C05843", Map.of("serious", "是")),
        standards.lenient().evaluate("C05843", Map.of("serious", "是", "caseId", "x")));
  }

  @Test
  void theReadmeShowsThisSnippet() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/org/cailiang/examples/ReadmeSnippetTest.java"), StandardCharsets.UTF_8);
    int begin = source.indexOf("    " + BEGIN);
    int end = source.indexOf("    " + END);
    String snippet = source.subList(begin + 1, end).stream()
        .map(line -> line.isEmpty() ? line : line.substring(4))
        .collect(Collectors.joining("\n", "```java\n", "\n```"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(snippet), "README.md must show, verbatim:\n" + snippet);
  }
}
