package org.cailiang.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cailiang.dsl.analysis.Analyzer;
import org.cailiang.dsl.check.Checker;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.general.GeneralChecks;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.parse.SourceReader;
import org.cailiang.dsl.parse.StandardParser;

/** The front end: reads, parses and checks source files. The plugin and the CLI both use it. */
public final class StandardCompiler {
  private StandardCompiler() {}

  /**
   * Compiles files; diagnostics show each path relative to {@code base} when it lies below it,
   * with {@code /} separators, so messages and output do not depend on the machine.
   */
  public static Compilation compile(List<Path> files, Path base) {
    Diagnostics diagnostics = new Diagnostics();
    List<SourceFile> sources = new ArrayList<>();
    Map<String, Path> real = new LinkedHashMap<>();
    for (Path file : files) {
      SourceReader.read(file, shownPath(file, base), diagnostics).ifPresent(source -> {
        sources.add(source);
        real.put(source.path(), file);
      });
    }
    // A general part a standard uses but no file given declares: the file named after it, next
    // to the standard (as javac finds a class on its source path), so one standard compiles alone.
    GeneralLookup lookup = (standardPath, name) -> {
      Path standardFile = real.get(standardPath);
      if (standardFile == null) {
        return Optional.empty();
      }
      Path sibling = standardFile.resolveSibling(name + ".cailiang");
      if (!Files.isRegularFile(sibling)) {
        return Optional.empty();
      }
      // Found even when it cannot be read (not UTF-8): its own error says why, and the standard's
      // is not "no such file" (hostile check).
      return Optional.of(SourceReader.read(sibling, shownPath(sibling, base), diagnostics));
    };
    return compileSources(sources, diagnostics, lookup);
  }

  /**
   * Finds the file of a general part by the path of the standard that uses it, and its id: empty
   * when there is none, else the file as read (empty when it could not be, its error reported).
   */
  private interface GeneralLookup {
    Optional<Optional<SourceFile>> find(String standardPath, String general);
  }

  /** Compiles sources already in memory. */
  public static Compilation compileSources(List<SourceFile> sources) {
    return compileSources(sources, new Diagnostics(), (path, general) -> Optional.empty());
  }

  private static Compilation compileSources(
      List<SourceFile> sources, Diagnostics diagnostics, GeneralLookup lookup) {
    List<SourceFile> sorted = new ArrayList<>(sources);
    sorted.sort(Comparator.comparing(SourceFile::path));
    List<Standard> standards = new ArrayList<>();
    Map<String, SourceFile> byPath = new LinkedHashMap<>();
    List<GeneralPart> generals = new ArrayList<>();
    // A list, not a map keyed by the standard: a record's hashCode hashes the whole model.
    List<Map.Entry<Standard, String>> standardPaths = new ArrayList<>();
    java.util.Set<String> filesFound = new java.util.HashSet<>(); // general parts' files looked up
    for (SourceFile source : sorted) {
      byPath.put(source.path(), source);
      StandardParser.parseFile(source, diagnostics).ifPresent(file -> {
        file.standard().ifPresent(standard -> {
          standards.add(standard);
          standardPaths.add(Map.entry(standard, source.path()));
        });
        generals.addAll(file.generals());
      });
    }
    for (Map.Entry<Standard, String> entry : standardPaths) {
      List<Ref> named = new ArrayList<>(entry.getKey().uses());
      entry.getKey().regulations().forEach(regulation -> named.addAll(regulation.uses()));
      for (Ref use : named) {
        if (generals.stream().noneMatch(g -> g.id().equals(use.name()))) {
          Optional<Optional<SourceFile>> looked = lookup.find(entry.getValue(), use.name());
          looked.ifPresent(read -> filesFound.add(use.name()));
          looked.flatMap(read -> read)
              .filter(found -> !byPath.containsKey(found.path()))
              .ifPresent(found -> {
                byPath.put(found.path(), found);
                StandardParser.parseFile(found, diagnostics)
                    .ifPresent(file -> generals.addAll(file.generals()));
              });
        }
      }
    }
    Checker.check(standards, diagnostics);
    GeneralChecks.check(standards, generals, filesFound, diagnostics);
    if (!diagnostics.hasErrors()) {
      // The analysis needs resolved names and well-formed ranges.
      Analyzer.analyze(standards, generals, diagnostics);
    }
    return new Compilation(standards, diagnostics.sorted(), byPath, generals);
  }

  /** The path as diagnostics show it. */
  public static String shownPath(Path file, Path base) {
    Path shown = file;
    if (base != null) {
      Path absoluteBase = base.toAbsolutePath().normalize();
      Path absolute = file.toAbsolutePath().normalize();
      if (absolute.startsWith(absoluteBase)) {
        shown = absoluteBase.relativize(absolute);
      }
    }
    return shown.toString().replace('\\', '/');
  }
}
