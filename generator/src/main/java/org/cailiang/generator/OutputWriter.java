package org.cailiang.generator;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes generated files into an output root that may hold anything else (a project's {@code
 * src/main/java}, or {@code .}). A file is written only when its bytes change, whole (see {@link
 * AtomicFiles}). A manifest records what was written with its hash; a later run deletes or
 * overwrites only files recorded there and still unmodified, never a file it merely finds. All
 * checks run before the first change, so a refused run changes nothing.
 */
public final class OutputWriter {
  /** The manifest's name when it lives in the output root (the CLI's case). */
  public static final String MANIFEST = ".cailiang-outputs";

  /**
   * What one run did.
   *
   * @param deleted stale outputs of an earlier run that were deleted (relative paths)
   * @param kept stale outputs that were kept because they were edited since cailiang wrote them
   */
  public record Stats(int written, int unchanged, List<String> deleted, List<String> kept) {
    @Override
    public String toString() {
      return written + " written, " + unchanged + " unchanged, " + deleted.size() + " deleted";
    }
  }

  private final Path root;
  private final Path manifestFile;
  private final List<Path> takenOver;
  private final List<Path> siblingManifests;
  private final Map<String, byte[]> pending = new TreeMap<>();
  private List<String> standards = List.of();
  private final Set<String> shared = new HashSet<>();

  /** A writer whose manifest is {@value #MANIFEST} in the root itself. */
  public OutputWriter(Path root) {
    this(root, root.resolve(MANIFEST), List.of());
  }

  /**
   * A writer with its manifest elsewhere, next to the manifests of other writers into the same root
   * (other executions of the plugin): their files are theirs, not foreign and not stale.
   */
  public OutputWriter(Path root, Path manifestFile, List<Path> siblingManifests) {
    this(root, manifestFile, List.of(), siblingManifests);
  }

  /**
   * A writer that also takes over the outputs recorded in {@code takenOver}, the manifests of
   * earlier runs it replaces (of the same standards): what they recorded is its own previous
   * output, and those manifests are removed once its own is written.
   */
  public OutputWriter(
      Path root, Path manifestFile, List<Path> takenOver, List<Path> siblingManifests) {
    this.root = root;
    this.manifestFile = manifestFile;
    this.takenOver = List.copyOf(takenOver);
    this.siblingManifests = List.copyOf(siblingManifests);
  }

  /** Records in the manifest which standards this run generates (see {@link OutputManifest}). */
  public void recordStandards(List<String> standardIds) {
    standards = List.copyOf(standardIds);
  }

  /** Schedules {@code bytes} for {@code relativePath} under the root; {@link #finish} writes. */
  public void write(String relativePath, byte[] bytes) throws IOException {
    pending.put(
        checkRelative(relativePath)
            .orElseThrow(
                () ->
                    new OutputRefusedException(
                        List.of(
                            OutputRefusedException.line(
                                relativePath, "路径不在输出目录 " + root + " 之内")))),
        bytes.clone());
  }

  /**
   * Like {@link #write}, for a file several writers produce together (the services file, which
   * merges every execution's standards): another writer's unmodified version may be replaced.
   */
  public void writeShared(String relativePath, byte[] bytes) throws IOException {
    write(relativePath, bytes);
    shared.add(relativePath);
  }

