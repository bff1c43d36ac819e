package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Text from a standard never breaks out of the markup or code it is written into. */
class EscapingTest {
  static final String NASTY = "<script>alert(1)</script> \"引号\" & | * _ ]]> \\u000a ${x} </td>\u202e倒\u200b";

  private static String source() {
    // The override written as the language's escape (raw, hidden-text refuses it); the text is
    // the same.
    String text = NASTY.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u202e", "\\u{202E}");
    return """
        standard nasty "TITLE" {
          authority "AUTH"
        }
        party unit "PARTY"
        regulation reg "REG" {
          article a1 "第一条" "ARTICLE"
          violation X00001 "TITLE" {
            basis a1
            fact kind "FACT": enum { a "VALUE", b "乙" }
            statute { fine unit ..1000 }
            tier B010 "CIRCUMSTANCE" when kind == a { fine unit ..1000 text "TEXT 二千元" }
            tier B020 "其他" when kind == b { fine unit ..1000 text "处一千元以下罚款。" }
            case "CASE" { kind = "VALUE" } expect B010
          }
        }
        """.replace("TITLE", text).replace("AUTH", text).replace("PARTY", text).replace("ARTICLE", text)
        .replace("FACT", text).replace("VALUE", text).replace("CIRCUMSTANCE", text).replace("TEXT", text)
        .replace("CASE", text);
  }

  @Test
  void everyOutputEscapesTheText(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("nasty.cailiang"), source());
    CliRun check = CliRun.of("check", "--format", "json", file.toString());
    assertEquals(1, check.exitCode(), check.out() + check.err()); // the text-mismatch warning quotes the circumstance
    assertSafeJson(check.out());
    assertSafeJson(CliRun.of("check", "--format", "sarif", file.toString()).out());
    assertSafeJson(CliRun.of("render", file.toString(), "--format", "json").out());
    assertSafeJson(CliRun.of("eval", "--json", file.toString(), "X00001", "kind=a").out());

    String html = CliRun.of("render", file.toString(), "--format", "html").out();
    assertFalse(html.contains("<script>"), "raw script tag in HTML");
    assertFalse(html.contains("</td> "), "a cell closed by the text");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;引号&quot; &amp; |"), html);

    assertTrue(html.contains("⟨U+202E⟩倒⟨U+200B⟩"), "invisible characters are shown, not obeyed");

    String markdown = CliRun.of("render", file.toString(), "--format", "md").out();
    assertTrue(markdown.contains("⟨U+202E⟩倒⟨U+200B⟩"));
    assertFalse(markdown.contains("<script>"));
    assertTrue(markdown.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt; \"引号\" &amp; \\| \\* \\_ \\]\\]&gt;"), markdown);

    String dmn = CliRun.of("render", file.toString(), "--format", "dmn").out();
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
    String name = document.getDocumentElement().getAttribute("name");
    assertEquals(NASTY, name, "the text, U+202E included, survives the XML round trip");
    assertEquals(1, DmnExportTest.decisions(DmnExportTest.compileFile(file)).size());
  }

  /** No raw markup characters, and every string properly closed. */
  private static void assertSafeJson(String json) {
    assertFalse(json.contains("<") || json.contains(">"), json);
    assertTrue(json.contains("\\u003cscript\\u003e"), json);
    assertTrue(json.contains("\\\"引号\\\""), json);
    assertTrue(json.contains("\\u202e倒\\u200b"), json);
  }
}
