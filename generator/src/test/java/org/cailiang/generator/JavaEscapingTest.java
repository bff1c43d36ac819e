package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.util.JavacTask;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.cailiang.dsl.diag.Characters;
import org.junit.jupiter.api.Test;

/**
 * The two Java escapers checked by javac itself: each hostile text is written as a string literal
 * ({@link JavaStrings#literal}) and as a Javadoc comment ({@link Javadoc#block}); javac, with
 * doclint on and warnings as errors, must accept the class, the constant's value must be the
 * text, and the comment javac reads back must, once its HTML character references are decoded,
 * be the text line for line.
 */
class JavaEscapingTest {
  /** Texts that break naive escaping; lone surrogates never get here (the parser rejects them). */
  static final List<String> HOSTILE =
      List.of(
          "\"",
          "\\",
          "\\\\\"",
          "*/",
          "**/",
          "/*",
          "/**/",
          "*//*",
          "a*/b/*c",
          "</script>",
          "<b>粗</b>",
          "]]>",
          "|表格|",
          "&amp;&lt;",
          "&",
          "@param x",
          "{@code x}",
          "{@link Object}",
          "@",
          "$S $L $$",
          "\\u0022",
          "\\u000a",
          "\\u002a/",
          "\\uuuu0041",
          "第一行\n第二行",
          "\r\n",
          "行\r\n另一行",
          "\u2028",
          "前\u2029后",
          "\u202e反向\u202c",
          "\u200f\u200e\u2066\u2069",
          "\u200b零宽\ufeff",
          "😀𠀀",
          "\t制表",
          "尾斜杠\\",
          "");

  @Test
  void hostileTextsSurviveAsStringConstantsAndJavadoc() throws Exception {
    checkRoundTrip(HOSTILE);
  }

