package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named circumstance and a sanction that depends on a fact, through the commands: {@code eval}
 * decides with the facts that matter and names the missing ones that do, {@code render} writes
 * the sanction as 有违法所得的，没收违法所得, {@code test} runs cases that leave facts out.
 */
class AuthoringCommandsTest {
  private static final String SOURCE = """
      standard auth "作者功能" {
      }
      party unit "单位"
      regulation reg "测试条例" {
        article a1 "第一条" "处一万元以上五万元以下罚款；有违法所得的，没收违法所得。"
        violation X00001 "行为" {
          basis a1
          fact punished "一年内受过处罚": bool
          fact times "次数": int
          fact income "违法所得": amount
          circumstance heavier "情节较重" = punished or times >= 3
          statute {
            fine unit 1万..5万
            confiscate "违法所得" when income > 0
          }
          tier B010 "一般" when not heavier {
            fine unit 1万..3万
            confiscate "违法所得" when income > 0
          }
          tier B020 "较重" when heavier {
            fine unit 3万..5万
            confiscate "违法所得" when income > 0
          }
          case "受过处罚" { punished = 是, income = 0 } expect B020 { fine unit 3万..5万 }
        }
      }
      """;

  @TempDir Path dir;

  private Path file() throws IOException {
    return Files.writeString(dir.resolve("auth.cailiang"), SOURCE);
  }

  @Test
  void evalDecidesWithoutTheFactsTheDecisionDoesNotDependOn() throws IOException {
    CliRun run = CliRun.of("eval", file().toString(), "X00001", "punished=是", "income=100");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("X00001B020（较重）：依据《测试条例》第一条，对单位处3万元以上5万元以下罚款；没收违法所得。"),
        run.out());
  }

  @Test
  void evalNamesExactlyTheMissingFactsThatMatter() throws IOException {
    CliRun run = CliRun.of("eval", file().toString(), "X00001", "punished=否");
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("缺少事实 times（次数）"), run.err());
    assertTrue(run.err().contains("缺少事实 income（违法所得）"), "either tier confiscates where income > 0: " + run.err());
    assertTrue(!run.err().contains("punished"), run.err());
  }

  @Test
  void renderWritesASanctionThatDependsOnAFactAsTheTableDoes() throws IOException {
    CliRun run = CliRun.of("render", file().toString(), "--format", "md");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("| 一般 | 对单位处1万元以上3万元以下罚款；有违法所得的，没收违法所得 |"), run.out());
  }

  @Test
  void htmlAndDmnTakeTheNewFormsToo() throws IOException {
    CliRun html = CliRun.of("render", file().toString(), "--format", "html");
    assertEquals(0, html.exitCode(), html.err());
    assertTrue(html.out().contains("对单位处3万元以上5万元以下罚款；有违法所得的，没收违法所得"), html.out());
    // DMN has no named conditions: the circumstance is expanded into unary tests on its facts.
    CliRun dmn = CliRun.of("render", file().toString(), "--format", "dmn");
    assertEquals(0, dmn.exitCode(), dmn.err());
    assertTrue(dmn.out().contains("name=\"punished\"") && dmn.out().contains("name=\"times\""), dmn.out());
  }

  @Test
  void testRunsACaseThatLeavesFactsOut() throws IOException {
    CliRun run = CliRun.of("test", file().toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("1 passed, 0 failed"), run.out());
  }
}