  /**
   * Refuses, changing nothing, what {@link #finish} would refuse: lets a caller with several
   * writers (the plugin's Java sources and resources) check them all before any writes.
   *
   * @throws OutputRefusedException naming every file it would refuse to overwrite
   */
  public void check() throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(root)) {
      return; // nothing there to overwrite
    }
    plan();
  }

  /** What {@link #finish} is to write, checked: every refusal thrown at once. */
  private record Plan(Path real, Map<String, String> previous, Map<String, String> interrupted,
      Map<String, Set<String>> others, Map<Path, byte[]> toWrite, int unchanged) {}

  /** A file where the output root should be is never replaced. */
  private void refuseFileAsRoot() throws OutputRefusedException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new OutputRefusedException(
          List.of(OutputRefusedException.line(root, "输出目录的位置上是一个文件，不是目录")));
    }
  }

  private static final String OVERLAP = "这个文件由另一次生成写入（另一个标准，或插件的另一个 execution），两次生成的输出重叠；"
      + "换一个包名或输出目录";

  private Plan plan() throws IOException {
    refuseFileAsRoot();
    Path real = root.toRealPath();
    String realRoot = real.toString();
    Map<String, String> previous = recorded(manifestFile, realRoot);
    for (Path earlier : takenOver) {
      recorded(earlier, realRoot).forEach(previous::putIfAbsent);
    }
    Map<String, Set<String>> others = recordedBy(siblingManifests, realRoot);
    // What a run that was interrupted while moving its files into place was writing: its files
    // are cailiang's too (hostile check: after Ctrl-C every replaced file was refused as edited).
    Map<String, String> interrupted = recorded(writingRecord(), realRoot);
    List<String> refusals = new ArrayList<>();
    Map<Path, byte[]> toWrite = new TreeMap<>();
    int unchanged = 0;
    for (Map.Entry<String, byte[]> entry : pending.entrySet()) {
      String path = entry.getKey();
      Path target = real.resolve(path);
      Optional<String> problem = escapes(real, target);
      if (problem.isEmpty()) {
        problem = AtomicFiles.notRegular(target);
      }
      if (problem.isPresent()) {
        refusals.add(OutputRefusedException.line(target, problem.get()));
        continue;
      }
      Set<String> theirs = others.getOrDefault(path, Set.of());
      if (!theirs.isEmpty() && !shared.contains(path)) {
        // Even with equal bytes (hostile check: standards x with y_z and x_y with z both made
        // XYZLaw.java; both runs recorded it, and regenerating x changed x_y's citations).
        refusals.add(OutputRefusedException.line(target, OVERLAP));
        continue;
      }
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        toWrite.put(target, entry.getValue());
        continue;
      }
      byte[] current = Files.readAllBytes(target);
      if (Arrays.equals(current, entry.getValue())) {
        unchanged++;
        continue;
      }
      String hash = OutputManifest.hash(current);
      if (hash.equals(previous.get(path)) || hash.equals(interrupted.get(path))
          || shared.contains(path) && theirs.contains(hash)) {
        toWrite.put(target, entry.getValue());
      } else if (previous.containsKey(path) || shared.contains(path) && !theirs.isEmpty()) {
        refusals.add(
            OutputRefusedException.line(target, "这个文件在 cailiang 生成后被修改过，拒绝覆盖；删除它（或还原）后重新生成"));
      } else if (looksGenerated(current)) {
        // Its record is gone (mvn clean deletes target/maven-status), not the file: whether it
        // was edited since cannot be known, so it is still not overwritten, but the cause is said.
        refusals.add(OutputRefusedException.line(target, "这个文件看来是 cailiang 生成的，但没有它的输出记录"
            + "（Maven 插件记录在 target/maven-status 中，mvn clean 会删除；命令行记录在输出目录的 "
            + MANIFEST + ".* 文件中），无法确认生成后没有被修改，拒绝覆盖；"
            + "确认后删除它（或整个输出目录中 cailiang 生成的文件）再重新生成"));
      } else {
        refusals.add(OutputRefusedException.line(target, "这个文件不是 cailiang 生成的，拒绝覆盖；移走它，或换一个输出目录"));
      }
    }
    if (!refusals.isEmpty()) {
      throw new OutputRefusedException(refusals);
    }
    interrupted.forEach(previous::putIfAbsent); // its new files, if no longer produced, are stale
    return new Plan(real, previous, interrupted, others, toWrite, unchanged);
  }

  /**
   * Beside the manifest: the files a run is about to move into place, with their hashes, written
   * before the first move and removed after the manifest. A run stopped in between (Ctrl-C, kill,
   * power cut) leaves it, and the next run knows those files as its own.
   */
  private Path writingRecord() {
    return manifestFile.resolveSibling(".cailiang-writing" + manifestFile.getFileName());
  }

  /** Checks everything, then writes changed files, deletes stale outputs, records the manifest. */
  public Stats finish() throws IOException {
    refuseFileAsRoot(); // before creating it
    Files.createDirectories(root);
    Plan plan = plan();
    Path real = plan.real();
    String realRoot = real.toString();
    Map<String, String> previous = plan.previous();
    Map<String, Set<String>> others = plan.others();
    Map<Path, byte[]> toWrite = plan.toWrite();
    int unchanged = plan.unchanged();
    List<String> deleted = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<Path> toDelete = new ArrayList<>();
    for (Map.Entry<String, String> entry : previous.entrySet()) {
      String path = entry.getKey();
      if (pending.containsKey(path) || others.containsKey(path)) {
        continue; // still produced, by this run or by another writer sharing the file
      }
      Path target = real.resolve(path);
      if (escapes(real, target).isPresent()
          || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        continue; // gone, or replaced by something that is not ours
      }
      String found = OutputManifest.hash(Files.readAllBytes(target));
      if (found.equals(entry.getValue()) || found.equals(plan.interrupted().get(path))) {
        toDelete.add(target);
        deleted.add(path);
      } else {
        kept.add(path);
      }
    }
    removeLeftStaging(real);
    TreeSet<Path> created = new TreeSet<>(); // the folders this run makes, removed if it fails
    for (Path folder : new TreeSet<>(toWrite.keySet().stream().map(Path::getParent).toList())) {
      for (Path at = folder; at != null && !Files.exists(at, LinkOption.NOFOLLOW_LINKS); at = at.getParent()) {
        created.add(at);
      }
      Files.createDirectories(folder);
    }
    // Every file is staged before any is moved into place: a full disk or an unwritable folder
    // fails the run with the output as it was. Each is written (and below hashed) on its own,
    // spread over the cores; the manifest is sorted by path.
    Map<String, String> written = new ConcurrentHashMap<>();
    inParallel(pending.entrySet(), file -> written.put(file.getKey(), OutputManifest.hash(file.getValue())));
    Map<Path, Path> staged = new ConcurrentHashMap<>();
    try {
      inParallel(toWrite.entrySet(), write -> staged.put(write.getKey(), AtomicFiles.stage(write.getKey(), write.getValue())));
    } catch (IOException e) {
      for (Path temporary : staged.values()) {
        Files.deleteIfExists(temporary);
      }
      for (Path folder : created.descendingSet()) { // deepest first
        try {
          Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException notEmpty) {
          // something else was put there meanwhile: it stays
        }
      }
      throw e;
    }
    new OutputManifest(realRoot, standards, written).write(writingRecord());
    inParallel(staged.entrySet(), write -> AtomicFiles.commit(write.getValue(), write.getKey()));
    for (Path target : toDelete) {
      Files.delete(target);
      removeEmptiedFolders(real, target.getParent());
    }
    new OutputManifest(realRoot, standards, written).write(manifestFile);
    Files.deleteIfExists(writingRecord());
    for (Path earlier : takenOver) {
      if (!earlier.equals(manifestFile)) {
        Files.deleteIfExists(earlier);
      }
    }
    return new Stats(toWrite.size(), unchanged, List.copyOf(deleted), List.copyOf(kept));
  }

  /**
   * Removes the staging files a run killed outright (kill -9, a power cut) left beside this
   * run's outputs: only files named as {@link AtomicFiles#stage} names a staged copy of one of
   * them, so nothing else in the folder is touched (hostile check: 50 such files, 146 MB, stayed
   * through every later run).
   */
  private void removeLeftStaging(Path real) throws IOException {
    Map<Path, Set<String>> names = new TreeMap<>();
    for (String path : pending.keySet()) {
      Path target = real.resolve(path);
      names.computeIfAbsent(target.getParent(), folder -> new HashSet<>())
          .add(target.getFileName().toString());
    }
    // The records are staged too (hostile check: a kill before the writing record was in place
    // left its staging file for good).
    for (Path record : List.of(manifestFile, writingRecord())) {
      Path folder = record.toAbsolutePath().getParent();
      names.computeIfAbsent(folder, f -> new HashSet<>()).add(record.getFileName().toString());
    }
    for (Map.Entry<Path, Set<String>> folder : names.entrySet()) {
      if (!Files.isDirectory(folder.getKey(), LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (java.util.stream.Stream<Path> entries = Files.list(folder.getKey())) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          Optional<String> stagedFor = AtomicFiles.stagedFor(entry.getFileName().toString());
          if (stagedFor.isPresent() && folder.getValue().contains(stagedFor.get())
              && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(entry);
          }
        }
      }
    }
  }

  /**
   * Whether the file carries the mark of every generated Java source (JavaGenerator's {@code
   * @Generated}): read as Latin-1, which keeps every byte, on the refusal path only.
   */
  private static boolean looksGenerated(byte[] content) {
    return new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("@Generated(\"org.cailiang.generator.");
  }

  /** An action that may fail with an I/O error. */
  private interface IoAction<T> {
    void run(T item) throws IOException;
  }

  /**
   * Runs {@code action} on every item, in parallel, and only then rethrows the first I/O error
   * (in the items' order) as it was. Every item runs even after one fails: a parallel stream that
   * throws returns while its other tasks may still run, and a file staged after the clean-up
   * would be left behind.
   */
  private static <T> void inParallel(Collection<T> items, IoAction<T> action) throws IOException {
    List<T> all = List.copyOf(items);
    IOException[] failures = new IOException[all.size()];
    java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> {
      try {
        action.run(all.get(i));
      } catch (IOException e) {
        failures[i] = e;
      }
    });
    for (IOException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /**
   * Whether every output recorded in {@code manifestFile} is still in {@code root} with the
   * recorded bytes, or with the bytes a sibling recorded for a file they share: what an up-to-date
   * check must verify before it skips generation.
   */
  public static boolean intact(Path root, Path manifestFile, List<Path> siblingManifests)
      throws IOException {
    if (!Files.isDirectory(root) || !Files.isRegularFile(manifestFile)) {
      return false;
    }
    String realRoot = root.toRealPath().toString();
    Map<String, String> own;
    Map<String, Set<String>> others;
    try {
      Optional<OutputManifest> manifest = OutputManifest.read(manifestFile);
      if (manifest.isEmpty() || !manifest.get().root().equals(realRoot)) {
        return false;
      }
      own = recorded(manifestFile, realRoot);
      others = recordedBy(siblingManifests, realRoot);
    } catch (OutputRefusedException e) {
      return false;
    }
    for (Map.Entry<String, String> entry : own.entrySet()) {
      Path target = Path.of(realRoot).resolve(entry.getKey());
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      String hash = OutputManifest.hash(Files.readAllBytes(target));
      if (!hash.equals(entry.getValue())
          && !others.getOrDefault(entry.getKey(), Set.of()).contains(hash)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Set<String>> recordedBy(List<Path> manifests, String realRoot)
      throws IOException {
    Map<String, Set<String>> files = new HashMap<>();
    for (Path manifest : manifests) {
      recorded(manifest, realRoot)
          .forEach((path, hash) -> files.computeIfAbsent(path, p -> new HashSet<>()).add(hash));
    }
    return files;
  }

  /** Whether a manifest lies in the root itself, as the command line keeps it. */
  private static boolean movedWith(Path manifestFile, String realRoot) throws IOException {
    Path folder = manifestFile.toAbsolutePath().getParent();
    return folder != null && Files.isDirectory(folder) && folder.toRealPath().toString().equals(realRoot);
  }

  /** The files a manifest records for this root; none if it records another root or is absent. */
  private static Map<String, String> recorded(Path manifestFile, String realRoot)
      throws IOException {
    Optional<OutputManifest> manifest = OutputManifest.read(manifestFile);
    Map<String, String> files = new TreeMap<>();
    if (manifest.isPresent() && manifest.get().root().equals(realRoot)) {
      manifest
          .get()
          .files()
          .forEach(
              (path, hash) -> checkRelative(path).ifPresent(checked -> files.put(checked, hash)));
    } else if (manifest.isPresent() && movedWith(manifestFile, realRoot)) {
      // The folder was moved or cloned with its record (hostile check: a project moved refused its
      // own outputs). Only files that read as cailiang's own are taken: a record planted or copied
      // beside a user's file whose bytes it names must not delete it (hostile re-check).
      for (Map.Entry<String, String> entry : manifest.get().files().entrySet()) {
        Optional<String> checked = checkRelative(entry.getKey());
        if (checked.isPresent()) {
          Path file = Path.of(realRoot).resolve(checked.get());
          if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && looksGenerated(Files.readAllBytes(file))) {
            files.put(checked.get(), entry.getValue());
          }
        }
      }
    }
    return files;
  }

  /** The path, normalized with {@code /}, if it is relative and stays below the root. */
  private static Optional<String> checkRelative(String relativePath) {
    try {
      Path path = Path.of(relativePath).normalize();
      if (path.isAbsolute()
          || path.toString().isEmpty()
          || path.startsWith("..")
          || path.toString().equals(MANIFEST)) {
        return Optional.empty();
      }
      return Optional.of(path.toString().replace('\\', '/'));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Why writing {@code target} would leave the root: its deepest existing folder, with every
   * symbolic link resolved, must lie inside the root's real path; and that folder must be one.
   */
  private static Optional<String> escapes(Path realRoot, Path target) throws IOException {
    Path existing = target.getParent();
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
      return Optional.of("路径中的 " + existing + " 是一个失效的符号链接");
    }
    Path resolved = existing.toRealPath();
    if (!resolved.startsWith(realRoot)) {
      return Optional.of("路径经符号链接 " + existing + " 通向输出目录之外（" + resolved + "），拒绝写入");
    }
    if (!Files.isDirectory(resolved)) {
      return Optional.of("路径中的 " + existing + " 不是目录");
    }
    return Optional.empty();
  }

  /** Removes the folders a deletion emptied, up to (not including) the root. */
  private static void removeEmptiedFolders(Path realRoot, Path folder) throws IOException {
    for (Path at = folder;
        at != null && at.startsWith(realRoot) && !at.equals(realRoot);
        at = at.getParent()) {
      if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      try {
        Files.delete(at);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
