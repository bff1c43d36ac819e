package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Legal author: a wrong command line was answered in picocli's English. */
class UsageMessagesTest {
  @Test
  void picocliMessagesAreSaidInChinese() {
    assertEquals("选项 --format 的值 pdf 无效：可选 md, html（区分大小写）", UsageMessages.chinese(
        "Invalid value for option '--format': expected one of [md, html] (case-sensitive) but was 'pdf'"));
    assertEquals("选项 --act-date 的值无效：bad", UsageMessages.chinese("Invalid value for option '--act-date': bad"));
    assertEquals("缺少必填选项：'--format=<format>'", UsageMessages.chinese("Missing required option: '--format=<format>'"));
    assertEquals("缺少参数：'FILE'", UsageMessages.chinese("Missing required parameter: 'FILE'"));
    assertEquals("选项 --output 缺少值（DIR）",
        UsageMessages.chinese("Missing required parameter for option '--output' (DIR)"));
    assertEquals("未知的选项：'--nope'", UsageMessages.chinese("Unknown option: '--nope'"));
    assertEquals("多余或无法识别的参数：'x'", UsageMessages.chinese("Unmatched argument at index 2: 'x'"));
    assertEquals("选项 --format 只能给一次",
        UsageMessages.chinese("option '--format' (<format>) should be specified only once"));
    assertEquals("缺少子命令", UsageMessages.chinese("缺少子命令"), "cailiang's own messages stay");
    assertEquals("命令行有误", UsageMessages.chinese(null));
  }

  @Test
  void theCommandLineSaysItAndExitsTwo() {
    CliRun run = CliRun.of("render", CliRun.BEIJING, "--format", "pdf");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("选项 --format 的值 pdf 无效：可选 md, html, json, dmn, xlsx, docx（区分大小写）"),
        run.err());
    assertTrue(run.err().contains("Usage: cailiang render"), run.err());
    CliRun missing = CliRun.of("render", CliRun.BEIJING);
    assertTrue(missing.err().startsWith("缺少必填选项：'--format=<format>'"), missing.err());
  }
}
