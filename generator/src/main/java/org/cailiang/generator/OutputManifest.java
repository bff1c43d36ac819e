package org.cailiang.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files one generation run wrote into an output root, each with the SHA-256 of its bytes. It is
 * what makes a file cailiang's: only a file recorded here, still holding the recorded bytes, may be
 * overwritten or deleted by a later run.
 *
 * <pre>
 * # cailiang outputs 1
 * # root /real/path/of/the/output/root
 * # standards beijing_psb
 * 3f2a…  com/example/Standard.java
 * </pre>
 *
 * @param root the real path of the output root the paths are relative to
 * @param standards the ids of the standards the run generated, when it recorded them (the command
 *     line's runs do, so that runs of other standards into the same root keep their files)
 * @param files relative path ({@code /} separators) → hex SHA-256
 */
public record OutputManifest(String root, List<String> standards, Map<String, String> files) {
  private static final String HEADER = "# cailiang outputs 1";
  private static final String ROOT = "# root ";
  private static final String STANDARDS = "# standards ";

  public OutputManifest {
    standards = List.copyOf(standards);
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** A manifest that does not say which standards it holds (the Maven plugin's). */
  public OutputManifest(String root, Map<String, String> files) {
    this(root, List.of(), files);
  }

  /**
   * Reads a manifest. Empty if there is none; refused if a file of that name is not one, since it
   * was then not written by cailiang and must not be replaced.
   */
  public static Optional<OutputManifest> read(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Optional<String> problem = AtomicFiles.notRegular(file);
    List<String> lines =
        problem.isPresent() ? List.of() : Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith(ROOT)) {
      throw new OutputRefusedException(
          List.of(OutputRefusedException.line(file, problem.orElse("这不是 cailiang 的输出清单，拒绝覆盖它"))));
    }
    Map<String, String> files = new TreeMap<>();
    List<String> standards = List.of();
    for (String line : lines.subList(2, lines.size())) {
      if (line.startsWith(STANDARDS)) {
        standards =
            Arrays.stream(line.substring(STANDARDS.length()).split(" "))
                .filter(id -> !id.isBlank())
                .toList();
        continue;
      }
      int space = line.indexOf(' ');
      if (space > 0 && !line.startsWith("#")) {
        files.put(line.substring(space + 1).strip(), line.substring(0, space));
      }
    }
    return Optional.of(
        new OutputManifest(lines.get(1).substring(ROOT.length()), standards, files));
  }

  /** Writes the manifest whole, and only when it changed. */
  public void write(Path file) throws IOException {
    StringBuilder text =
        new StringBuilder(HEADER).append('\n').append(ROOT).append(root).append('\n');
    if (!standards.isEmpty()) {
      text.append(STANDARDS).append(String.join(" ", standards)).append('\n');
    }
    files.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && MessageDigest.isEqual(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, bytes);
  }

  /** The hex SHA-256 of some bytes. */
  public static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
