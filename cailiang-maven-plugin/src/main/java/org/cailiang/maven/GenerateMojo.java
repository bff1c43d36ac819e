package org.cailiang.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.DiagnosticRenderer;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.generator.GeneratedFile;
import org.cailiang.generator.JavaGenerator;
import org.cailiang.generator.ModuleDescriptor;
import org.cailiang.generator.OutputLock;
import org.cailiang.generator.OutputRefusedException;
import org.cailiang.generator.OutputWriter;

/**
 * Compiles the discretion standards in {@code src/main/cailiang} into Java evaluators. Errors in
 * a standard fail the build with {@code path:line:col: error: message} and a caret under the
 * spot; nothing is written then. An unchanged build rewrites no file.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the {@code .cailiang} sources are. */
  @Parameter(property = "cailiang.sourceDirectory", defaultValue = "${project.basedir}/src/main/cailiang")
  private File sourceDirectory;

  /** Where the Java sources go; added as a compile source root. */
  /**
   * Sources of earlier versions of a standard that another project generates: compiled with the
   * sources so a later version's {@code supersedes} is checked, but not generated.
   */
  @Parameter
  private List<File> referenceDirectories;

  @Parameter(property = "cailiang.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/cailiang")
  private File outputDirectory;

  /** Where the services file goes; added as a resource root. */
  @Parameter(property = "cailiang.resourceDirectory",
      defaultValue = "${project.build.directory}/generated-resources/cailiang")
  private File resourceDirectory;

  /** The Java package of the generated classes. */
  @Parameter(property = "cailiang.packageName", defaultValue = "cailiang.generated")
  private String packageName;

  /**
   * When set, the name of a named module: a {@code module-info.java} is generated beside the
   * classes (exports {@code packageName}, provides the standards, requires the runtime). Leave it
   * unset when the project has its own {@code module-info.java}.
   */
  @Parameter(property = "cailiang.moduleName")
  private String moduleName;

  /** Whether warnings fail the build as errors do. */
  @Parameter(property = "cailiang.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /**
   * Skips generation. The output roots are still added to the build, so the classes an earlier
   * run generated compile and are packaged as before.
   */
  @Parameter(property = "cailiang.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Holds, per execution, the fingerprint of the last successful run and the manifests of what
   * it wrote (see {@link ExecutionStatus}).
   */
  @Parameter(defaultValue = "${project.build.directory}/maven-status/cailiang", readonly = true)
  private File statusDirectory;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    // Added on every run, also when nothing is generated or the goal is skipped, so IDEs and
    // later phases see the roots (integrator's review: -Dcailiang.skip left the code that imports
    // the generated classes uncompilable though they were there).
    project.addCompileSourceRoot(outputDirectory.getPath());
    addResourceRoot();
    if (skip) {
      getLog().info("cailiang: skipped");
      return;
    }
    // One run at a time per project: two builds at once (an IDE's and a terminal's) read each
    // other's half-written outputs (hostile check: one failed on the other's staging file). The
    // lock is the CLI's, on a file in the status folder, not in the output roots.
    try (OutputLock lock = OutputLock.acquire(statusDirectory.toPath())) {
      run();
    } catch (SourceFiles.NotADirectoryException e) {
      throw new MojoFailureException(e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("cailiang: I/O error: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("cailiang: internal error (please report it): " + e, e);
    }
  }

  private void run() throws IOException, MojoExecutionException, MojoFailureException {
    long started = System.nanoTime();
    Path base = project.getBasedir().toPath();
    ReferenceSources found = ReferenceSources.find(sourceDirectory, referenceDirectories);
    List<Path> sources = found.all();
    ExecutionStatus status =
        ExecutionStatus.of(statusDirectory.toPath(), mojoExecution.getExecutionId());
    Path javaRoot = outputDirectory.toPath();
    Path resourceRoot = resourceDirectory.toPath();
    List<String> settings = List.of(packageName, Boolean.toString(failOnWarning), pluginVersion(),
        outputDirectory.getPath(), resourceDirectory.getPath(), String.valueOf(moduleName),
        ToolIdentity.of(List.of(GenerateMojo.class, StandardCompiler.class, JavaGenerator.class)));
    String fingerprint = Fingerprint.of(base, sources, settings);
    if (status.fingerprintIs(fingerprint) && status.outputsIntact(javaRoot, resourceRoot)) {
      getLog().info("cailiang: " + sources.size() + " source(s) unchanged, output up to date (0 written) in "
          + millis(started) + " ms");
      return;
    }
    Compilation compilation = StandardCompiler.compile(sources, base);
    report(compilation);
    long errors = compilation.count(Severity.ERROR);
    long warnings = compilation.count(Severity.WARNING);
    if (errors > 0 || failOnWarning && warnings > 0) {
      status.forgetFingerprint();
      throw new MojoFailureException("cailiang: " + compilation.summary() + " in " + sourceDirectory
          + (errors == 0 ? " (failOnWarning is set)" : "") + "; nothing was generated");
    }
    List<org.cailiang.dsl.model.Standard> own = found.ownStandards(compilation.standards(), base);
    if (own.isEmpty()) {
      // A misnamed file (standard.txt) left the build to fail later in javac, far from the cause.
      getLog().warn("cailiang: no standard in " + sourceDirectory + " (" + sources.size()
          + " .cailiang file(s) read): nothing to generate; the files must end in .cailiang");
    }
    List<GeneratedFile> files;
    try {
      files = new JavaGenerator(packageName).generate(own, compilation.generals());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("cailiang: packageName: " + e.getMessage());
    }
    if (moduleName != null && !moduleName.isBlank()) {
      files = withModuleDescriptor(files);
    }
    OutputWriter javaOut = status.javaWriter(javaRoot);
    OutputWriter resourceOut = status.resourceWriter(resourceRoot);
    List<String> services = List.of();
    for (GeneratedFile file : files) {
      if (file.path().equals(JavaGenerator.SERVICES_FILE)) {
        // One services file per jar: it lists the standards of every execution sharing the root.
        services = file.content().lines().toList();
        resourceOut.writeShared(file.path(), status.mergedServices(resourceRoot, services));
      } else {
        OutputWriter writer = file.kind() == GeneratedFile.Kind.SOURCE ? javaOut : resourceOut;
        writer.write(file.path(), file.bytes());
      }
    }
    OutputWriter.Stats javaStats;
    OutputWriter.Stats resourceStats;
    try {
      // Both checked before either writes: a refused resource leaves the sources as they were.
      List<String> refusals = new ArrayList<>();
      for (OutputWriter writer : List.of(javaOut, resourceOut)) {
        try {
          writer.check();
        } catch (OutputRefusedException e) {
          refusals.addAll(e.lines());
        }
      }
      if (!refusals.isEmpty()) {
        throw new OutputRefusedException(refusals);
      }
      javaStats = javaOut.finish();
      resourceStats = resourceOut.finish();
    } catch (OutputRefusedException e) {
      status.forgetFingerprint();
      throw new MojoExecutionException("cailiang: refusing to write over these files, nothing was changed (each line says why):\n"
          + e.getMessage(), e);
    }
    logChanges(javaStats);
    logChanges(resourceStats);
    status.recordServices(resourceRoot, services);
    status.recordFingerprint(fingerprint);
    getLog().info("cailiang: " + own.size() + " standard(s), Java sources " + javaStats
        + "; resources " + resourceStats + " in " + millis(started) + " ms");
  }

  private List<GeneratedFile> withModuleDescriptor(List<GeneratedFile> files) throws MojoFailureException {
    List<String> standards = files.stream()
        .filter(file -> file.path().equals(JavaGenerator.SERVICES_FILE))
        .flatMap(file -> file.content().lines())
        .toList();
    List<GeneratedFile> all = new ArrayList<>(files);
    try {
      all.add(ModuleDescriptor.of(moduleName.strip(), packageName, standards));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("cailiang: moduleName: " + e.getMessage());
    }
    return all;
  }

  private void logChanges(OutputWriter.Stats stats) {
    for (String deleted : stats.deleted()) {
      getLog().info("cailiang: deleted " + deleted + " (no longer generated)");
    }
    for (String kept : stats.kept()) {
      getLog().warn("cailiang: kept " + kept
          + ": no longer generated, but edited since cailiang wrote it");
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private void report(Compilation compilation) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(compilation.sources());
    for (Diagnostic diagnostic : compilation.diagnostics()) {
      String text = renderer.render(diagnostic).stripTrailing();
      switch (diagnostic.severity()) {
        case ERROR:
          getLog().error(text);
          break;
        case WARNING:
          getLog().warn(text);
          break;
        default:
          getLog().info(text);
      }
    }
  }

  private void addResourceRoot() {
    String path = resourceDirectory.getPath();
    boolean present = project.getResources().stream().anyMatch(r -> path.equals(r.getDirectory()));
    if (!present) {
      Resource resource = new Resource();
      resource.setDirectory(path);
      project.addResource(resource);
    }
  }

  /**
   * Identifies the generator that runs: its jar's size and time, so that a rebuilt snapshot of
   * the plugin regenerates even when the sources did not change.
   */
  private static String pluginVersion() {
    try {
      Path jar = Path.of(JavaGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(jar) ? jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar) : "classes";
    } catch (IOException | java.net.URISyntaxException | SecurityException | NullPointerException e) {
      return "unknown";
    }
  }
}
