package org.cailiang.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cailiang.cli.Json;
import org.cailiang.dsl.diag.Characters;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written escaper of the CLI's outputs, checked by a real parser of its format on
 * hostile texts: HTML by jsoup (an HTML5 parser, as browsers parse; the JDK has none for HTML),
 * Markdown by commonmark-java (the CommonMark reference implementation for Java), JSON by
 * Jackson. What the parser reads back must be the text, with characters a reader cannot see shown
 * as markers ({@link Characters#visible}) in the formats meant for people; nothing may become
 * markup, and no invisible character may be written raw.
 */
class EscapersAgainstParsersTest {
  static final List<String> HOSTILE =
      List.of(
          "\"", "'", "\\", "*/", "</script><script>alert(1)</script>", "<b>粗</b>", "]]>", "|表|格|",
          "&amp;&lt;&#47;", "&", "@param", "{@code x}", "$S ${x}", "\\u0022", "\\u000a",
          "第一行\n第二行", "\r\n", "\u2028", "前\u2029后", "\u202e反向\u202c", "\u200f\u200e\u2066\u2069",
          "\u200b零宽\ufeff", "😀𠀀", "\t制表", "\u0000\u001b[2J\u007f\u0085", "标签\udb40\udc01\udb40\udc41字符",
          "[链接](http://x) ![图](y) <http://z>", "# 标题", "- 列表", "1. 列表", "> 引用", "`代码`",
          "**粗** _斜_ ~~删~~", "---", "===", "<!-- 注释 -->", "<![CDATA[x]]>", "a  \nb", "a\\\nb",
          "\"onmouseover=\"alert(1)", "'><img src=x onerror=alert(1)>");

  static List<String> texts() {
    List<String> texts = new ArrayList<>(HOSTILE);
    Random random = new Random(20261202L);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        text.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void htmlReadBackByAnHtml5ParserIsTheVisibleText() {
    for (String raw : texts()) {
      String text = "x" + raw + "x";
      String escaped = HtmlRenderer.escape(text);
      Element body =
          Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body><p title=\""
                  + escaped + "\">" + escaped + "</p><p title='" + escaped + "'>y</p></body></html>")
              .body();
      assertEquals(2, body.childrenSize(), text);
      Element p = body.child(0);
      assertEquals(0, p.childrenSize(), "no element from the text: " + text);
      String visible = Characters.visible(text);
      assertEquals(visible, p.wholeText(), text);
      assertEquals(visible, p.attr("title"), text);
      assertEquals(visible, body.child(1).attr("title"), text);
      assertNoInvisible(escaped, text);
    }
  }

  @Test
  void markdownReadBackByCommonMarkIsTheVisibleTextWithBreaks() {
    Parser parser = Parser.builder().build();
    for (String raw : texts()) {
      String text = "x" + raw + "x";
      String escaped = MarkdownRenderer.escape(text);
      Node document = parser.parse(escaped);
      assertInstanceOf(Document.class, document);
      assertInstanceOf(Paragraph.class, document.getFirstChild(), text);
      assertEquals(null, document.getFirstChild().getNext(), "one paragraph: " + text);
      StringBuilder read = new StringBuilder();
      document.accept(new AbstractVisitor() {
        @Override
        public void visit(Text node) {
          read.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlInline node) {
          assertEquals("<br>", node.getLiteral(), "the only markup is a line break: " + text);
          read.append('\n');
        }

        @Override
        protected void visitChildren(Node parent) {
          for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            assertTrue(child instanceof Paragraph || child instanceof Text
                || child instanceof HtmlInline, child + " from " + text);
            child.accept(this);
          }
        }
      });
      assertEquals(Characters.visible(text.replace("\r", "")), read.toString(), text);
      assertNoInvisible(escaped, text);
    }
  }

  @Test
  void jsonReadBackByJacksonIsTheTextExactly() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (String text : texts()) {
      String json = Json.write(Map.of("t", text, "list", List.of(text)));
      JsonNode node = mapper.readTree(json);
      assertEquals(text, node.get("t").asText(), json);
      assertEquals(text, node.get("list").get(0).asText(), json);
      assertNoInvisible(json.replace("\n", ""), text);
      assertTrue(json.indexOf('<') < 0 && json.indexOf('>') < 0, "safe inside HTML: " + json);
    }
  }

  @Test
  void theTerminalSeesNoInvisibleCharacter() {
    for (String text : texts()) {
      String visible = Characters.visible(text);
      assertNoInvisible(visible, text);
      assertEquals(text.codePoints().filter(Characters::isInvisible).count(),
          visible.chars().filter(c -> c == '⟨').count() - text.chars().filter(c -> c == '⟨').count(),
          "one marker per invisible character: " + text);
    }
  }

  private static void assertNoInvisible(String output, String text) {
    output.codePoints().forEach(cp -> assertTrue(!Characters.isInvisible(cp),
        String.format("U+%04X written raw for %s", cp, text)));
  }
}
