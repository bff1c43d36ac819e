package org.cailiang.dsl.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.model.SourceSpan;

/**
 * Reads a source file as strict UTF-8. A byte-order mark is dropped and line ends are made
 * {@code \n}. Whatever is wrong with the file — missing, a directory, a device or FIFO,
 * unreadable, too large, not UTF-8 — becomes a diagnostic, never an exception.
 */
public final class SourceReader {
  /** Larger than any real standard, small enough to keep a runaway input from filling memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private SourceReader() {}

  /**
   * @param file the file to read
   * @param shownPath the path diagnostics show, e.g. relative to the project
   */
  public static Optional<SourceFile> read(Path file, String shownPath, Diagnostics diagnostics) {
    // "." relative to the base is shown as "": name it as it was given.
    String shown = shownPath.isBlank() ? file.toString() : shownPath;
    SourceSpan start = new SourceSpan(shown, 1, 1, 1);
    if (shown.isBlank()) {
      // Path.of("") is the working directory: "这是一个目录" would puzzle whoever typed "".
      diagnostics.error(start, "io", "文件名为空");
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      diagnostics.error(start, "io", "这是一个目录，不是源文件");
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      diagnostics.error(start, "io", Files.isSymbolicLink(file)
          ? "符号链接指向的文件不存在，或链接循环指向自身" : "文件不存在");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      // Refused before it is opened: opening a FIFO waits for a writer, and a device such as
      // /dev/zero reports size 0 and never ends.
      diagnostics.error(start, "io", "不是普通文件（设备、管道或套接字），不能作为源文件读取");
      return Optional.empty();
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return tooLarge(start, diagnostics);
      }
      // Bounded as well: a file may grow after its size was looked at.
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return tooLarge(start, diagnostics);
      }
    } catch (IOException | SecurityException e) {
      diagnostics.error(start, "io", "无法读取文件：" + e.getClass().getSimpleName() + " " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, shownPath, diagnostics);
  }

  private static Optional<SourceFile> tooLarge(SourceSpan start, Diagnostics diagnostics) {
    diagnostics.error(start, "io", "文件过大（超过 " + MAX_BYTES / (1024 * 1024) + " MiB）");
    return Optional.empty();
  }

  /** Decodes bytes as a source file; reports the position of the first invalid byte. */
  public static Optional<SourceFile> decode(byte[] bytes, String shownPath, Diagnostics diagnostics) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      String lastLine = before.substring(before.lastIndexOf('\n') + 1);
      int column = 1 + lastLine.codePointCount(0, lastLine.length());
      diagnostics.error(
          new SourceSpan(shownPath, line, column, 1),
          "encoding",
          "文件不是有效的 UTF-8 编码（第 " + (in.position() + 1) + " 字节）：请以 UTF-8 保存（GBK 等编码需先转换）");
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return Optional.of(new SourceFile(shownPath, text));
  }
}
