package org.cailiang.cli.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.cailiang.importer.OfficeRenderer;

/**
 * What marks a file as written by {@code cailiang render}, so that {@code render -o} replaces its
 * own earlier output and never a file someone else wrote: each format carries a mark near its
 * start (a generator meta tag, a comment, DMN's {@code exporter}, the model's {@code format}, the
 * office document's creator).
 */
public final class RenderedFiles {
  /** In the HTML page's head. */
  public static final String HTML = "<meta name=\"generator\" content=\"cailiang render\">";
  /** The Markdown text's first line, a comment no viewer shows. */
  public static final String MARKDOWN = "<!-- cailiang render：由标准生成，重新生成时会覆盖本文件 -->";
  /** An attribute of the DMN {@code definitions} element (DMN's own field for the tool). */
  public static final String DMN = "exporter=\"cailiang render\"";
  /** The model JSON's first field. */
  public static final String JSON = "\"format\": \"cailiang-model/";

  private static final List<String> TEXT_MARKS = List.of(HTML, MARKDOWN, DMN, JSON);
  /** Every mark sits before the standard's title, which is the first text of unbounded length. */
  private static final int HEAD = 4096;
  private static final int MOST_PROPERTIES = 1 << 16;

  private RenderedFiles() {}

  /**
   * Whether {@code file} may be replaced by a render: it is absent or not a regular file (the
   * writer refuses those itself), or it carries a render's mark.
   *
   * @param file the output named by {@code -o}
   * @return false for a regular file cailiang render did not write
   * @throws IOException when the file cannot be read
   */
  public static boolean replaceable(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return true;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return officeCreator(file);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    return TEXT_MARKS.stream().anyMatch(text::contains);
  }

  /** A workbook or document whose core properties name cailiang render as the creator. */
  private static boolean officeCreator(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry core = zip.getEntry("docProps/core.xml");
      if (core == null) {
        return false;
      }
      try (InputStream in = zip.getInputStream(core)) {
        String properties = new String(in.readNBytes(MOST_PROPERTIES), StandardCharsets.UTF_8);
        // Word, WPS and LibreOffice keep the creator but record who saved it and when; a render
        // records neither, so a file that has them was edited for review and is not replaced
        // (hostile check: a reviewer's notes were overwritten).
        return properties.contains(">" + OfficeRenderer.CREATOR + "<")
            && !properties.contains("lastModifiedBy") && !properties.contains("dcterms:modified")
            && !properties.contains("cp:revision");
      }
    } catch (ZipException e) {
      return false; // starts like a zip but is none: not ours
    }
  }
}
