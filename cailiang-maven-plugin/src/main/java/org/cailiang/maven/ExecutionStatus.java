package org.cailiang.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cailiang.generator.OutputWriter;

/**
 * What one execution of the generate goal keeps between builds, in {@code
 * target/maven-status/cailiang/<execution id>/}: the fingerprint of its last successful run, the
 * manifests of the files it wrote (one per output root), and the standards it put in the services
 * file. Each execution owns only its own outputs; the services file is shared, since a jar has one,
 * and lists the standards of every execution writing to the same resource root.
 */
final class ExecutionStatus {
  private static final String FINGERPRINT = "fingerprint";
  private static final String JAVA_MANIFEST = "java.outputs";
  private static final String RESOURCE_MANIFEST = "resources.outputs";
  private static final String SERVICES = "services";

  private final Path statusDirectory;
  private final Path own;

  private ExecutionStatus(Path statusDirectory, Path own) {
    this.statusDirectory = statusDirectory;
    this.own = own;
  }

  static ExecutionStatus of(Path statusDirectory, String executionId) {
    String folder =
        executionId == null ? "default" : executionId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (folder.matches("\\.*")) {
      folder = "_" + folder; // ".", ".." or "" would not name a folder of its own
    }
    return new ExecutionStatus(statusDirectory, statusDirectory.resolve(folder));
  }

  boolean fingerprintIs(String fingerprint) throws IOException {
    Path file = own.resolve(FINGERPRINT);
    return !fingerprint.equals(Fingerprint.NONE) && Files.isRegularFile(file)
        && Files.readString(file, StandardCharsets.UTF_8).equals(fingerprint);
  }

  void recordFingerprint(String fingerprint) throws IOException {
    Files.createDirectories(own);
    Files.writeString(own.resolve(FINGERPRINT), fingerprint, StandardCharsets.UTF_8);
  }

  void forgetFingerprint() throws IOException {
    Files.deleteIfExists(own.resolve(FINGERPRINT));
  }

  /** Every output the last run recorded is still there with its bytes (the skip's condition). */
  boolean outputsIntact(Path javaRoot, Path resourceRoot) throws IOException {
    return OutputWriter.intact(javaRoot, own.resolve(JAVA_MANIFEST), siblings(JAVA_MANIFEST))
        && OutputWriter.intact(
            resourceRoot, own.resolve(RESOURCE_MANIFEST), siblings(RESOURCE_MANIFEST));
  }

  OutputWriter javaWriter(Path root) throws IOException {
    return new OutputWriter(root, own.resolve(JAVA_MANIFEST), siblings(JAVA_MANIFEST));
  }

  OutputWriter resourceWriter(Path root) throws IOException {
    return new OutputWriter(root, own.resolve(RESOURCE_MANIFEST), siblings(RESOURCE_MANIFEST));
  }

  /** The services file: this execution's standards and those other executions recorded. */
  byte[] mergedServices(Path resourceRoot, List<String> services) throws IOException {
    TreeSet<String> all = new TreeSet<>(services);
    String root = key(resourceRoot);
    for (Path sibling : siblings(SERVICES)) {
      List<String> lines = Files.readAllLines(sibling, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(root)) {
        all.addAll(lines.subList(1, lines.size()));
      }
    }
    all.removeIf(String::isBlank);
    StringBuilder text = new StringBuilder();
    all.forEach(line -> text.append(line).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  void recordServices(Path resourceRoot, List<String> services) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(key(resourceRoot));
    lines.addAll(services);
    Files.createDirectories(own);
    Files.write(own.resolve(SERVICES), lines, StandardCharsets.UTF_8);
  }

  private static String key(Path root) {
    return root.toAbsolutePath().normalize().toString();
  }

  /** The named file of every other execution that has one. */
  private List<Path> siblings(String name) throws IOException {
    if (!Files.isDirectory(statusDirectory)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(statusDirectory)) {
      return folders
          .filter(folder -> !folder.equals(own))
          .map(folder -> folder.resolve(name))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }
}
