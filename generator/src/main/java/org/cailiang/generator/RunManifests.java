package org.cailiang.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The manifests of the {@code cailiang generate} runs that write into one output root. Each run
 * owns the outputs of the standards it generates, in a manifest named after them ({@code
 * .cailiang-outputs.beijing_psb}), so a run of other standards into the same root neither deletes
 * nor overwrites them: it refuses a file another run wrote, and the services file lists the
 * standards of every run. A run that generates any of a manifest's standards takes that manifest
 * over (its files are the run's earlier output: deleted when no longer generated). The one {@value
 * OutputWriter#MANIFEST} of earlier versions, which did not record its standards, is taken over
 * by a run that writes one of its files or a class of the same name (in another package), and
 * kept as another run's otherwise.
 *
 * @param root the output root
 * @param own the manifest this run writes
 * @param takenOver earlier manifests of this run's standards
 * @param others the manifests of other runs, whose files this run must leave alone
 */
public record RunManifests(Path root, Path own, List<Path> takenOver, List<Path> others) {
  private static final String PREFIX = OutputWriter.MANIFEST + ".";
  private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_]+(\\+[\\p{L}\\p{N}_]+)*");
  private static final int LONGEST_READABLE_KEY = 80;

  public RunManifests {
    takenOver = List.copyOf(takenOver);
    others = List.copyOf(others);
  }

  /**
   * Sorts the manifests in {@code root} for a run that generates {@code standardIds} into the
   * files {@code paths}.
   */
  public static RunManifests find(Path root, Collection<String> standardIds, Set<String> paths)
      throws IOException {
    TreeSet<String> ids = new TreeSet<>(standardIds);
    // The earlier run may have used another --package: its classes had these names elsewhere.
    Set<String> names = new TreeSet<>();
    paths.stream().filter(path -> !isServices(path)).forEach(path -> names.add(fileName(path)));
    Path own = root.resolve(PREFIX + key(ids));
    List<Path> takenOver = new ArrayList<>();
    List<Path> others = new ArrayList<>();
    if (Files.isDirectory(root)) {
      TreeSet<Path> candidates = new TreeSet<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, ".cailiang-outputs*")) {
        entries.forEach(candidates::add);
      }
      for (Path candidate : candidates) {
        if (candidate.equals(own)) {
          continue;
        }
        Optional<OutputManifest> manifest = readIfOne(candidate);
        if (manifest.isEmpty()) {
          continue;
        }
        boolean legacy = candidate.getFileName().toString().equals(OutputWriter.MANIFEST);
        boolean ours =
            legacy
                ? manifest.get().standards().isEmpty()
                    && manifest.get().files().keySet().stream()
                        .anyMatch(path -> !isServices(path)
                            && (paths.contains(path) || names.contains(fileName(path))))
                : manifest.get().standards().stream().anyMatch(ids::contains);
        (ours ? takenOver : others).add(candidate);
      }
    }
    return new RunManifests(root, own, takenOver, others);
  }

  /** The writer of this run, recording its standards. */
  public OutputWriter writer(Collection<String> standardIds) {
    OutputWriter writer = new OutputWriter(root, own, takenOver, others);
    writer.recordStandards(List.copyOf(new TreeSet<>(standardIds)));
    return writer;
  }

  /**
   * The services file for this run: its own lines, the standard classes the other runs recorded
   * (found by their standards' ids, so a services file deleted or replaced in between is rebuilt),
   * and the lines of the services file in the root whose class another run recorded.
   */
  public byte[] mergedServices(String ownServices) throws IOException {
    TreeSet<String> lines = new TreeSet<>(ownServices.lines().filter(line -> !line.isBlank()).toList());
    Path current = root.resolve(JavaGenerator.SERVICES_FILE);
    Set<String> recordedByOthers = new TreeSet<>();
    if (!others.isEmpty()) {
      String realRoot = root.toRealPath().toString();
      for (Path other : others) {
        Optional<OutputManifest> manifest =
            readIfOne(other).filter(read -> read.root().equals(realRoot));
        if (manifest.isEmpty()) {
          continue;
        }
        recordedByOthers.addAll(manifest.get().files().keySet());
        for (String id : manifest.get().standards()) {
          String file = JavaNames.type(id) + ".java";
          for (String path : manifest.get().files().keySet()) {
            if ((path.equals(file) || path.endsWith("/" + file))
                && Files.isRegularFile(root.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
              lines.add(path.substring(0, path.length() - ".java".length()).replace('/', '.'));
            }
          }
        }
      }
    }
    if (!recordedByOthers.isEmpty() && Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
      for (String line : Files.readAllLines(current, StandardCharsets.UTF_8)) {
        String type = line.strip();
        if (!type.isEmpty() && recordedByOthers.contains(type.replace('.', '/') + ".java")) {
          lines.add(type);
        }
      }
    }
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The part of a manifest's name that says whose it is: the standards' ids joined by {@code +},
   * or a hash of them when that would be long or unusual for a file name.
   */
  static String key(TreeSet<String> ids) {
    String joined = String.join("+", ids);
    if (KEY.matcher(joined).matches()
        && joined.getBytes(StandardCharsets.UTF_8).length <= LONGEST_READABLE_KEY) {
      return joined;
    }
    return OutputManifest.hash(joined.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /**
   * The manifest at {@code file}, if that is one of a run's: a manifest with the name its
   * standards give (a renamed copy is not), or the unnamed manifest of earlier versions.
   */
  private static Optional<OutputManifest> readIfOne(Path file) {
    String name = file.getFileName().toString();
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      Optional<OutputManifest> manifest = OutputManifest.read(file);
      if (manifest.isEmpty()) {
        return manifest;
      }
      List<String> standards = manifest.get().standards();
      boolean named =
          standards.isEmpty()
              ? name.equals(OutputWriter.MANIFEST)
              : name.equals(PREFIX + key(new TreeSet<>(standards)));
      return named ? manifest : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not a manifest: a file like any other, left alone
    }
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static boolean isServices(String path) {
    return path.equals(JavaGenerator.SERVICES_FILE);
  }
}
