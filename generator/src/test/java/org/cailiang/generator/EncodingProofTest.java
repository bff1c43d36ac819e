package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * Generated sources read the same whatever encoding javac is told to use: a Chinese Windows
 * build without {@code project.build.sourceEncoding} (GBK) must not ship a jar whose {@code
 * explain()} is mojibake.
 */
class EncodingProofTest {
  private static final List<GeneratedFile> FILES = new JavaGenerator("test.encoding")
      .generate(Sources.compile(Sources.BEIJING, Sources.EXAMPLE, Sources.FEATURES));

  @Test
  void everyGeneratedSourceIsAscii() {
    for (GeneratedFile file : FILES) {
      String content = file.content();
      for (int i = 0; i < content.length(); i++) {
        char c = content.charAt(i);
        if (c >= 0x80) {
          throw new AssertionError(file.path() + " holds U+" + Integer.toHexString(c) + " at " + i);
        }
      }
    }
  }

  @Test
  void explainIsTheSameWhenJavacDecodesTheBytesAsGbkOrLatin1() {
    String utf8 = explainC05837(StandardCharsets.UTF_8);
    assertTrue(utf8.contains("《北京市公共安全图像信息系统管理办法》第二十一条"), utf8);
    assertTrue(utf8.contains("对个人处500元以上1000元以下罚款"), utf8);
    assertEquals(utf8, explainC05837(Charset.forName("GBK")));
    assertEquals(utf8, explainC05837(StandardCharsets.ISO_8859_1));
  }

  /** Compiles the written bytes as javac {@code -encoding charset} would read them. */
  private static String explainC05837(Charset charset) {
    List<GeneratedFile> decoded = FILES.stream()
        .map(f -> new GeneratedFile(f.path(), f.kind(), new String(f.bytes(), charset)))
        .toList();
    Standards standards = Standards.load(InMemoryJavac.compile(decoded));
    return standards.evaluate("C05837", Map.of("setter", "个人设置", "harm", "否")).explain();
  }
}