  @Test
  void randomMixturesOfHostilePiecesSurvive() throws Exception {
    Random random = new Random(20261202L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        text.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
        if (random.nextBoolean()) {
          text.append((char) ('a' + random.nextInt(26)));
        }
      }
      texts.add(text.toString());
    }
    checkRoundTrip(texts);
  }

  @Test
  void aTextOverTheConstantLimitIsJoinedBackWhole() throws Exception {
    // Three-byte characters with a line separator and an astral pair at the chunk boundaries.
    String unit = "罚".repeat(JavaStrings.MAX_CONSTANT_BYTES / 3 - 1);
    String text = unit + "😀" + unit + "\u2028" + unit + "\"\\";
    assertTrue(JavaStrings.chunks(text).size() > 1);
    for (String chunk : JavaStrings.chunks(text)) {
      assertTrue(modifiedUtf8(chunk) <= JavaStrings.MAX_CONSTANT_BYTES, "chunk within limit");
      assertTrue(!chunk.isEmpty() && !Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)));
    }
    assertEquals(text, String.join("", JavaStrings.chunks(text)));
    checkRoundTrip(List.of(text));
  }

  /** Hostile re-check: 65,535 ASCII chars passed check and failed javac ("constant string too long"). */
  @Test
  void aTextOfTheCharLimitCompiles() throws Exception {
    checkRoundTrip(List.of("a".repeat(65_535), "a".repeat(65_534) + "\u2028"));
  }

  @Test
  void chunksAreAsLongAsTheLimitAllows() {
    String ascii = "a".repeat(JavaStrings.MAX_CONSTANT_CHARS);
    assertEquals(List.of(ascii), JavaStrings.chunks(ascii));
    assertEquals(List.of(ascii, "b"), JavaStrings.chunks(ascii + "b"), "javac refuses 65,535 chars");
    // NUL takes two bytes in a class file.
    String nul = "\0".repeat(JavaStrings.MAX_CONSTANT_BYTES / 2);
    assertEquals(List.of(nul, "\0"), JavaStrings.chunks(nul + "\0"));
    String twoByte = "é".repeat(JavaStrings.MAX_CONSTANT_BYTES / 2);
    assertEquals(List.of(twoByte, "é"), JavaStrings.chunks(twoByte + "é"));
    // An astral pair that would straddle the limit moves whole into the next chunk.
    String pairAtEdge = "a".repeat(JavaStrings.MAX_CONSTANT_BYTES - 3) + "😀";
    assertEquals(
        List.of("a".repeat(JavaStrings.MAX_CONSTANT_BYTES - 3), "😀"),
        JavaStrings.chunks(pairAtEdge));
    String pairFits = "a".repeat(JavaStrings.MAX_CONSTANT_BYTES - 6) + "😀";
    assertEquals(List.of(pairFits), JavaStrings.chunks(pairFits));
    assertEquals(List.of(""), JavaStrings.chunks(""));
  }

  @Test
  void onlyTheSeparatorsBecomeUnicodeEscapes() {
    assertEquals("\"a\\\"b\"", JavaStrings.literal("a\"b").toString());
    assertEquals("\"\\u2028\"", JavaStrings.literal("\u2028").toString());
    assertEquals("\"a\" + \"\\u2029\" + \"b\"", JavaStrings.literal("a\u2029b").toString());
    assertEquals("\"\\u2028\" + \"\\u2028\"", JavaStrings.literal("\u2028\u2028").toString());
  }

  /**
   * The fast path of {@code asciiSource} decides on ranges of chars; it must escape exactly the
   * chars that are not printable ASCII or are invisible, as the Unicode tables say, for every char.
   */
  @Test
  void asciiSourceEscapesExactlyTheCharsOutsidePrintableAsciiAndTheInvisibleOnes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "b";
      boolean escaped = c >= 0x7f || Characters.isInvisible(c);
      String expected = escaped ? String.format("a\\u%04xb", c) : text;
      assertEquals(expected, JavaGenerator.asciiSource(text), "char U+" + Integer.toHexString(c));
      if (!escaped) {
        assertSame(text, JavaGenerator.asciiSource(text), "unchanged text is not copied");
      }
    }
    assertEquals("\\u7f5a\\u6b3e\n\\u0000\t", JavaGenerator.asciiSource("罚款\n\0\t"));
  }

  @Test
  void javadocEscapesExactlyWhatJavacOrHtmlWouldRead() {
    assertEquals("a/b", Javadoc.escape("a/b"));
    assertEquals("*&#47;", Javadoc.escape("*/"));
    assertEquals("&#47;*", Javadoc.escape("/*"));
    assertEquals("&amp;&lt;&gt;&#92;&#64;", Javadoc.escape("&<>\\@"));
    assertEquals("a\nb\nc\nd", Javadoc.escape("a\r\nb\u2028c\u2029d"));
    assertEquals("a<br>\nb", Javadoc.block("a\nb"));
  }

  private static void checkRoundTrip(List<String> texts) throws Exception {
    TypeSpec.Builder type = TypeSpec.classBuilder("Texts").addModifiers(javax.lang.model.element.Modifier.PUBLIC);
    type.addJavadoc("Hostile texts.\n");
    for (int i = 0; i < texts.size(); i++) {
      type.addField(
          FieldSpec.builder(String.class, "T" + i)
              .addModifiers(
                  javax.lang.model.element.Modifier.PUBLIC,
                  javax.lang.model.element.Modifier.STATIC,
                  javax.lang.model.element.Modifier.FINAL)
              .addJavadoc("Text $L: $L\n", i, Javadoc.block(texts.get(i)))
              .initializer(JavaStrings.literal(texts.get(i)))
              .build());
    }
    // As the generator ships it: every character outside ASCII a unicode escape.
    String source = JavaGenerator.asciiSource(
        JavaFile.builder("test.escaping", type.build()).build().toString());

    Map<String, String> comments = docComments(source);
    ClassLoader loader =
        InMemoryJavac.compile(
            List.of(
                new GeneratedFile("test/escaping/Texts.java", GeneratedFile.Kind.SOURCE, source)));
    Class<?> compiled = loader.loadClass("test.escaping.Texts");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      assertEquals(text, compiled.getField("T" + i).get(null), "value of text " + i);
      String expected = ("Text " + i + ": " + text).replace("\r", "").replace('\u2028', '\n')
          .replace('\u2029', '\n');
      assertEquals(
          lines(expected), lines(decode(comments.get("T" + i))), "Javadoc of text " + i);
    }
  }

  /** The doc comments javac reads, by field, from a parse with doclint checking the HTML. */
  private static Map<String, String> docComments(String source) throws Exception {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("mem:///test/escaping/Texts.java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    StringWriter output = new StringWriter();
    JavacTask task =
        (JavacTask)
            ToolProvider.getSystemJavaCompiler()
                .getTask(
                    output,
                    null,
                    diagnostics,
                    List.of("-Xdoclint:html,syntax", "-Xlint:all", "-Werror", "-proc:none"),
                    null,
                    List.of(file));
    task.parse();
    task.analyze();
    assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(Object::toString).toList(),
        output.toString());
    Elements elements = task.getElements();
    TypeElement type = elements.getTypeElement("test.escaping.Texts");
    Map<String, String> comments = new LinkedHashMap<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD) {
        comments.put(member.getSimpleName().toString(), elements.getDocComment((VariableElement) member));
      }
    }
    return comments;
  }

  /** The text of a comment: its {@code <br>} line ends and character references undone. */
  private static String decode(String comment) {
    return comment
        .replace("<br>\n", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#92;", "\\")
        .replace("&#64;", "@")
        .replace("&#47;", "/")
        .replace("&amp;", "&");
  }

  /** Lines without the one space javac keeps after the leading asterisk, and no trailing ones. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.strip().split("\n", -1)) {
      lines.add(line.startsWith(" ") ? line.substring(1) : line);
    }
    return lines;
  }

  private static int modifiedUtf8(String text) {
    int bytes = 0;
    for (char c : text.toCharArray()) {
      bytes += c >= 1 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
    }
    return bytes;
  }
}
