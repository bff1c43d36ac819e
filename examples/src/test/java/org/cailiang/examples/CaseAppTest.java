package org.cailiang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseAppTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CaseApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void decidesACaseFromStrings() {
    assertEquals(0, run("C05837", "setter=个人设置", "harm=否"));
    String printed = out.toString(StandardCharsets.UTF_8);
    // Today is after 2025-04-01: the author's caveat first, as eval prints it.
    assertTrue(printed.startsWith("注意：" + org.cailiang.runtime.internal.HigherLawNotes.PREFIX), printed);
    assertTrue(printed.contains(
        "\nC05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》第二十一条，责令拆除；对个人处500元以上1000元以下罚款。\n"),
        printed);
    out.reset();
    assertEquals(0, run("C05839", "stage=found"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("C05839"), "no caveat on a code without one");
  }

  @Test
  void namesWrongFactsAndExitsNonZero() {
    assertEquals(1, run("C05837", "setter=公司"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("可取：unit（单位设置）、individual（个人设置）"), message);
    // harm is left out: whether it matters cannot be told while setter is invalid, so it is not demanded.
    assertTrue(message.contains("的值无效：公司") && !message.contains("缺少事实"), message);
  }

  @Test
  void withoutArgumentsListsTheCodes() {
    assertEquals(2, run());
    String listing = out.toString(StandardCharsets.UTF_8);
    assertTrue(listing.contains("C05843  未建立、健全或者违反图像信息安全管理制度"), listing);
    assertTrue(listing.contains("E06401"), listing);
  }
}
