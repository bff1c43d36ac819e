package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.LawLevel;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.Standard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Beijing standard against 国务院令第799号: its levels are declared, and its two
 * {@code suppress "higher-law"} hide real findings, the ones docs/law/README.md lists, not
 * nothing.
 */
class BeijingHigherLawTest {
  private static String beijing;

  @BeforeAll
  static void read() throws Exception {
    beijing = Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
  }

  @Test
  void declaresTheLevelsOfItsRegulationsAndTheKindsOfItsParties() {
    Standard standard = compile(beijing).standards().get(0);
    assertEquals(LawLevel.ADMINISTRATIVE_REGULATION, standard.regulation("csvis").orElseThrow().level().orElseThrow());
    assertEquals(LawLevel.LOCAL_GOVERNMENT_RULE, standard.regulation("image").orElseThrow().level().orElseThrow());
    assertEquals(LawLevel.LOCAL_GOVERNMENT_RULE, standard.regulation("residential").orElseThrow().level().orElseThrow());
    assertEquals(PartyKind.ORGANIZATION, standard.party("unit").orElseThrow().kind().orElseThrow());
    assertEquals(PartyKind.PERSON, standard.party("individual").orElseThrow().kind().orElseThrow());
    assertTrue(standard.party("manager").orElseThrow().kind().isEmpty());
    assertEquals(6, standard.regulation("csvis").orElseThrow().article("art26").orElseThrow().statute().size());
  }

  @Test
  void withoutItsSuppressionsItReportsWhereItExceedsTheNationalRegulation() {
    String unsuppressed = beijing.lines().filter(l -> !l.contains("suppress \"higher-law\""))
        .reduce("", (a, b) -> a + b + "\n");
    // Its two 地方政府规章 declare no fine-limit: a note each, not a finding of the higher law.
    List<Diagnostic> found = compile(unsuppressed).diagnostics().stream()
        .filter(d -> !d.check().equals("fine-limit-undeclared")).toList();
    assertTrue(found.stream().allMatch(d -> d.check().equals("higher-law")), found.toString());
    int c05837 = line(unsuppressed, "violation C05837");
    int c05838 = line(unsuppressed, "violation C05838");
    int c05839 = line(unsuppressed, "violation C05839");
    assertEquals(13, found.stream().filter(d -> d.span().line() > c05837 && d.span().line() < c05838).count());
    assertEquals(6, found.stream().filter(d -> d.span().line() > c05838 && d.span().line() < c05839).count());
    // 第二十一条: 3万 above 条例第二十六条's 2万, and fines before 拒不改正.
    assertReported(found, line(unsuppressed, "fine unit 2万..3万\n      fine principal, direct each 500..1000\n      text \"责令拆除"),
        "超出上位法《公共安全视频图像信息系统管理条例》第二十六条：阶次 B020「单位设置，造成危害后果」 的对单位的罚款 2万元以上3万元以下 超出上位法幅度 2万元以下（设置主体 = 单位设置，造成危害后果 = 是，拒不改正 = 是）");
    assertReported(found, line(unsuppressed, "fine individual 500..1000\n      text \"责令拆除；对个人"),
        "超出上位法《公共安全视频图像信息系统管理条例》第二十六条：阶次 B030「个人设置」 的对个人的罚款 在此情形下上位法没有规定此项处罚（设置主体 = 个人设置，拒不改正 = 否）");
    // 第二十一条, each tier: 条例第二十六条 requires 没收相关设备设施 once the party refuses.
    for (String tier : List.of("B010「单位设置，尚未造成危害后果。」", "B020「单位设置，造成危害后果」", "B030「个人设置」")) {
      assertTrue(found.stream().anyMatch(d -> d.span().line() > c05837 && d.span().line() < c05838
          && d.message().startsWith("上位法《公共安全视频图像信息系统管理条例》第二十六条规定应当并处没收相关设备设施，阶次 " + tier + " 却没有（")
          && d.message().endsWith("拒不改正 = 是）")), tier + ": " + found);
    }
    // 第二十二条: fines before 拒不改正 (its own fact refused), and on persons 条例第二十九条 does not fine.
    assertReported(found, line(unsuppressed, "fine unit 1000..5000"),
        "超出上位法《公共安全视频图像信息系统管理条例》第二十九条：阶次 C010「一般情况下」 的对单位的罚款 在此情形下上位法没有规定此项处罚（责令改正拒不备案 = 否，造成危害后果 = 否，其他情节严重情形 = 否）");
    assertReported(found, line(unsuppressed, "fine unit 1000..5000") + 1,
        "超出上位法《公共安全视频图像信息系统管理条例》第二十九条：阶次 C010「一般情况下」 的对单位主要负责人、直接责任人员的罚款 不是上位法规定的处罚种类或处罚对象");
  }

  private static void assertReported(List<Diagnostic> found, int line, String message) {
    assertTrue(found.stream().anyMatch(d -> d.span().line() == line && d.span().column() == 7
        && d.severity().label().equals("warning") && d.message().equals(message)),
        "expected at line " + line + ": " + message + "\nfound: " + found);
  }

  /** With the general part the Beijing standard uses (uses xzcff). */
  private static Compilation compile(String text) {
    try {
      return StandardCompiler.compileSources(List.of(new SourceFile("beijing.cailiang", text),
          new SourceFile("xzcff.cailiang",
              Files.readString(Path.of("../examples/src/main/cailiang/xzcff.cailiang")))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The line of the first occurrence of a (possibly multi-line) snippet. */
  private static int line(String text, String snippet) {
    int at = text.indexOf(snippet);
    assertTrue(at >= 0, snippet);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
