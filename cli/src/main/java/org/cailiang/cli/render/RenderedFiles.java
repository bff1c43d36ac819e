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
 * own earlier output — sealed, unedited — and never a file someone else wrote or edited: each
 * format carries a mark near its start (a generator meta tag, a comment, DMN's {@code exporter},
 * the model's {@code format}, the office document's creator) and a seal, the digest of the rest
 * (a comment or field at the end; an office file's zip comment, {@link
 * org.cailiang.importer.OfficeSeal}).
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
    if (TEXT_MARKS.stream().noneMatch(text::contains)) {
      return false;
    }
    if (Files.size(file) > MOST_SEALED) {
      return false; // larger than any render: not read whole to find its seal
    }
    return unedited(Files.readString(file, StandardCharsets.ISO_8859_1));
  }

  /** A text render larger than this was not written by render -o (it would be a 64 MB page). */
  private static final long MOST_SEALED = 64L << 20;

  /** The seal of a Markdown, HTML or DMN render: a comment after the end, its text's digest. */
  private static final java.util.regex.Pattern COMMENT_SEAL =
      java.util.regex.Pattern.compile("<!-- cailiang render sha256:([0-9a-f]{64}) -->\n\\z");
  /** The seal of a model JSON render: a field after {@code format}. */
  private static final java.util.regex.Pattern JSON_SEAL =
      java.util.regex.Pattern.compile("\n  \"renderDigest\": \"sha256:([0-9a-f]{64})\",\n");

  /**
   * The render as {@code render -o} writes it: sealed with the digest of its text, so that a
   * later run sees whether someone edited it since (hostile check: a reviewer's note added to
   * the JSON was overwritten). The standard output is not sealed: it is not replaced later.
   */
  public static String sealed(String text) {
    String digest = digest(text);
    if (text.startsWith("{")) {
      int line = text.indexOf('\n', text.indexOf(JSON));
      return text.substring(0, line) + "\n  \"renderDigest\": \"sha256:" + digest + "\","
          + text.substring(line);
    }
    return text + "<!-- cailiang render sha256:" + digest + " -->\n";
  }

  /**
   * Whether a marked text is as a render wrote it: its seal's digest matches the rest. A text
   * without a seal (written to the standard output and saved, or by an older render) cannot show
   * that it was not edited, so it is not replaced (hostile re-check: a reviewer's note in a
   * redirected render was lost). Read as ISO-8859-1, byte for byte, so that the digest is of the
   * very bytes.
   */
  private static boolean unedited(String bytes) {
    java.util.regex.Matcher json = JSON_SEAL.matcher(bytes);
    if (json.find()) {
      String rest = bytes.substring(0, json.start()) + "\n" + bytes.substring(json.end());
      return json.group(1).equals(digestOfBytes(rest));
    }
    java.util.regex.Matcher comment = COMMENT_SEAL.matcher(bytes);
    if (comment.find()) {
      return comment.group(1).equals(digestOfBytes(bytes.substring(0, comment.start())));
    }
    return false;
  }

  private static String digest(String text) {
    return digestOfBytes(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  /** The digest the generator's manifests record of a file, of these bytes. */
  private static String digestOfBytes(String bytes) {
    return org.cailiang.generator.OutputManifest.hash(bytes.getBytes(StandardCharsets.ISO_8859_1));
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
        // The creator marks a render; the seal shows it unedited: Word, WPS and LibreOffice keep
        // the creator but write a new zip, and a script that keeps the zip's comment changes the
        // entries it digests (hostile checks: a reviewer's notes were overwritten, first by Word's
        // save, then by a script that left the properties alone).
        return properties.contains(">" + OfficeRenderer.CREATOR + "<")
            && org.cailiang.importer.OfficeSeal.holds(file);
      }
    } catch (ZipException e) {
      return false; // starts like a zip but is none: not ours
    }
  }
}
