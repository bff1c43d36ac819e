package org.cailiang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/**
 * An I/O failure names its path and why, in Chinese: the JDK's exceptions often carry only the
 * path. (Tests run as root, which no permission stops, so the exceptions are made here.)
 */
class IoFailureMessageTest {
  private static String shown(Throwable e) {
    StringWriter out = new StringWriter();
    try (PrintWriter err = new PrintWriter(out)) {
      assertEquals(ExitCodes.USAGE, Main.failed(e, err));
    }
    return out.toString().strip();
  }

  @Test
  void theReasonFollowsThePath() {
    assertEquals("cailiang: I/O error: /out/META-INF：没有权限，只读或属于其他用户",
        shown(new AccessDeniedException("/out/META-INF")));
    assertEquals("cailiang: I/O error: /in/a.cailiang：不存在",
        shown(new UncheckedIOException(new NoSuchFileException("/in/a.cailiang"))));
    assertEquals("cailiang: I/O error: /out: No space left on device",
        shown(new FileSystemException("/out", null, "No space left on device")));
    assertEquals("cailiang: I/O error: broken pipe", shown(new java.io.IOException("broken pipe")));
  }
}
