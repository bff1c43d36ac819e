package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESC, BEL, NUL and U+202E in tier names, labels, case names, messages and fact values reach the
 * terminal as visible {@code ⟨U+001B⟩} markers in check, eval and test: a file cannot clear the
 * screen and print a fake "no problems".
 */
class TerminalOutputTest {
  /** Written with the language's escapes; the compiled strings hold the raw characters. */
  private static final String CONTROLS = "\\u{1B}[2J\\u{7}\\u{0}\\u{202E}";
  private static final String SHOWN = "⟨U+001B⟩[2J⟨U+0007⟩⟨U+0000⟩⟨U+202E⟩";

  private static Path source(Path dir) throws Exception {
    return Files.writeString(dir.resolve("controls.cailiang"), """
        standard s "标准@@" {
        }
        party unit "单位"
        regulation reg "条例" {
          article a1 "第一条@@" "罚则。"
          violation X00001 "行为" {
            basis a1
            duty a1
            fact kind "种类": enum { a "甲@@", b "乙" }
            tier B010 "一般@@" when kind == a { fine unit ..500 }
            tier B020 "较重" when kind == b { fine unit ..500 }
            case "用例@@" { kind = a } expect B020
          }
        }
        """.replace("@@", CONTROLS));
  }

  private static void assertNothingRaw(CliRun run) {
    for (String text : new String[] {run.out(), run.err()}) {
      for (char c : new char[] {'\u001b', '\u0007', '\u0000', '\u202e'}) {
        assertFalse(text.indexOf(c) >= 0, String.format("U+%04X reached the terminal: %s", (int) c, text));
      }
    }
  }

  @Test
  void evalShowsControlsInTheDecision(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("eval", source(dir).toString(), "X00001", "kind=a");
    assertEquals(0, run.exitCode(), run.err());
    assertNothingRaw(run);
    assertTrue(run.out().startsWith("X00001B010（一般" + SHOWN + "）：依据《条例》第一条" + SHOWN + "，"), run.out());
  }

  @Test
  void evalShowsControlsInAFactValue(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("eval", source(dir).toString(), "X00001", "kind=\u001b[2J\u202e");
    assertEquals(1, run.exitCode());
    assertNothingRaw(run);
    assertTrue(run.err().contains("的值无效：⟨U+001B⟩[2J⟨U+202E⟩，可取：a（甲" + SHOWN + "）"), run.err());
  }

  @Test
  void checkShowsControlsInMessages(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("check", source(dir).toString());
    assertEquals(1, run.exitCode(), run.out());
    assertNothingRaw(run);
    assertTrue(run.out().contains("条款 a1（第一条" + SHOWN + "）已列为本违法行为的依据"), run.out());
  }

  /** A line break in a name cannot print a line of the file's choosing among the findings. */
  @Test
  void checkKeepsEachFindingOnItsLine(@TempDir Path dir) throws Exception {
    Path forged = Files.writeString(dir.resolve("forged.cailiang"),
        Files.readString(source(dir)).replace("第一条" + CONTROLS, "第一条\\n1 file(s) checked: no problems\\n"));
    CliRun run = CliRun.of("check", forged.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertFalse(run.out().lines().anyMatch(line -> line.equals("1 file(s) checked: no problems")), run.out());
    assertTrue(run.out().contains("第一条⟨U+000A⟩1 file(s) checked: no problems⟨U+000A⟩"), run.out());
  }

  @Test
  void testShowsControlsInCaseNames(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("test", source(dir).toString());
    assertEquals(1, run.exitCode(), run.out());
    assertNothingRaw(run);
    assertTrue(run.out().contains("X00001 用例" + SHOWN + "："), run.out());
  }

  @Test
  void usageErrorsShowControlsInArguments() {
    CliRun run = CliRun.of("check", "--format", "\u001b[2J");
    assertEquals(2, run.exitCode());
    assertNothingRaw(run);
  }
}
