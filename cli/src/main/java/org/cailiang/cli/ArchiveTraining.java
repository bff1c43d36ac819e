package org.cailiang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the launcher runs, in a JVM of its own, to record its class-data archive before the first
 * command after a build: every command once, silently, on the Beijing standard, so that the
 * archive holds the classes of whichever command comes. Recorded by the user's first command
 * alone (a {@code check}, a {@code generate}), the archive left every later one-off {@code eval}
 * about a third slower (0.25 s against 0.21 s, docs/benchmarks.md §3); recorded in the user's
 * JVM, a JVM that could not write or record it printed to stdout and changed the exit code. It
 * writes only in its own temporary folder, which it removes, also when it is stopped.
 */
final class ArchiveTraining {
  /** The standard trained on and the general part it uses, copied into the jar by the build. */
  private static final List<String> SOURCES = List.of("beijing.cailiang", "xzcff.cailiang");

  private ArchiveTraining() {}

  /**
   * Trains; the launcher discards the output and keeps the archive only when this exits 0.
   *
   * @param args none
   * @throws IOException when the temporary folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    run();
  }

  /** The commands of a one-off run, on the Beijing standard, into a temporary folder. */
  static void run() throws IOException {
    Path dir = Files.createTempDirectory("cailiang-archive-training");
    // Stopped (the launcher interrupted): the folder goes all the same.
    Thread removal = new Thread(() -> remove(dir));
    Runtime.getRuntime().addShutdownHook(removal);
    try {
      for (String name : SOURCES) {
        try (InputStream in = ArchiveTraining.class.getResourceAsStream("training/" + name)) {
          if (in == null) {
            return;
          }
          Files.copy(in, dir.resolve(name));
        }
      }
      String standard = dir.resolve(SOURCES.get(0)).toString();
      String[] facts = {"C05837", "setter=个人设置", "harm=否"};
      quietly("eval", standard, facts[0], facts[1], facts[2]);
      quietly("eval", standard, facts[0], facts[1], facts[2], "--json");
      quietly("eval", standard, facts[0], facts[1], facts[2], "--general", "minor_age",
          "--act-date", "2024-03-01", "--discovery-date", "2024-05-01", "--decision-date", "2024-06-01");
      quietly("check", standard);
      quietly("test", standard);
      quietly("render", standard, "--format", "md", "-o", dir.resolve("beijing.md").toString());
      quietly("generate", standard, "-o", dir.resolve("generated").toString());
      quietly("format", "--check", standard);
      quietly("diff", standard, standard);
    } finally {
      remove(dir);
      Runtime.getRuntime().removeShutdownHook(removal);
    }
  }

  private static void remove(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // already gone, or going: nothing to keep
    }
  }

  private static void quietly(String... args) {
    Main.run(args, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
  }
}
