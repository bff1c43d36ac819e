package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.format.Formatter;
import org.cailiang.dsl.format.KeywordSet;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.parse.StandardParser;
import org.junit.jupiter.api.Test;

/**
 * The English and the Chinese keywords are two spellings of one language: the examples and random
 * standards, converted by {@code cailiang format}, generate byte-identical Java, and come back
 * from Chinese byte for byte.
 */
class KeywordSetsTest {
  private static final Path EXAMPLES = Path.of("../examples/src/main/cailiang");

  @Test
  void theExamplesInEitherKeywordSetGenerateTheSameJava() throws IOException {
    List<SourceFile> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".cailiang")).sorted().toList()) {
        examples.add(read(file));
      }
    }
    List<SourceFile> english = convert(examples, KeywordSet.EN);
    List<SourceFile> chinese = convert(examples, KeywordSet.ZH);
    assertNotEquals(english, chinese);
    for (SourceFile example : examples) {
      // Each example is written in one keyword set; through the other it comes back byte for byte.
      KeywordSet written = convert(List.of(example), KeywordSet.ZH).get(0).equals(example)
          ? KeywordSet.ZH : KeywordSet.EN;
      KeywordSet other = written == KeywordSet.ZH ? KeywordSet.EN : KeywordSet.ZH;
      List<SourceFile> converted = convert(List.of(example), other);
      assertNotEquals(List.of(example), converted, example.path());
      assertEquals(List.of(example), convert(converted, written), example.path() + " round trip");
    }
    List<String> java = java(examples);
    assertEquals(java, java(english));
    assertEquals(java, java(chinese));
  }

  @Test
  void pipl66IsWrittenEntirelyInChineseKeywords() throws IOException {
    SourceFile pipl66 = read(EXAMPLES.resolve("pipl66.cailiang"));
    assertEquals(List.of(pipl66), convert(List.of(pipl66), KeywordSet.ZH), "no English keyword");
    assertNotEquals(List.of(pipl66), convert(List.of(pipl66), KeywordSet.EN));
  }

  @Test
  void randomStandardsInChineseGenerateTheSameJava() {
    RandomStandards random = new RandomStandards(14);
    for (int s = 0; s < 60; s++) {
      List<SourceFile> english = convert(
          List.of(new SourceFile("r" + s + ".cailiang", random.standard(s, 1 + s % 3))), KeywordSet.AS_WRITTEN);
      assertEquals(english, convert(english, KeywordSet.AS_WRITTEN), "formatted in one pass");
      List<SourceFile> chinese = convert(english, KeywordSet.ZH);
      assertNotEquals(english, chinese);
      assertEquals(chinese, convert(chinese, KeywordSet.ZH), "formatted in one pass");
      assertEquals(english, convert(chinese, KeywordSet.EN));
      assertEquals(parsedJava(english.get(0)), parsedJava(chinese.get(0)), english.get(0).text());
    }
  }

  private static SourceFile read(Path file) throws IOException {
    return new SourceFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<SourceFile> convert(List<SourceFile> sources, KeywordSet keywords) {
    UnaryOperator<SourceFile> format = source -> new SourceFile(source.path(),
        Formatter.format(source, keywords, new Diagnostics()).orElseThrow());
    return sources.stream().map(format).toList();
  }

  private static List<String> java(List<SourceFile> sources) {
    Compilation compilation = StandardCompiler.compileSources(sources);
    assertFalse(compilation.hasErrors(), compilation.render());
    return generated(compilation.standards());
  }

  /** Random standards pass the checker, not the legal analysis: generated as the parser gives them. */
  private static List<String> parsedJava(SourceFile source) {
    Diagnostics diagnostics = new Diagnostics();
    Standard standard = StandardParser.parse(source, diagnostics).orElseThrow();
    assertFalse(diagnostics.hasErrors());
    return generated(List.of(standard));
  }

  private static List<String> generated(List<Standard> standards) {
    return new JavaGenerator("keywords.test").generate(standards).stream()
        .map(file -> file.path() + "\n" + file.content()).toList();
  }
}
