package org.cailiang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the run that records the launcher's class-data archive does after the user's command: the
 * other commands once, silently, on the Beijing standard, so that the archive holds the classes
 * of every command, whichever came first after a build. Recorded by a {@code check} or a {@code
 * generate} alone, the archive left every later one-off {@code eval} about a third slower (0.25 s
 * against 0.19 s, docs/benchmarks.md §3). The launcher asks for it with a system property; it
 * never writes outside its own temporary folder, prints nothing and leaves the exit code alone.
 */
final class ArchiveTraining {
  /** The system property the launcher sets on the run that records the archive. */
  static final String PROPERTY = "cailiang.archive.training";

  /** The standard trained on and the general part it uses, copied into the jar by the build. */
  private static final List<String> SOURCES = List.of("beijing.cailiang", "xzcff.cailiang");

  private ArchiveTraining() {}

  /** Trains when the launcher is recording the archive; never throws. */
  static void runIfRecording() {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    try {
      run();
    } catch (Throwable e) { // an archive without some classes costs speed, never the command
      // nothing: the user's command has already run and its exit code stands
    }
  }

  /** The commands of a one-off run, on the Beijing standard, into a temporary folder. */
  static void run() throws IOException {
    Path dir = Files.createTempDirectory("cailiang-archive-training");
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
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  private static void quietly(String... args) {
    Main.run(args, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
  }
}
