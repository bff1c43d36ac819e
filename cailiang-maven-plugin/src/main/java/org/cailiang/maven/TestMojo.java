package org.cailiang.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.cases.CaseResult;
import org.cailiang.dsl.cases.CaseRunner;
import org.cailiang.dsl.model.Standard;
import org.cailiang.runtime.Standards;

/**
 * Runs the test cases written in the standards against the <em>generated</em> classes, as
 * compiled into the project, and writes Surefire-style reports. A failing case fails the build.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class TestMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the {@code .cailiang} sources are. */
  @Parameter(property = "cailiang.sourceDirectory", defaultValue = "${project.basedir}/src/main/cailiang")
  private File sourceDirectory;

  /** Where the reports go. */
  /** As the generate goal's: earlier versions' sources, checked but neither generated nor tested. */
  @Parameter
  private List<File> referenceDirectories;

  @Parameter(property = "cailiang.reportsDirectory", defaultValue = "${project.build.directory}/surefire-reports")
  private File reportsDirectory;

  /** Skips the goal, as {@code -DskipTests} does for Surefire. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  /** Skips every cailiang goal. */
  @Parameter(property = "cailiang.skip", defaultValue = "false")
  private boolean skip;

  /** Reports failing cases without failing the build. */
  @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
  private boolean testFailureIgnore;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipTests) {
      getLog().info("cailiang: test cases skipped");
      return;
    }
    ReferenceSources sources = sources();
    Compilation compilation = StandardCompiler.compile(sources.all(), project.getBasedir().toPath());
    if (compilation.hasErrors()) {
      throw new MojoFailureException("cailiang: " + compilation.summary() + "; run the generate goal for details");
    }
    List<Standard> own = sources.ownStandards(compilation.standards(), project.getBasedir().toPath());
    long total = own.stream().flatMap(s -> s.violations().stream()).mapToLong(v -> v.cases().size()).sum();
    if (total == 0) {
      getLog().info("cailiang: no test cases");
      return;
    }
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      Standards generated = Standards.load(loader);
      long failures = 0;
      for (Standard standard : own) {
        List<CaseResult> results = CaseRunner.run(List.of(standard), compilation.generals(), generated);
        for (CaseResult result : results) {
          if (!result.passed()) {
            failures++;
            getLog().error(org.cailiang.dsl.diag.Characters.oneLine(result.testCase().span() + ": " + result.code() + " "
                + result.testCase().name() + "："  + result.failure()));
          }
        }
        SurefireReport.write(reportsDirectory.toPath(), "cailiang." + standard.id(), results);
        for (String tier : CaseRunner.unreached(List.of(standard), results)) {
          getLog().warn("cailiang: no test case reaches " + tier);
        }
      }
      getLog().info("cailiang: Tests run: " + total + ", Failures: " + failures + " (generated classes)");
      if (failures > 0 && !testFailureIgnore) {
        throw new MojoFailureException("cailiang: " + failures + " of " + total + " test cases failed");
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cailiang: " + e.getMessage(), e);
    } catch (org.cailiang.runtime.CailiangException | IllegalStateException e) {
      throw new MojoFailureException("cailiang: the generated classes could not be loaded: " + e.getMessage(), e);
    }
  }

  private ReferenceSources sources() throws MojoExecutionException {
    try {
      return ReferenceSources.find(sourceDirectory, referenceDirectories);
    } catch (IOException e) {
      throw new MojoExecutionException("cailiang: " + e.getMessage(), e);
    }
  }

  private URL[] classpath() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("cailiang: " + e.getMessage(), e);
    }
  }
}
