package org.cailiang.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.model.Standard;

/**
 * The project's own sources and the sources of earlier versions that another jar generates
 * ({@code referenceDirectories}): a later version's {@code supersedes} must name a standard of the
 * build for the checks of versions in time (gaps, overlaps, {@code replaces}), but generating the
 * earlier version again would put its classes on the class path twice.
 *
 * @param own the project's sources: checked, generated and tested
 * @param references the earlier versions' sources: checked only
 */
record ReferenceSources(List<Path> own, List<Path> references) {

  static ReferenceSources find(File sourceDirectory, List<File> referenceDirectories)
      throws IOException {
    List<Path> references = new ArrayList<>();
    for (File directory : referenceDirectories == null ? List.<File>of() : referenceDirectories) {
      references.addAll(SourceFiles.find(directory.toPath().toAbsolutePath().normalize()));
    }
    return new ReferenceSources(SourceFiles.find(sourceDirectory.toPath()), List.copyOf(references));
  }

  /** Every source to compile: the project's, then the references. */
  List<Path> all() {
    List<Path> all = new ArrayList<>(own);
    references.stream().filter(p -> !own.contains(p)).forEach(all::add);
    return all;
  }

  /** The standards the project's own sources declare, in order. */
  List<Standard> ownStandards(List<Standard> compiled, Path base) {
    Set<String> shown = new HashSet<>();
    references.forEach(p -> shown.add(StandardCompiler.shownPath(p, base)));
    own.forEach(p -> shown.remove(StandardCompiler.shownPath(p, base)));
    return compiled.stream().filter(s -> !shown.contains(s.span().path())).toList();
  }
}
