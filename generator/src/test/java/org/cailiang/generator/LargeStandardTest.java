package org.cailiang.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Standards;
import org.junit.jupiter.api.Test;

/**
 * A violation far larger than any real one still compiles: tiers are split into nested classes,
 * so no method nears 64 KB and no constant pool overflows, and a wide code range is computed,
 * not listed.
 */
class LargeStandardTest {
  private static final int TIERS = 2_000;

  @Test
  void twoThousandTiersOverAThousandCodesCompileAndDecide() throws Exception {
    StringBuilder source = new StringBuilder("""
        standard large "大规模" {
        }
        party unit "单位"
        regulation reg "测试条例" {
          article a1 "第一条" "处%d元以下罚款。"
          violation L00000..L00999 "大量阶次" {
            basis a1
            fact count "次数": int
            fact flag "标志": bool
            statute { fine unit ..%d optional warning }
        """.formatted(TIERS, TIERS));
    for (int i = 0; i < TIERS; i++) {
      source.append(String.format(
          "    tier T%04d \"第%d次\" when count == %d { priority 1 fine unit %d..%d text \"对单位处%d元以上%d元以下罚款。\" }%n",
          i, i, i, i, i + 1, i, i + 1));
    }
    source.append("    tier T8888 \"标志\" when flag { fine unit 1999..2000 }\n");
    source.append("    tier T9999 \"其他\" otherwise { fine unit .." + TIERS + " }\n  }\n}\n");
    Compilation compilation = StandardCompiler.compileSources(List.of(new SourceFile("large.cailiang", source.toString())));
    assertEquals("", compilation.render());
    ClassLoader loader = InMemoryJavac.compile(new JavaGenerator("test.large").generate(compilation.standards()));
    Standards standards = Standards.load(loader);
    assertEquals(1000, standards.codes().size());
    assertEquals("L00123T1999", standards.evaluate("L00123", Map.of("count", 1999, "flag", false)).tierCode());
    assertEquals("L00999T0000", standards.evaluate("L00999", Map.of("count", 0, "flag", true)).tierCode());
    assertEquals("L00500T8888", standards.evaluate("L00500", Map.of("count", TIERS, "flag", true)).tierCode());
    assertEquals("L00500T9999", standards.evaluate("L00500", Map.of("count", TIERS, "flag", false)).tierCode());
    assertEquals("L00123T1999", standards.evaluate("L00123", Map.of("count", 1999, "flag", true)).tierCode());
    // 标志 left out: tried after every count tier (by priority), so a count tier that applies —
    // in the last of the partial path's methods, or the second — decides without it; past them
    // it is needed.
    assertEquals("L00123T1999", standards.evaluate("L00123", Map.of("count", 1999)).tierCode());
    assertEquals("L00123T0064", standards.evaluate("L00123", Map.of("count", 64)).tierCode());
    InvalidFactsException missing =
        assertThrows(InvalidFactsException.class, () -> standards.evaluate("L00123", Map.of("count", TIERS)));
    assertEquals(List.of("flag"), missing.problems().stream().map(p -> p.fact()).toList());
  }
}
