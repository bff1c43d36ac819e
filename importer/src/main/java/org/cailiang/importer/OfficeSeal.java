package org.cailiang.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The seal of a rendered workbook or document: the SHA-256 of its entries (name, content, length,
 * in the zip's order) in the zip's comment. {@code render -o} replaces an office file only when the
 * seal matches, so that a file edited by any tool is kept (hostile check: a document edited by a
 * script that left the core properties alone was overwritten). Word and WPS write a new zip
 * without the comment, and a tool that keeps it changes the entries it digests.
 */
public final class OfficeSeal {
  /** What the comment says before the digest. */
  static final String PREFIX = "cailiang render sha256:";
  /** More than any render holds: a larger file is not read through to find its seal. */
  private static final long MOST_BYTES = 256L << 20;

  private final MessageDigest digest;
  private long total;

  OfficeSeal() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds one entry; false once the entries exceed what a render holds. */
  boolean add(String name, InputStream content) throws IOException {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    byte[] buffer = new byte[8192];
    long length = 0;
    for (int read = content.read(buffer); read > 0; read = content.read(buffer)) {
      length += read;
      total += read;
      if (total > MOST_BYTES) {
        return false;
      }
      digest.update(buffer, 0, read);
    }
    for (int shift = 56; shift >= 0; shift -= 8) {
      digest.update((byte) (length >>> shift));
    }
    return true;
  }

  /** The zip comment of the entries added. */
  String comment() {
    return PREFIX + HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Whether {@code file} is a zip whose comment is the seal of its entries: written by a render
   * and not changed since.
   *
   * @param file a file that starts like a zip
   * @return false for a zip without a seal, with a seal that does not match, or none at all
   * @throws IOException when the file cannot be read
   */
  public static boolean holds(Path file) throws IOException {
    if (java.nio.file.Files.size(file) > MOST_BYTES) {
      return false; // larger than any render: not read through (hostile re-check: 4M entries took 11 s)
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String comment = zip.getComment();
      if (comment == null || !comment.startsWith(PREFIX)) {
        return false;
      }
      OfficeSeal seal = new OfficeSeal();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        // A render writes no entry comment or extra field; one added since is an edit the
        // digest of names and contents would not see (hostile re-check: a reviewer's note).
        if (entry.getComment() != null || entry.getExtra() != null && entry.getExtra().length > 0) {
          return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if (!seal.add(entry.getName(), in)) {
            return false;
          }
        }
      }
      return comment.equals(seal.comment());
    } catch (ZipException e) {
      return false; // starts like a zip but is none, or a broken one: not ours
    }
  }
}
