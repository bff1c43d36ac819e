package org.cailiang.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with {@code -Xlint:all -Werror} and loads them, with the
 * generated resources (the services file) visible to {@link java.util.ServiceLoader}.
 */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** The class loader of the compiled files; fails the test with javac's messages if any. */
  static ClassLoader compile(List<GeneratedFile> files) {
    return compile(files, List.of());
  }

  /** As {@link #compile(List)}, with more javac options (say {@code -Xdoclint:all}). */
  static ClassLoader compile(List<GeneratedFile> files, List<String> extraOptions) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classes.put(className, out);
            return out;
          }
        };
      }
    };
    List<JavaFileObject> sources = new ArrayList<>();
    Map<String, byte[]> resources = new HashMap<>();
    for (GeneratedFile file : files) {
      if (file.kind() == GeneratedFile.Kind.SOURCE) {
        sources.add(new SimpleJavaFileObject(URI.create("mem:///" + file.path()), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.content();
          }
        });
      } else {
        resources.put(file.path(), file.bytes());
      }
    }
    StringWriter output = new StringWriter();
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "-classpath", System.getProperty("java.class.path")));
    options.addAll(extraOptions);
    boolean ok = javac.getTask(output, manager, diagnostics, options, null, sources).call();
    if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
      StringBuilder report = new StringBuilder("javac failed:\n").append(output);
      diagnostics.getDiagnostics().forEach(d -> report.append(d).append('\n'));
      throw new AssertionError(report.toString());
    }
    return new MemoryClassLoader(classes, resources);
  }

  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, ByteArrayOutputStream> classes;
    private final Map<String, byte[]> resources;

    MemoryClassLoader(Map<String, ByteArrayOutputStream> classes, Map<String, byte[]> resources) {
      super(InMemoryJavac.class.getClassLoader());
      this.classes = classes;
      this.resources = resources;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      ByteArrayOutputStream bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] code = bytes.toByteArray();
      return defineClass(name, code, 0, code.length);
    }

    @Override
    protected URL findResource(String name) {
      byte[] content = resources.get(name);
      if (content == null) {
        return null;
      }
      try {
        return new URL(null, "mem:///" + name, new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {}

              @Override
              public InputStream getInputStream() {
                return new java.io.ByteArrayInputStream(content);
              }
            };
          }
        });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
      URL url = findResource(name);
      return url == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(url));
    }
  }
}
