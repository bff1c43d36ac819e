package org.cailiang.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's files whether the benchmarks run from its root or from the module. */
final class Paths {
  private Paths() {}

  static String resolve(String fromRoot) {
    for (Path base : new Path[] {Path.of("."), Path.of("..")}) {
      if (Files.isRegularFile(base.resolve(fromRoot))) {
        return base.resolve(fromRoot).toString();
      }
    }
    throw new IllegalStateException(fromRoot + " not found: run from the repository's root");
  }
}
